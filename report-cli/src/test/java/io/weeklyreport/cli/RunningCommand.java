package io.weeklyreport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A long-running command (serve, watch) run in this process on a thread of its own, with what it prints so far.
 * {@link #stop()} interrupts it, as a test's Ctrl-C: the command closes what it runs and returns its exit code.
 */
final class RunningCommand implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread thread;
    private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);

    private RunningCommand(String... args) {
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        thread = new Thread(() -> exitCode.set(Main.run(terminal, args)), "command-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    static RunningCommand start(String... args) {
        return new RunningCommand(args);
    }

    String out() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    String err() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until standard error says what {@code test} looks for; fails with what it said instead. */
    String awaitErr(Predicate<String> test, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String now = err();
            if (test.test(now)) {
                return now;
            }
            if (!thread.isAlive()) {
                fail("the command ended (" + exitCode.get() + ") before " + what + ":\n" + now + out());
            }
            sleep(20);
        }
        return fail("no " + what + " within " + timeout.toSeconds() + " s; it said:\n" + err() + out());
    }

    /** The first match of {@code pattern} on standard output, waiting for it. */
    String awaitOut(Pattern pattern, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Matcher m = pattern.matcher(out());
            if (m.find()) {
                return m.group();
            }
            if (!thread.isAlive()) {
                fail("the command ended (" + exitCode.get() + ") before printing " + pattern + ":\n" + err() + out());
            }
            sleep(20);
        }
        return fail("nothing like " + pattern + " within " + timeout.toSeconds() + " s; it said:\n" + err() + out());
    }

    /** Stops it (as Ctrl-C would) and returns its exit code. */
    int stop() {
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            fail("still running 30 s after being stopped:\n" + err());
        }
        return exitCode.get();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            stop();
        }
    }
}
