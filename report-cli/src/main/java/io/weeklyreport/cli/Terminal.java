package io.weeklyreport.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Where a command reads and writes, and what the other end is: a person at a terminal gets colour and a
 * progress bar, a pipe or a log file gets plain lines. Tests make one with byte streams.
 *
 * @param interactive standard output and error are a terminal (as far as Java can tell)
 * @param noColor     the NO_COLOR convention (https://no-color.org): set and not empty means no colour
 */
record Terminal(InputStream in, PrintStream out, PrintStream err, boolean interactive, boolean noColor) {

    static Terminal system() {
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), isTerminal(System.console()),
                noColor != null && !noColor.isEmpty());
    }

    /** Whether to colour, given the --color choice. */
    boolean colour(ColourOption.When when) {
        return switch (when) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> interactive && !noColor;
        };
    }

    /*
     * Up to Java 21 a console exists only when both standard streams are a terminal. From Java 22 on a
     * console may exist for a pipe too, and Console.isTerminal() tells; we compile for 21, so ask for it
     * by name where the running Java has it.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
