package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of one run that are still being written. Ctrl-C runs the JVM's shutdown hooks
 * while workers are mid-write; the hook deletes what is in flight and refuses new ones, so an
 * interrupted run leaves no ".part" file behind.
 */
final class TemporaryFiles implements AutoCloseable {
    static final String SUFFIX = ".part";

    private final Set<Path> inFlight = new LinkedHashSet<>();
    private final Thread hook = new Thread(this::deleteAll, "weekly-report-cleanup");
    private boolean closed;
    private boolean hooked;

    /** Cleans up on JVM shutdown (Ctrl-C, SIGTERM) until {@link #close()}. */
    TemporaryFiles withShutdownHook() {
        Runtime.getRuntime().addShutdownHook(hook);
        hooked = true;
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
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run; it does the same work
            }
            hooked = false;
        }
    }
}
