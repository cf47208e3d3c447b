package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.nio.file.Path;

/** Where an output goes: beside the input, or under -o DIR keeping a folder input's relative path. */
final class OutputPaths {
    private OutputPaths() {
    }

    static Path target(Inputs.Input input, Path outputDir, Format format) {
        Path relative = input.relative();
        String name = baseName(relative.getFileName().toString()) + "." + format.extension();
        if (outputDir == null) {
            Path parent = input.file().toAbsolutePath().getParent();
            return parent.resolve(name);
        }
        Path sub = relative.getParent();
        return (sub == null ? outputDir : outputDir.resolve(sub)).resolve(name);
    }

    /** "2023-05-18.md" to "2023-05-18"; other characters that no file system takes are replaced. */
    static String baseName(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.(md|markdown|txt)$", "");
        return base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
