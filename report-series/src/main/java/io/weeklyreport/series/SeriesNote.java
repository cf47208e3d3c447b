package io.weeklyreport.series;

import io.weeklyreport.model.Report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One parsed note handed to {@link Series#of}. It keeps the items the series finds in it once found, so that a caller
 * comparing the same note in several series (a folder rendered with its since-last blocks) finds them once.
 */
public final class SeriesNote {
    private final Path path;
    private final Report report;
    /** Found on first use; finding them twice (two threads at once) gives equal lists. */
    private volatile List<Occurrence> items;

    /**
     * @param path   where the note was read from; names it in warnings and orders notes of the same date
     * @param report the note as the parser understood it (with the settings' date and language applied)
     */
    public SeriesNote(Path path, Report report) {
        this.path = Objects.requireNonNull(path, "path");
        this.report = Objects.requireNonNull(report, "report");
    }

    public Path path() {
        return path;
    }

    public Report report() {
        return report;
    }

    /** The note's items as the series follows them. */
    List<Occurrence> items() {
        List<Occurrence> found = items;
        if (found == null) {
            found = List.copyOf(NoteItems.of(report));
            items = found;
        }
        return found;
    }

    @Override
    public String toString() {
        return "SeriesNote[" + path + "]";
    }
}
