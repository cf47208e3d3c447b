package io.weeklyreport.render;

import io.weeklyreport.model.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One report to render into one or more formats, each with its sink.
 *
 * <pre>{@code
 * RenderResult result = renderer.render(RenderRequest.of(report)
 *         .to(Format.PDF, OutputSink.of(pdfStream))
 *         .to(Format.HTML, OutputSink.of(htmlStream)));
 * }</pre>
 *
 * @param report  what to render
 * @param outputs the formats, in order, each at most once
 */
public record RenderRequest(Report report, List<Output> outputs) {
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

    public RenderRequest {
        Objects.requireNonNull(report, "report");
        outputs = List.copyOf(outputs);
        if (outputs.stream().map(Output::format).distinct().count() != outputs.size()) {
            throw new IllegalArgumentException("each format at most once in one request: " + outputs);
        }
    }

    public static RenderRequest of(Report report) {
        return new RenderRequest(report, List.of());
    }

    /** This request with one more output. */
    public RenderRequest to(Format format, OutputSink sink) {
        return to(format, sink, null);
    }

    /** This request with one more output that will be written into {@code folder}. */
    public RenderRequest to(Format format, OutputSink sink, Path folder) {
        List<Output> more = new ArrayList<>(outputs);
        more.add(new Output(format, sink, folder));
        return new RenderRequest(report, more);
    }
}
