package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What rendering one note came to.
 *
 * @param written  the files written, in format order, each with its time and size
 * @param failure  the one line that says why the note failed, or null
 * @param warnings what the parser noticed (shown with -v)
 */
record RenderOutcome(RenderJob job, Duration parse, List<Written> written, String failure, List<Diagnostic> warnings) {
    /** The code of a warning about the setup rather than the note (a reference deck's missing layout): always shown. */
    static final String SETUP = io.weeklyreport.render.RenderResult.SETUP;

    record Written(RenderJob.Target target, Duration time, long bytes) {
        Path file() {
            return target.file();
        }
    }

    RenderOutcome {
        written = List.copyOf(written);
        warnings = List.copyOf(warnings);
    }

    boolean failed() {
        return failure != null;
    }

    static RenderOutcome refused(RenderJob job, String failure) {
        return new RenderOutcome(job, Duration.ZERO, List.of(), failure, List.of());
    }
}
