package io.weeklyreport.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a long-running command (serve, watch) running until Ctrl-C, then closes what it runs, once. Ctrl-C (or
 * SIGTERM) reaches Java as its shutdown, so the closing runs in a shutdown hook; an interrupt of the waiting
 * thread (how a test stops a command it runs in-process) closes the same way.
 */
final class UntilStopped {
    private UntilStopped() {
    }

    /**
     * Blocks until stopped, then closes {@code running} in order and prints {@code farewell}.
     *
     * @param farewell printed once everything is closed ("stopped"), or null for nothing
     */
    static void await(List<AutoCloseable> running, Runnable farewell) {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean closing = new AtomicBoolean();
        Runnable stop = () -> {
            if (closing.compareAndSet(false, true)) {
                for (AutoCloseable c : running) {
                    try {
                        c.close();
                    } catch (Exception ignored) {
                        // going down: the next one is closed all the same
                    }
                }
                if (farewell != null) {
                    farewell.run();
                }
            }
            stopped.countDown();
        };
        Thread hook = new Thread(stop, "weekly-report-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            stop.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl-C: the hook is what stopped us
            }
        }
    }
}
