package io.weeklyreport.parser;

import io.weeklyreport.model.Severity;

/**
 * Characters no document may carry: C0 controls other than tab and line feed, DEL's neighbours that
 * XML refuses (U+FFFE, U+FFFF) and unpaired surrogates. Each becomes U+FFFD, one char for one char, so
 * every offset and line number of the note stays as it was; each line with one gets a warning.
 */
final class ControlCharacters {
    static final char REPLACEMENT = '\uFFFD';

    private ControlCharacters() {
    }

    static String replace(String text, DiagnosticLog log) {
        char[] chars = null;
        int line = 1;
        int lastWarned = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || isRefused(c);
            }
            if (bad) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = REPLACEMENT;
                if (line != lastWarned) {
                    lastWarned = line;
                    log.atLine(Severity.WARNING, line, "control-character", "control character " + name(c)
                            + " cannot be shown; it is replaced by \uFFFD");
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isRefused(char c) {
        return c < 0x20 && c != '\t' || c == 0x7F || c == '\uFFFE' || c == '\uFFFF';
    }

    private static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
