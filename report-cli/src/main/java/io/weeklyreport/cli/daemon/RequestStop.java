package io.weeklyreport.cli.daemon;

import io.weeklyreport.cli.StopSignal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ctrl-C for one run the daemon serves: the client sent its cancel byte or went away. What the run registered (the
 * clean-up of its temporary files) runs once, on the thread that noticed; the daemon itself lives on.
 */
final class RequestStop implements StopSignal {
    private final Set<Runnable> actions = new LinkedHashSet<>();
    private boolean stopped;
    private long stoppedAt;

    @Override
    public void onStop(Runnable action) {
        synchronized (this) {
            if (!stopped) {
                actions.add(action);
                return;
            }
        }
        action.run();   // stopped already: a run that registers now must not start writing
    }

    @Override
    public synchronized void forget(Runnable action) {
        actions.remove(action);
    }

    /** Runs what is registered, once. */
    void fire() {
        List<Runnable> todo;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            stoppedAt = System.nanoTime();
            todo = new ArrayList<>(actions);
            actions.clear();
        }
        todo.forEach(Runnable::run);
    }

    /** Whether the run has been stopped. */
    synchronized boolean stopped() {
        return stopped;
    }

    /** Nanoseconds since the stop, or -1 when not stopped. */
    synchronized long sinceStop() {
        return stopped ? System.nanoTime() - stoppedAt : -1;
    }
}
