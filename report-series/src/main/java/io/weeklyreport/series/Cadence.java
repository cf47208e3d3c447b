package io.weeklyreport.series;

import java.time.LocalDate;

/**
 * How often a series meets: the median gap between its distinct meeting dates.
 *
 * @param days the median gap in days (the mean of the two middle gaps, rounded, for an even count)
 * @param gaps how many gaps it was measured on
 */
public record Cadence(int days, int gaps) {

    /** The date one gap after the given one. */
    public LocalDate after(LocalDate date) {
        return date.plusDays(days);
    }
}
