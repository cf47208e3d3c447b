package io.weeklyreport.cli;

import io.weeklyreport.cli.daemon.Consoles;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes, and what the other end is: a person at a terminal gets colour and a
 * progress bar, a pipe or a log file gets plain lines. Tests make one with byte streams.
 *
 * @param interactive standard output and error are a terminal (as far as Java can tell)
 * @param noColor     the NO_COLOR convention (https://no-color.org): set and not empty means no colour
 * @param columns     the terminal's width when it is known from elsewhere (the render daemon's client), else 0
 * @param stop        how the run hears Ctrl-C
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive, boolean noColor,
                       int columns, StopSignal stop) {

    /** A run in a process of its own, where Ctrl-C is the JVM's shutdown and the width is the terminal's to say. */
    public Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive, boolean noColor) {
        this(in, out, err, interactive, noColor, 0, StopSignal.JVM_SHUTDOWN);
    }

    static Terminal system() {
        return new Terminal(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), Consoles.interactive(), noColor(System.getenv("NO_COLOR")));
    }

    /** NO_COLOR's value, as https://no-color.org reads it. */
    public static boolean noColor(String value) {
        return value != null && !value.isEmpty();
    }

    /** Whether to colour, given the --color choice. */
    boolean colour(ColourOption.When when) {
        return switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> interactive && !noColor;
        };
    }
}
