package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.parser.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads a note from a file or standard input ("-") with the parser, for every command. */
final class NoteReader {
    private final ReportParser parser;

    NoteReader(ParserOptions options) {
        this.parser = new ReportParser(options);
    }

    Report read(Path file, InputStream stdin) throws UnreadableInputException {
        if (file.toString().equals("-")) {
            try {
                return parser.read(stdin.readAllBytes(), "-", null);
            } catch (IOException e) {
                throw new UnreadableInputException("-", 0, "standard input cannot be read: " + e.getMessage());
            }
        }
        return parser.read(file);
    }
}
