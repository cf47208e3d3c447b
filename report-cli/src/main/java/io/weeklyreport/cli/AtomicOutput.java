package io.weeklyreport.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file so that readers only ever see the old file or the complete new one:
 * the bytes go to a temporary file beside the target, which is moved into place when complete.
 * When writing fails, the temporary file is deleted and an existing target is left as it was.
 */
final class AtomicOutput {
    interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    private final TemporaryFiles temporaries;

    AtomicOutput(TemporaryFiles temporaries) {
        this.temporaries = temporaries;
    }

    void write(Path target, Body body) throws Exception {
        write(target, body, TimeBudget.unlimited());
    }

    /** As {@link #write(Path, Body)}, but the file is moved into place only if {@code budget} has not run out. */
    void write(Path target, Body body, TimeBudget budget) throws Exception {
        Path temp = temporaries.create(target);
        try {
            // no CREATE: a temporary the clean-up deleted meanwhile (Ctrl-C) is not made again
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.writeTo(out);
            }
            budget.commit(() -> temporaries.commit(temp, () -> {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }));
        } finally {
            deleteQuietly(temp);
            temporaries.release(temp);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: the file was only ever a temporary
        }
    }
}
