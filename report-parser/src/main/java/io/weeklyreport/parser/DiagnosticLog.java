package io.weeklyreport.parser;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what the parser notices, placing each finding at a line and column of the source. */
final class DiagnosticLog {
    private LineIndex lines;
    private final List<Diagnostic> found = new ArrayList<>();

    DiagnosticLog(LineIndex lines) {
        this.lines = lines;
    }

    /** Offsets from now on are those of a rewritten source with the same lines. */
    void reindex(LineIndex rewritten) {
        this.lines = rewritten;
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
        List<Diagnostic> all = new ArrayList<>(found);
        all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        // A hostile note can repeat one problem on every line: the first few are told, the rest counted.
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : all) {
            if (seen.merge(d.code(), 1, Integer::sum) <= Limits.FINDINGS_PER_CODE) {
                out.add(d);
            }
        }
        seen.forEach((code, count) -> {
            if (count > Limits.FINDINGS_PER_CODE) {
                Diagnostic last = out.reversed().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
                out.add(out.indexOf(last) + 1, new Diagnostic(last.severity(), last.line(), last.column(), code,
                        (count - Limits.FINDINGS_PER_CODE) + " more like this below line " + last.line() + " (" + code + ")"));
            }
        });
        return out;
    }
}
