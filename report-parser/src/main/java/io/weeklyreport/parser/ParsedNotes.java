package io.weeklyreport.parser;

import io.weeklyreport.model.Report;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notes parsed during one run of a command, by their text and how they were parsed, so that a note read twice
 * in the run is parsed once: a folder's render reads each note for its outputs and again as the meeting before the
 * next note. Keyed by the text itself, not by the file: a note saved between the two reads is parsed anew.
 * Any number of threads may share one; it lives as long as the run.
 */
public final class ParsedNotes {
    private record Key(ParserOptions options, String name, Path dir, String text) {
    }

    private final Map<Key, Report> parsed = new ConcurrentHashMap<>();

    Report read(ParserOptions options, String name, Path dir, String text, java.util.function.Supplier<Report> parse) {
        Key key = new Key(options, name, dir, text);
        Report known = parsed.get(key);
        if (known != null) {
            return known;
        }
        Report report = parse.get();
        Report first = parsed.putIfAbsent(key, report);
        return first != null ? first : report;
    }
}
