package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParsedNotes;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.series.SeriesNote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the notes of a series the way every command reads a note (its folder's weekly-report.yaml, the
 * parser, the settings imposed), keeping going past a note that cannot be read: that one is named in
 * {@link Read#failures()} and the others are still compared.
 */
final class SeriesReader {
    /** A folder named like a year ("2023"): its notes continue those of the other year folders beside it. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** The notes read, and one line for each note that could not be. */
    record Read(List<SeriesNote> notes, List<String> failures) {
    }

    private final ConfigLookup configs = new ConfigLookup();
    private final InputStream stdin;
    private final ParsedNotes parsed;

    SeriesReader(InputStream stdin) {
        this(stdin, null);
    }

    /** @param parsed the notes the run has parsed already (null: none kept) */
    SeriesReader(InputStream stdin, ParsedNotes parsed) {
        this.stdin = stdin;
        this.parsed = parsed;
    }

    Read read(List<Path> files) {
        List<SeriesNote> notes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                notes.add(new SeriesNote(file, read(file)));
            } catch (UnreadableInputException e) {
                failures.add(e.describe() + "; left out of the series");
            } catch (SettingsException e) {
                failures.add(file + ": " + e.getMessage() + "; left out of the series");
            }
        }
        return new Read(notes, failures);
    }

    Report read(Path file) throws UnreadableInputException, SettingsException {
        return new NoteReader(settings(file)).read(file, stdin, parsed);
    }

    /** The repository a bare "#123" of the note means, by its folder's settings; null when none says. */
    String repoOf(Path file) throws SettingsException {
        return settings(file).parserOptions().defaultRepo();
    }

    private Settings settings(Path file) throws SettingsException {
        return Settings.resolve(configs.forNote(file), List.of());
    }

    /**
     * The notes a note's series is made of: those of its folder; for a folder named like a year beside
     * other year folders ("notes/2022/", "notes/2023/"), those of all of them, so the first note of a year
     * follows the last of the year before.
     */
    static List<Path> seriesOf(Path note) throws IOException {
        Path folder = note.toAbsolutePath().normalize().getParent();
        Path parent = folder.getParent();
        if (parent != null && YEAR.matcher(folder.getFileName().toString()).matches()) {
            List<Path> years;
            try (Stream<Path> siblings = Files.list(parent)) {
                years = siblings.filter(Files::isDirectory).filter(d -> YEAR.matcher(d.getFileName().toString()).matches()).sorted().toList();
            }
            if (years.size() > 1) {
                List<Path> notes = new ArrayList<>();
                for (Path year : years) {
                    notes.addAll(notesIn(year));
                }
                return notes;
            }
        }
        return notesIn(folder);
    }

    /** The notes directly in a folder (not below it), as `render` would find them. */
    private static List<Path> notesIn(Path folder) throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(Inputs::isNote)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    // Messages name notes below the current folder as the user would type them.
                    .map(p -> p.startsWith(cwd) ? cwd.relativize(p) : p)
                    .sorted().toList();
        }
    }
}
