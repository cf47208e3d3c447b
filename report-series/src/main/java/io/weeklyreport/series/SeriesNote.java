package io.weeklyreport.series;

import io.weeklyreport.model.Report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One parsed note handed to {@link Series#of}.
 *
 * @param path   where the note was read from; names it in warnings and orders notes of the same date
 * @param report the note as the parser understood it (with the settings' date and language applied)
 */
public record SeriesNote(Path path, Report report) {
    public SeriesNote {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(report, "report");
    }
}
