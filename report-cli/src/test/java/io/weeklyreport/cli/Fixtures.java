package io.weeklyreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own notes of the kinds the corpora lack (written in our own words, never copied): each shows a
 * failure class the deck must handle.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** The deck fixtures: a link digest, a weekly full of remote screenshots, bold-label minutes, an overview table. */
    static List<Path> deck() {
        Path folder = CliRun.root().resolve("report-cli/src/test/resources/fixtures/deck");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
