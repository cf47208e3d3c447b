package io.weeklyreport.series;

import io.weeklyreport.model.Report;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One meeting of a series: a dated note in its place.
 *
 * @param index  0-based position in the series, in date order (notes of the same date by path)
 * @param path   the note's file
 * @param date   the meeting date (never null: notes without one are left out of the series)
 * @param report the parsed note
 */
public record MeetingNote(int index, Path path, LocalDate date, Report report) {

    /** The note's title as the parser found or inferred it. */
    public String title() {
        return report.metadata().title();
    }
}
