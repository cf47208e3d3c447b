package io.weeklyreport.parser;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the parser notices, placing each finding at a line and column of the source. */
final class DiagnosticLog {
    private final LineIndex lines;
    private final List<Diagnostic> found = new ArrayList<>();

    DiagnosticLog(LineIndex lines) {
        this.lines = lines;
    }

    /** A finding at a source offset. */
    void at(Severity severity, int offset, String code, String message) {
        found.add(new Diagnostic(severity, lines.lineOf(offset), lines.columnOf(offset), code, message));
    }

    /** A finding about a whole line (column 1). */
    void atLine(Severity severity, int line, String code, String message) {
        found.add(new Diagnostic(severity, line, 1, code, message));
    }

    int lineOf(int offset) {
        return lines.lineOf(offset);
    }

    /** A finding about the whole file (line and column 0). */
    void file(Severity severity, String code, String message) {
        found.add(new Diagnostic(severity, 0, 0, code, message));
    }

    /** In source order; whole-file findings first. */
    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }
}
