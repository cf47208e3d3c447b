package io.weeklyreport.render;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Status;
import io.weeklyreport.render.pdf.PdfWriter;
import io.weeklyreport.render.tracker.TrackerDeck;
import io.weeklyreport.render.tracker.TrackerDocument;
import io.weeklyreport.render.tracker.TrackerView;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Renders a series' tracker ({@code weekly-report track}) into any of the {@link Format}s: a title, the chart of
 * status counts per meeting, and one row per tracked item. One {@link TrackerView} feeds every format:
 * {@code tracker.ftlh} makes the XHTML of the PDF and the HTML page (the chart as CSS boxes, vector in the PDF),
 * and the DOCX and PPTX writers draw native, editable charts (POI's XDDF) and tables from it. Each output goes to
 * its sink only when complete; one that fails is reported in the result and the others are still made. Holds
 * nothing of any series: one instance serves any number of requests.
 */
public final class TrackerRenderer {
    static final String TEMPLATE = "tracker.ftlh";
    static final String STYLESHEET = "tracker.css";

    private final RenderOptions options;
    private final TemplateSet templates;
    private final Palette palette;

    public TrackerRenderer(RenderOptions options) throws RenderException {
        this.options = options;
        this.templates = new TemplateSet(options.templateDir());
        this.palette = Palette.of(options.theme().colors());
    }

    public RenderResult render(TrackerRequest request) {
        List<RenderResult.Rendered> rendered = new ArrayList<>();
        TrackerView view;
        try {
            view = view(request);
        } catch (RenderException e) {
            for (RenderRequest.Output output : request.outputs()) {
                rendered.add(new RenderResult.Rendered(output.format(), 0, Duration.ZERO, List.of(), e));
            }
            return new RenderResult(List.of(), rendered);
        }
        String xhtml = null;
        for (RenderRequest.Output output : request.outputs()) {
            long start = System.nanoTime();
            List<Diagnostic> warnings = new ArrayList<>();
            Consumer<String> noticed = line -> warnings.add(ReportRenderer.writerWarning(output.format(), line));
            try {
                if (xhtml == null && (output.format() == Format.PDF || output.format() == Format.HTML)) {
                    xhtml = xhtml(view);
                }
                String document = xhtml;
                byte[] bytes = LibraryLog.capture(noticed, () -> switch (output.format()) {
                    case PDF -> new PdfWriter(options, noticed).write(document);
                    case HTML -> new HtmlWriter(true, output.folder()).write(document);
                    case DOCX -> new TrackerDocument(options).write(view);
                    case PPTX -> new TrackerDeck(options).write(view);
                });
                try {
                    output.sink().accept(bytes);
                } catch (IOException e) {
                    throw new RenderException("the " + output.format().extension() + " cannot be written: " + e.getMessage(), e);
                }
                rendered.add(new RenderResult.Rendered(output.format(), bytes.length, ReportRenderer.since(start), warnings, null));
            } catch (RenderException e) {
                rendered.add(new RenderResult.Rendered(output.format(), 0, ReportRenderer.since(start), warnings, e));
            } catch (IOException | RuntimeException e) {
                rendered.add(new RenderResult.Rendered(output.format(), 0, ReportRenderer.since(start), warnings, new RenderException(
                        output.format().extension() + " tracker rendering failed: " + ReportRenderer.oneLine(e), e)));
            }
        }
        return new RenderResult(List.of(), rendered);
    }

    /** The tracker's XHTML, as the PDF and the HTML page are made from it. */
    public String xhtml(TrackerRequest request) throws RenderException {
        return xhtml(view(request));
    }

    private TrackerView view(TrackerRequest request) throws RenderException {
        Properties labels = templates.labels(request.language() == Language.ZH ? "zh" : "en");
        return TrackerView.of(request.tracker(), request.name(), request.language(), labels, palette);
    }

    private String xhtml(TrackerView view) throws RenderException {
        Map<String, Object> chips = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            Palette.Chip chip = palette.chip(s);
            chips.put(s.cssName(), Map.of("fill", chip.fill().css(), "text", chip.text().css()));
        }
        Map<String, Object> data = new HashMap<>();
        data.put("view", view);
        data.put("chips", chips);
        data.put("css", templates.text(STYLESHEET));
        data.put("pageSize", options.pageSize().cssName());
        data.put("pageCounter", DocumentView.pageCounterCss(view.pageFooter()));
        return templates.apply(TEMPLATE, data);
    }
}
