package io.weeklyreport.parser;

import io.weeklyreport.model.Severity;

/**
 * A pre-pass over the lines of a note: a line that opens more than {@link Limits#READABLE_DEPTH} quotes
 * and list items at once ("&gt;&gt;&gt;&gt;…", "- - - - … x") keeps the first of those markers and loses
 * the rest, so its text lands at the deepest readable level instead of 10,000 levels down. Only the
 * markers go; the text and the line breaks stay, and with them every line number.
 */
final class DeepNesting {
    private DeepNesting() {
    }

    static String flatten(String text, DiagnosticLog log) {
        StringBuilder out = null;
        int lineStart = 0;
        int line = 1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int[] cut = cut(text, lineStart, lineEnd);
            if (cut != null) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, lineStart);
                }
                out.append(text, lineStart, cut[0]).append(text, cut[1], lineEnd);
                log.atLine(Severity.WARNING, line, "deep-nesting", "quotes or lists nested " + cut[2]
                        + " levels deep; the levels beyond " + Limits.READABLE_DEPTH + " are shown at level "
                        + Limits.READABLE_DEPTH);
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            if (out != null && lineEnd < text.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Where the markers beyond the readable depth start and end on a line, and how many markers it has;
     * null when the line is not that deep.
     */
    private static int[] cut(String text, int start, int end) {
        int i = start;
        int markers = 0;
        int keepUntil = -1;
        while (true) {
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int next = marker(text, i, end);
            if (next < 0) {
                break;
            }
            markers++;
            if (markers == Limits.READABLE_DEPTH) {
                keepUntil = next;
            }
            i = next;
        }
        return markers > Limits.READABLE_DEPTH ? new int[] {keepUntil, i, markers} : null;
    }

    /** The end of a quote or list marker at {@code i} ("&gt;", "-", "*", "+", "12." or "3)" and its space), or -1. */
    private static int marker(String text, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1 < end && text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        }
        int after;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else {
            int d = i;
            while (d < end && d - i < 9 && Character.isDigit(text.charAt(d)) && text.charAt(d) < 128) {
                d++;
            }
            if (d == i || d >= end || text.charAt(d) != '.' && text.charAt(d) != ')') {
                return -1;
            }
            after = d + 1;
        }
        if (after == end) {
            return after;
        }
        return text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after + 1 : -1;
    }
}
