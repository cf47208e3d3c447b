package io.weeklyreport.cli;

import java.time.Duration;

/**
 * The time one note may take (--timeout, `timeout:`), and who has the last word on it. Java cannot stop a
 * thread stuck in a library (a regular expression backtracking for minutes ignores interrupts), so a note
 * that runs over is given up instead: the run reports it, frees its place for the next note, and whatever
 * the stuck worker finishes later is never moved into place. Finishing, expiring and committing an output
 * are decided under one lock, so exactly one of "rendered" and "ran out of time" happens.
 */
final class TimeBudget {
    /** A piece of work that puts an output in place (a move, a write to standard output). */
    interface Commit {
        void run() throws Exception;
    }

    /** The note ran out of time before its output could be put in place. */
    static final class Expired extends Exception {
        Expired() {
            super("out of time", null, false, false);
        }
    }

    private final Duration limit;
    private boolean expired;
    private boolean finished;

    /** @param limit zero for no limit */
    TimeBudget(Duration limit) {
        this.limit = limit;
    }

    /** A budget that never runs out (a single temporary file, `templates export`). */
    static TimeBudget unlimited() {
        return new TimeBudget(Duration.ZERO);
    }

    Duration limit() {
        return limit;
    }

    boolean limited() {
        return !limit.isZero() && !limit.isNegative();
    }

    /** Called by the watchdog when time is up: true if the note had not finished, and is now given up. */
    synchronized boolean expire() {
        if (finished) {
            return false;
        }
        expired = true;
        return true;
    }

    /** Called by the worker when it is done: true if it finished in time. */
    synchronized boolean finish() {
        if (expired) {
            return false;
        }
        finished = true;
        return true;
    }

    /** Runs {@code commit} unless the note has run out of time. */
    synchronized void commit(Commit commit) throws Exception {
        if (expired) {
            throw new Expired();
        }
        commit.run();
    }
}
