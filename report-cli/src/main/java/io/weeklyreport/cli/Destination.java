package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where render writes, from -o as pandoc and Marp read it: nothing (beside each input), "-" (standard output),
 * a folder (an existing one, or a name ending in "/"), or one file whose extension names its format.
 */
sealed interface Destination {
    record Beside() implements Destination {
    }

    record Stdout() implements Destination {
    }

    record Folder(Path dir) implements Destination {
    }

    record OneFile(Path file, Format format) implements Destination {
    }

    /** -o as typed: "out/" is a folder even before it exists, "out/report.pdf" a PDF file. */
    static Destination of(String text) {
        if (text == null) {
            return new Beside();
        }
        if (text.equals("-")) {
            return new Stdout();
        }
        Path path = Path.of(text);
        if (text.endsWith("/") || text.endsWith(File.separator) || Files.isDirectory(path)) {
            return new Folder(path);
        }
        return byExtension(path);
    }

    private static Destination byExtension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Format format = dot > 0 ? Format.byName(name.substring(dot + 1)) : null;
        return format == null ? new Folder(path) : new OneFile(path, format);
    }
}
