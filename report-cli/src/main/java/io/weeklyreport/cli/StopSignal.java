package io.weeklyreport.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a run hears that it must stop (Ctrl-C, SIGTERM): in a process of its own that is the JVM shutting down; in
 * the render daemon ({@link io.weeklyreport.cli.daemon.RenderDaemon}) it is the client going away, and the daemon
 * lives on. What a run registers here (deleting the temporary files it is writing) runs once, on whichever comes.
 */
public interface StopSignal {
    /** Runs {@code action} when the run is stopped, unless {@link #forget forgotten} before. */
    void onStop(Runnable action);

    /** The run is over: {@code action} is not to run any more. */
    void forget(Runnable action);

    /** The JVM's shutdown hooks: Ctrl-C or SIGTERM ends the whole process. */
    StopSignal JVM_SHUTDOWN = new StopSignal() {
        private final Map<Runnable, Thread> hooks = new ConcurrentHashMap<>();

        @Override
        public void onStop(Runnable action) {
            Thread hook = new Thread(action, "weekly-report-cleanup");
            hooks.put(action, hook);
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void forget(Runnable action) {
            Thread hook = hooks.remove(action);
            if (hook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook is running or has run; it does the same work
                }
            }
        }
    };
}
