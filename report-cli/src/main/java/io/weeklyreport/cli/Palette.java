package io.weeklyreport.cli;

import io.weeklyreport.model.Severity;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/** The few colours the commands use, or none: the escape codes come from picocli, which draws the help too. */
final class Palette {
    private final boolean on;

    Palette(boolean on) {
        this.on = on;
    }

    boolean on() {
        return on;
    }

    String bold(String s) {
        return paint(s, Style.bold);
    }

    String faint(String s) {
        return paint(s, Style.faint);
    }

    String good(String s) {
        return paint(s, Style.fg_green);
    }

    String bad(String s) {
        return paint(s, Style.bold, Style.fg_red);
    }

    String key(String s) {
        return paint(s, Style.fg_blue);
    }

    String string(String s) {
        return paint(s, Style.fg_green);
    }

    String literal(String s) {
        return paint(s, Style.fg_cyan);
    }

    String severity(Severity severity, String s) {
        return switch (severity) {
            case ERROR -> paint(s, Style.bold, Style.fg_red);
            case WARNING -> paint(s, Style.bold, Style.fg_yellow);
            case INFO -> paint(s, Style.bold, Style.fg_cyan);
        };
    }

    private String paint(String s, IStyle... styles) {
        return on && !s.isEmpty() ? Style.on(styles) + s + Style.reset.on() : s;
    }
}
