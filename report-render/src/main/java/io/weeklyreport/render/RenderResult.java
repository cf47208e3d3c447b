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
 * @param mail     the mail body, when the request asked for it
 */
public record RenderResult(List<Diagnostic> warnings, List<Rendered> outputs, Optional<MailRendered> mail) {
    /**
     * The code of a warning about the setup rather than the note (a reference deck without a "Section Header"
     * layout): the same for every note rendered with those options, so a caller may say it once a run.
     */
    public static final String SETUP = "render-setup";

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

    /**
     * The mail body, as a file format's {@link Rendered}: what was made, how long it took, what its templates and
     * pictures gave to notice, or why there is none.
     *
     * @param body    null when it failed
     * @param failure why there is no body, or null
     */
    public record MailRendered(MailBody body, Duration time, List<Diagnostic> warnings, RenderException failure) {
        public MailRendered {
            warnings = List.copyOf(warnings);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    public RenderResult {
        warnings = List.copyOf(warnings);
        outputs = List.copyOf(outputs);
        java.util.Objects.requireNonNull(mail, "mail");
    }

    /** A result of these outputs and no mail body. */
    public RenderResult(List<Diagnostic> warnings, List<Rendered> outputs) {
        this(warnings, outputs, Optional.empty());
    }

    /** Every warning, about the report, from each format and from the mail body, each distinct one once. */
    public List<Diagnostic> allWarnings() {
        LinkedHashSet<Diagnostic> all = new LinkedHashSet<>(warnings);
        outputs.forEach(o -> all.addAll(o.warnings()));
        mail.ifPresent(m -> all.addAll(m.warnings()));
        return new ArrayList<>(all);
    }

    /** The first output that failed, if any. */
    public Optional<Rendered> firstFailure() {
        return outputs.stream().filter(Rendered::failed).findFirst();
    }

    /** Throws the first failure (the mail body's after the files'); the result itself when everything was made. */
    public RenderResult orThrow() throws RenderException {
        Optional<Rendered> failed = firstFailure();
        if (failed.isPresent()) {
            throw failed.get().failure();
        }
        if (mail.isPresent() && mail.get().failed()) {
            throw mail.get().failure();
        }
        return this;
    }
}
