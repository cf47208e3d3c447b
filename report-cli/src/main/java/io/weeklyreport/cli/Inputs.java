package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Expands what the user named on the command line into the note files to read. */
final class Inputs {
    static final String STDIN = "-";

    /** One note to read, and the folder its output path is relative to (for folder inputs). */
    record Input(Path file, Path root) {
        /** "2023/README.md" for a file found under the folder "corpus", "a.md" for a plain file. */
        Path relative() {
            return root == null ? file.getFileName() : root.relativize(file);
        }

        boolean isStdin() {
            return file.toString().equals(STDIN);
        }

        /** How messages name the note: as the user wrote it, or below the folder they named. */
        String name() {
            return isStdin() ? "<stdin>" : file.toString();
        }
    }

    private Inputs() {
    }

    static boolean isNote(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    }

    /**
     * Files as given (checked later, so a missing one gets its own message); folders searched recursively,
     * in natural order (2.25 before 10.20), skipping hidden files and folders (.git, editors' swap files, our own temporaries).
     * A note named twice is read once.
     */
    static List<Input> expand(List<Path> given) throws IOException {
        List<Input> inputs = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : given) {
            if (p.toString().equals(STDIN)) {
                inputs.add(new Input(p, null));
            } else if (Files.isDirectory(p)) {
                for (Path f : notesIn(p)) {
                    if (seen.add(f.toAbsolutePath().normalize())) {
                        inputs.add(new Input(f, p));
                    }
                }
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                inputs.add(new Input(p, null));
            }
        }
        return inputs;
    }

    private static List<Path> notesIn(Path folder) throws IOException {
        List<Path> notes = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && isNote(file)) {
                    notes.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        notes.sort(NaturalOrder.PATHS);
        return notes;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
