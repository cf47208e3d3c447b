package io.weeklyreport.render;

import io.weeklyreport.model.Report;
import io.weeklyreport.series.SinceLast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One report to render into one or more formats, each with its sink.
 *
 * <pre>{@code
 * RenderResult result = renderer.render(RenderRequest.of(report)
 *         .to(Format.PDF, OutputSink.of(pdfStream))
 *         .to(Format.HTML, OutputSink.of(htmlStream)));
 * }</pre>
 *
 * The report can also be asked for as the body of an e-mail ({@link #toMail(String)}), made in the same call from the
 * same checked pictures, and handed back in {@link RenderResult#mail()}.
 *
 * @param report    what to render
 * @param outputs   the formats, in order, each at most once
 * @param mail      the mail body too, and how to make it; empty for none
 * @param sinceLast what changed since the meeting before ({@code report-series}), drawn as the "since last meeting"
 *                  block of every output; empty for none (no predecessor, or turned off)
 */
public record RenderRequest(Report report, List<Output> outputs, Optional<Mail> mail, Optional<SinceLast> sinceLast) {
    /**
     * One output.
     *
     * @param folder where the file will live, so that links an output keeps to local files (HTML with
     *               {@code --no-embed}) are relative to it; null when unknown (links are then relative to
     *               the note's own folder, as the note wrote them)
     */
    public record Output(Format format, OutputSink sink, Path folder) {
        public Output {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(sink, "sink");
        }
    }

    /**
     * The mail body ({@link MailBody}).
     *
     * @param subjectPattern the subject: {@code {title}} and {@code {date}} stand for the note's title and date,
     *                       e.g. {@code "{title}"} or {@code "Curve 社区双周会 {date}"}
     */
    public record Mail(String subjectPattern) {
        public Mail {
            Objects.requireNonNull(subjectPattern, "subjectPattern");
        }
    }

    public RenderRequest {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(sinceLast, "sinceLast");
        outputs = List.copyOf(outputs);
        if (outputs.stream().map(Output::format).distinct().count() != outputs.size()) {
            throw new IllegalArgumentException("each format at most once in one request: " + outputs);
        }
    }

    /** A request of these outputs and no mail body. */
    public RenderRequest(Report report, List<Output> outputs) {
        this(report, outputs, Optional.empty());
    }

    /** A request without a since-last block. */
    public RenderRequest(Report report, List<Output> outputs, Optional<Mail> mail) {
        this(report, outputs, mail, Optional.empty());
    }

    public static RenderRequest of(Report report) {
        return new RenderRequest(report, List.of());
    }

    /** This request with the mail body too, its subject made from the pattern ({@link Mail#subjectPattern()}). */
    public RenderRequest toMail(String subjectPattern) {
        return new RenderRequest(report, outputs, Optional.of(new Mail(subjectPattern)), sinceLast);
    }

    /** This request with the "since last meeting" block of this comparison (the report's meeting is its current one). */
    public RenderRequest withSinceLast(SinceLast since) {
        return new RenderRequest(report, outputs, mail, Optional.ofNullable(since));
    }

    /** This request with one more output. */
    public RenderRequest to(Format format, OutputSink sink) {
        return to(format, sink, null);
    }

    /** This request with one more output that will be written into {@code folder}. */
    public RenderRequest to(Format format, OutputSink sink, Path folder) {
        List<Output> more = new ArrayList<>(outputs);
        more.add(new Output(format, sink, folder));
        return new RenderRequest(report, more, mail, sinceLast);
    }
}
