package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands what the user named on the command line into the note files to read. */
final class Inputs {
    /** One note to read, and the folder its output path is relative to (for folder inputs). */
    record Input(Path file, Path root) {
        /** "2023/README.md" for a file found under the folder "corpus", "a.md" for a plain file. */
        Path relative() {
            return root == null ? file.getFileName() : root.relativize(file);
        }
    }

    private Inputs() {
    }

    static boolean isNote(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    /** Files as given (checked later, so a missing one gets its own message); folders searched recursively. */
    static List<Input> expand(List<Path> given) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isNote).sorted()
                            .forEach(f -> inputs.add(new Input(f, p)));
                }
            } else {
                inputs.add(new Input(p, null));
            }
        }
        return inputs;
    }
}
