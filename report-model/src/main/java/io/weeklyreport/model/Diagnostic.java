package io.weeklyreport.model;

/**
 * Something the parser noticed about the input.
 *
 * @param line   1-based, 0 when it concerns the whole file
 * @param column 1-based, 0 when unknown
 * @param code   a stable identifier such as "no-title" or "broken-image"
 */
public record Diagnostic(Severity severity, int line, int column, String code, String message) {
}
