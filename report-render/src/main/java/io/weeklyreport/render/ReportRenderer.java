package io.weeklyreport.render;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.render.docx.DocxWriter;
import io.weeklyreport.render.pdf.PdfWriter;
import io.weeklyreport.render.pptx.PptxWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders a {@link Report} into any of the {@link Format}s: the module's one entry point.
 *
 * <pre>{@code
 * ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults());
 * RenderResult result = renderer.render(RenderRequest.of(report)
 *         .to(Format.PDF, OutputSink.of(pdf))
 *         .to(Format.DOCX, OutputSink.of(docx)));
 * result.allWarnings().forEach(...);
 * }</pre>
 *
 * The model goes through a FreeMarker template to XHTML ({@code report.ftlh} for the document, made once
 * per request for PDF, DOCX and HTML; {@code slides.ftlh} for the deck); a writer per format turns that
 * XHTML into bytes, which go to the output's sink only when complete. The mail body ({@link MailBody}, asked for
 * with {@link RenderRequest#toMail}) comes from {@code mail.ftlh} and {@code mail-text.ftl}, with the same checked
 * pictures, and is handed back in the result. A renderer holds nothing of any
 * report: one instance serves any number of threads and requests.
 */
public final class ReportRenderer {
    static final String DOCUMENT_TEMPLATE = "report.ftlh";
    static final String DOCUMENT_STYLESHEET = "report.css";
    static final String DECK_TEMPLATE = "slides.ftlh";

    private final RenderOptions options;
    private final TemplateSet templates;

    public ReportRenderer(RenderOptions options) throws RenderException {
        this.options = options;
        this.templates = new TemplateSet(options.templateDir());
    }

    /**
     * Renders every output of the request. Pictures are checked once for all formats; an output that fails
     * is reported in the result (with nothing handed to its sink) and the others are still made.
     */
    public RenderResult render(RenderRequest request) {
        ReadableImages images = ReadableImages.of(request.report(), options.theme().logo());
        Report report = images.report();
        SinceLastView since = SinceLastView.of(request.sinceLast().orElse(null), report.metadata().language());
        String document = null;
        RenderException documentFailure = null;
        List<RenderResult.Rendered> rendered = new ArrayList<>();
        for (RenderRequest.Output output : request.outputs()) {
            long start = System.nanoTime();
            List<Diagnostic> warnings = new ArrayList<>();
            Consumer<String> noticed = line -> warnings.add(writerWarning(output.format(), line));
            try {
                byte[] bytes;
                if (output.format() == Format.PPTX) {
                    bytes = LibraryLog.capture(noticed, () -> deck(report, since,
                            line -> warnings.add(new Diagnostic(Severity.WARNING, 0, 0, RenderResult.SETUP, line))));
                } else {
                    if (document == null && documentFailure == null) {
                        try {
                            document = documentXhtml(report, images, since);
                        } catch (RenderException e) {
                            documentFailure = e;
                        }
                    }
                    if (documentFailure != null) {
                        throw documentFailure;
                    }
                    String xhtml = document;
                    bytes = LibraryLog.capture(noticed, () -> write(output, xhtml, noticed));
                }
                try {
                    output.sink().accept(bytes);
                } catch (IOException e) {
                    throw new RenderException("the " + output.format().extension() + " cannot be written: " + e.getMessage(), e);
                }
                rendered.add(new RenderResult.Rendered(output.format(), bytes.length, since(start), warnings, null));
            } catch (IOException e) {
                rendered.add(new RenderResult.Rendered(output.format(), 0, since(start), warnings, new RenderException(
                        output.format().extension() + " rendering failed: " + oneLine(e), e)));
            } catch (RenderException e) {
                rendered.add(new RenderResult.Rendered(output.format(), 0, since(start), warnings, e));
            } catch (RuntimeException e) {
                rendered.add(new RenderResult.Rendered(output.format(), 0, since(start), warnings, new RenderException(
                        output.format().extension() + " rendering failed: " + oneLine(e), e)));
            }
        }
        return new RenderResult(images.warnings(), rendered, request.mail().map(mail -> mail(report, images, mail, since)));
    }

    /** The mail body, from the same checked pictures as the files; a failure is reported, as a format's is. */
    private RenderResult.MailRendered mail(Report report, ReadableImages images, RenderRequest.Mail mail, SinceLastView since) {
        long start = System.nanoTime();
        List<Diagnostic> warnings = new ArrayList<>();
        Consumer<String> noticed = line -> warnings.add(new Diagnostic(Severity.WARNING, 0, 0, "render-warning", "mail: " + line));
        try {
            MailBody body = new MailWriter(templates, options, noticed).write(report, images, mail, since);
            return new RenderResult.MailRendered(body, since(start), warnings, null);
        } catch (RenderException e) {
            return new RenderResult.MailRendered(null, since(start), warnings, e);
        } catch (RuntimeException e) {
            return new RenderResult.MailRendered(null, since(start), warnings,
                    new RenderException("mail rendering failed: " + oneLine(e), e));
        }
    }

    /**
     * One format to a stream: the short form of {@link #render(RenderRequest)}. Throws what the render
     * failed with; its warnings are in the result.
     */
    public RenderResult render(Report report, Format format, OutputStream out) throws RenderException {
        return render(RenderRequest.of(report).to(format, OutputSink.of(out))).orThrow();
    }

    /** The document XHTML that the PDF, DOCX and HTML outputs are made from. */
    public String documentXhtml(Report report) throws RenderException {
        ReadableImages images = ReadableImages.of(report, options.theme().logo());
        return documentXhtml(images.report(), images, null);
    }

    /** The deck XHTML that the PPTX output is made from: one section per logical slide. */
    public String deckXhtml(Report report) throws RenderException {
        return deckXhtml(report, null);
    }

    private String deckXhtml(Report report, SinceLastView since) throws RenderException {
        Map<String, Object> data = DeckView.of(report, templates, options);
        SinceLastView.addTo(data, since);
        return templates.apply(DECK_TEMPLATE, data);
    }

    private String documentXhtml(Report report, ReadableImages images, SinceLastView since) throws RenderException {
        Map<String, Object> data = DocumentView.of(report, templates, options, DOCUMENT_STYLESHEET, images.logo());
        SinceLastView.addTo(data, since);
        return templates.apply(DOCUMENT_TEMPLATE, data);
    }

    private byte[] write(RenderRequest.Output output, String xhtml, Consumer<String> noticed) throws RenderException, IOException {
        return switch (output.format()) {
            case PDF -> new PdfWriter(options, noticed).write(xhtml);
            case DOCX -> {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
                new DocxWriter(options).write(xhtml, buffer);
                yield buffer.toByteArray();
            }
            case HTML -> new HtmlWriter(options.embedImages(), output.folder()).write(xhtml);
            case PPTX -> throw new IllegalStateException("the deck is not made from the document");
        };
    }

    /** The deck, with what the writer noticed about the setup (a reference deck's missing layout) as warnings. */
    private byte[] deck(Report report, SinceLastView since, Consumer<String> noticed) throws RenderException, IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        new PptxWriter(options).write(deckXhtml(report, since), report, buffer).forEach(noticed);
        return buffer.toByteArray();
    }

    private static Diagnostic writerWarning(Format format, String line) {
        return new Diagnostic(Severity.WARNING, 0, 0, "render-warning", format.extension() + ": " + line);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message.strip().lines().findFirst().orElse("");
    }
}
