package io.weeklyreport.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real meeting notes under shared/corpus, found the way the build and a plain IDE run both see them. */
final class Corpus {
    private Corpus() {
    }

    /** The corpus folder: the {@code weeklyreport.corpus} property, else {@code shared/corpus} above the working dir. */
    static Path root() {
        String property = System.getProperty("weeklyreport.corpus");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = dir.resolveSibling("shared").resolve("corpus");
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus not found: set -Dweeklyreport.corpus or place it at ../shared/corpus");
    }

    /** Every Markdown note of the corpus, sorted. */
    static List<Path> notes() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(md|markdown|txt)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
