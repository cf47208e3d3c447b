/**
 * The parsed meeting report: immutable records and enums, free of any third-party dependency.
 *
 * <p>A {@link io.weeklyreport.model.Report} holds {@link io.weeklyreport.model.Metadata}, an optional
 * {@link io.weeklyreport.model.Meeting} (nullable field), a preamble of blocks before the first heading,
 * a tree of {@link io.weeklyreport.model.Section}s and the parser's
 * {@link io.weeklyreport.model.Diagnostic}s. Fields documented as nullable are {@code null} when the
 * note does not say; lists are never null.
 */
package io.weeklyreport.model;
