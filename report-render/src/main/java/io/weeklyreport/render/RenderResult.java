package io.weeklyreport.render;

import io.weeklyreport.model.Diagnostic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What rendering one request came to: each output's size, time and warnings or failure, and the
 * warnings that concern the report itself (an unreadable picture is one warning, whatever the formats).
 *
 * @param warnings warnings about the report, once for all its formats
 * @param outputs  one per requested output, in the request's order
 */
public record RenderResult(List<Diagnostic> warnings, List<Rendered> outputs) {
    /**
     * One output.
     *
     * @param bytes    the size handed to the sink (0 when it failed)
     * @param time     how long making it took
     * @param warnings what the format's writer (and the libraries under it) noticed
     * @param failure  why there is no output, or null
     */
    public record Rendered(Format format, long bytes, Duration time, List<Diagnostic> warnings, RenderException failure) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    public RenderResult {
        warnings = List.copyOf(warnings);
        outputs = List.copyOf(outputs);
    }

    /** Every warning, about the report and from each format, each distinct one once. */
    public List<Diagnostic> allWarnings() {
        LinkedHashSet<Diagnostic> all = new LinkedHashSet<>(warnings);
        outputs.forEach(o -> all.addAll(o.warnings()));
        return new ArrayList<>(all);
    }

    /** The first output that failed, if any. */
    public Optional<Rendered> firstFailure() {
        return outputs.stream().filter(Rendered::failed).findFirst();
    }

    /** Throws the first failure; the result itself when every output was made. */
    public RenderResult orThrow() throws RenderException {
        Optional<Rendered> failed = firstFailure();
        if (failed.isPresent()) {
            throw failed.get().failure();
        }
        return this;
    }
}
