package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of one run that are still being written. Ctrl-C (the JVM's shutdown hooks, or in the render
 * daemon the client going away) comes while workers are mid-write; the clean-up deletes what is in flight and
 * refuses new ones, and no file is moved into place after it, so an interrupted run leaves no ".part" file behind
 * and no output it had not finished before the stop.
 */
final class TemporaryFiles implements AutoCloseable {
    static final String SUFFIX = ".part";

    /** Moving a complete temporary file into place. */
    interface Move {
        void run() throws IOException;
    }

    private final Set<Path> inFlight = new LinkedHashSet<>();
    private final Runnable cleanup = this::deleteAll;
    private boolean closed;
    private StopSignal stop;

    /** Cleans up when the run is stopped (Ctrl-C, SIGTERM, a daemon's client gone) until {@link #close()}. */
    TemporaryFiles cleanedUpOn(StopSignal signal) {
        signal.onStop(cleanup);
        stop = signal;
        return this;
    }

    /**
     * Creates an empty temporary file beside {@code target}. Creation and registration happen under one
     * lock with the clean-up, so no file can appear after the clean-up has run.
     */
    synchronized Path create(Path target) throws IOException {
        if (closed) {
            throw new IOException("the run is shutting down");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = "." + target.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(prefix + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + SUFFIX);
            try {
                Files.createFile(temp);
                inFlight.add(temp);
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Moves {@code temp} into place by {@code move}, unless the run has been stopped: under the clean-up's lock, so an
     * output is either in place before the stop or never.
     */
    synchronized void commit(Path temp, Move move) throws IOException {
        if (closed) {
            throw new IOException("the run was stopped");
        }
        move.run();
        inFlight.remove(temp);
    }

    /** The file was moved into place or deleted: nothing left to clean. */
    synchronized void release(Path temp) {
        inFlight.remove(temp);
    }

    synchronized int inFlight() {
        return inFlight.size();
    }

    /** Deletes every file still in flight and refuses new ones. */
    synchronized void deleteAll() {
        closed = true;
        for (Path p : inFlight) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // nothing more can be done while the JVM is going down
            }
        }
        inFlight.clear();
    }

    @Override
    public void close() {
        deleteAll();
        if (stop != null) {
            stop.forget(cleanup);
            stop = null;
        }
    }
}
