package io.weeklyreport.series;

import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.parser.UnreadableInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus read through the parser, as series of notes. */
final class CorpusNotes {
    private CorpusNotes() {
    }

    static Path root() {
        String property = System.getProperty("weeklyreport.corpus");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus not found: set -Dweeklyreport.corpus or place it at ../shared/corpus");
    }

    /** Every note below a corpus folder ("curve-double-week", "nodejs-tsc"), parsed. */
    static List<SeriesNote> series(String folder) {
        List<SeriesNote> notes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root().resolve(folder))) {
            for (Path p : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                notes.add(new SeriesNote(p, ReportParser.parse(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e.describe(), e);
        }
        return notes;
    }
}
