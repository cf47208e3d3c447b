package io.weeklyreport.cli.daemon;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether this process's standard streams are a terminal, as far as Java can tell: a person at a terminal gets
 * colour and a progress bar. Asked by a run in a process of its own and by the daemon's client for the run it asks
 * the daemon for, so that both answer alike.
 */
public final class Consoles {
    private Consoles() {
    }

    /*
     * Up to Java 21 a console exists only when both standard streams are a terminal. From Java 22 on a
     * console may exist for a pipe too, and Console.isTerminal() tells; we compile for 21, so ask for it
     * by name where the running Java has it.
     */
    public static boolean interactive() {
        Console console = System.console();
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
