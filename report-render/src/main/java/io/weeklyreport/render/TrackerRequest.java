package io.weeklyreport.render;

import io.weeklyreport.model.Language;
import io.weeklyreport.series.Tracker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A series' tracker to render into one or more formats, each with its sink, as {@link RenderRequest} is for one
 * note.
 *
 * <pre>{@code
 * RenderResult result = new TrackerRenderer(options).render(TrackerRequest.of(series.tracker(), "curve-notes", Language.ZH)
 *         .to(Format.PDF, OutputSink.of(pdf))
 *         .to(Format.PPTX, OutputSink.of(pptx)));
 * }</pre>
 *
 * @param tracker  the series' rows and status counts
 * @param name     what the series is called: its folder's name, the tracker's title
 * @param language the language of its labels
 * @param outputs  the formats, in order, each at most once
 */
public record TrackerRequest(Tracker tracker, String name, Language language, List<RenderRequest.Output> outputs) {
    public TrackerRequest {
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        outputs = List.copyOf(outputs);
        if (outputs.stream().map(RenderRequest.Output::format).distinct().count() != outputs.size()) {
            throw new IllegalArgumentException("each format at most once in one request: " + outputs);
        }
    }

    public static TrackerRequest of(Tracker tracker, String name, Language language) {
        return new TrackerRequest(tracker, name, language, List.of());
    }

    /** This request with one more output. */
    public TrackerRequest to(Format format, OutputSink sink) {
        return to(format, sink, null);
    }

    /** This request with one more output that will be written into {@code folder}. */
    public TrackerRequest to(Format format, OutputSink sink, Path folder) {
        List<RenderRequest.Output> more = new ArrayList<>(outputs);
        more.add(new RenderRequest.Output(format, sink, folder));
        return new TrackerRequest(tracker, name, language, more);
    }
}
