package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where an output goes: beside the input, under -o DIR keeping a folder input's relative path, or -o FILE. */
final class OutputPaths {
    /** Room left in a 255-byte file name for ".pptx" and the temporary ".NAME.xxxxxxxxxxxxx.part". */
    private static final int MAX_BASE_BYTES = 200;

    private OutputPaths() {
    }

    static Path target(Inputs.Input input, Destination destination, Format format) {
        if (destination instanceof Destination.OneFile one) {
            return one.file();
        }
        Path outputDir = switch (destination) {
            case Destination.OneFile one -> one.file();
            case Destination.Folder folder -> folder.dir();
            case Destination.Beside beside -> null;
            case Destination.Stdout stdout -> throw new IllegalArgumentException("standard output has no path");
        };
        if (input.isStdin()) {
            return (outputDir == null ? Path.of("") : outputDir).resolve("stdin." + format.extension());
        }
        Path relative = input.relative();
        String name = baseName(relative.getFileName().toString()) + "." + format.extension();
        if (outputDir == null) {
            return input.file().toAbsolutePath().getParent().resolve(name);
        }
        Path sub = relative.getParent();
        return (sub == null ? outputDir : outputDir.resolve(sub)).resolve(name);
    }

    /**
     * "2023-05-18.md" to "2023-05-18". Characters that some file system refuses become "_"; leading dots
     * (hidden files), a leading "-" (read as an option by the next command) and trailing dots and spaces
     * (dropped by Windows) go; spaces and CJK stay; overly long names are cut at a character boundary.
     */
    static String baseName(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.(md|markdown|txt)$", "");
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        base = base.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "").replaceFirst("^-", "_");
        if (base.isEmpty()) {
            base = "untitled";
        }
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BASE_BYTES) {
            int end = base.length();
            while (base.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_BASE_BYTES) {
                end = base.offsetByCodePoints(end, -1);
            }
            base = base.substring(0, end);
        }
        return base;
    }
}
