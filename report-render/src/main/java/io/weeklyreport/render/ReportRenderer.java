package io.weeklyreport.render;

import io.weeklyreport.model.Report;
import io.weeklyreport.render.docx.DocxWriter;
import io.weeklyreport.render.pdf.PdfWriter;
import io.weeklyreport.render.pptx.PptxWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders a {@link Report} into one of the {@link Format}s. The module's one entry point.
 *
 * <pre>{@code
 * new ReportRenderer(RenderOptions.defaults()).render(report, Format.PDF, out);
 * }</pre>
 * The model goes through a FreeMarker template to XHTML ({@code report.ftlh} for the document,
 * {@code slides.ftlh} for the deck); a writer per format turns that XHTML into the file.
 */
public final class ReportRenderer {
    static final String DOCUMENT_TEMPLATE = "report.ftlh";
    static final String DOCUMENT_STYLESHEET = "report.css";
    static final String DECK_TEMPLATE = "slides.ftlh";

    private final RenderOptions options;
    private final TemplateSet templates;
    /**
     * The last report's document XHTML: PDF, DOCX and HTML of one note share it, so rendering a note to
     * several formats runs the template once. Keyed by identity; a renderer serves one thread at a time.
     */
    private Report lastReport;
    private String lastDocument;
    /** What the writers noticed about the setup (a reference deck's missing layout), each once. */
    private final java.util.Set<String> warnings = new java.util.LinkedHashSet<>();

    public ReportRenderer(RenderOptions options) throws RenderException {
        this.options = options;
        this.templates = new TemplateSet(options.templateDir());
    }

    public void render(Report report, Format format, OutputStream out) throws RenderException, IOException {
        switch (format) {
            case PDF -> new PdfWriter(options).write(documentXhtml(report), out);
            case HTML -> out.write(documentXhtml(report).getBytes(StandardCharsets.UTF_8));
            case DOCX -> new DocxWriter(options).write(documentXhtml(report), out);
            case PPTX -> warnings.addAll(new PptxWriter(options).write(deckXhtml(report), report, out));
        }
    }

    /**
     * What the renders so far noticed about the options that the user should hear once (a reference deck
     * without a "Section Header" layout, say): one line each, in the order they came up.
     */
    public synchronized java.util.List<String> warnings() {
        return java.util.List.copyOf(warnings);
    }

    /** The document XHTML that the PDF, DOCX and HTML outputs are made from. */
    public synchronized String documentXhtml(Report report) throws RenderException {
        if (report != lastReport) {
            Map<String, Object> data = DocumentView.of(report, templates, options, DOCUMENT_STYLESHEET);
            lastDocument = templates.apply(DOCUMENT_TEMPLATE, data);
            lastReport = report;
        }
        return lastDocument;
    }

    /** The deck XHTML that the PPTX output is made from: one section per logical slide. */
    public String deckXhtml(Report report) throws RenderException {
        return templates.apply(DECK_TEMPLATE, DeckView.of(report, templates, options));
    }
}
