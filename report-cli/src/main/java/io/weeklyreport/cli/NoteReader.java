package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParsedNotes;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.parser.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a note from a file or standard input ("-") with the parser, then imposes what the settings say
 * over what the note says (--title, --date, --lang, -M, the config's language). For every command.
 */
final class NoteReader {
    private final ReportParser parser;
    private final Settings settings;

    NoteReader(Settings settings) {
        this.settings = settings;
        this.parser = new ReportParser(settings.parserOptions());
    }

    Report read(Path file, InputStream stdin) throws UnreadableInputException {
        return read(file, stdin, null);
    }

    /** {@link #read(Path, InputStream)}, parsing a file's text once in the run that {@code notes} belongs to (null: none). */
    Report read(Path file, InputStream stdin, ParsedNotes notes) throws UnreadableInputException {
        Report report;
        if (file.toString().equals(Inputs.STDIN)) {
            try {
                report = parser.read(stdin.readAllBytes(), "<stdin>", Path.of("").toAbsolutePath());
            } catch (IOException e) {
                throw new UnreadableInputException("<stdin>", 0, "standard input cannot be read: " + e.getMessage());
            }
        } else {
            report = parser.read(file, notes);
        }
        return settings.apply(report);
    }
}
