/**
 * A series of meeting notes, compared: which item of one note is which item of another, how each item
 * fared from meeting to meeting, what changed since the last meeting, and how often the team meets.
 *
 * <p>{@link io.weeklyreport.series.Series#of} takes parsed {@link io.weeklyreport.model.Report}s with their
 * paths and answers with immutable records that templates walk like the model: {@link
 * io.weeklyreport.series.TrackedItem}, {@link io.weeklyreport.series.SinceLast}, {@link
 * io.weeklyreport.series.Tracker}. It knows no Markdown and no output format; it reads nothing from disk.
 */
package io.weeklyreport.series;
