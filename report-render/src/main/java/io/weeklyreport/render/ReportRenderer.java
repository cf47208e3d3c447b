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
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Renders of this renderer running now: cores beyond them make the formats of one request side by side. */
    private final AtomicInteger busy = new AtomicInteger();

    public ReportRenderer(RenderOptions options) throws RenderException {
        this.options = options;
        this.templates = new TemplateSet(options.templateDir());
    }

    /**
     * Renders every output of the request. Pictures are checked once for all formats; an output that fails
     * is reported in the result (with nothing handed to its sink) and the others are still made. While
     * cores are idle the formats are made side by side, the deck (the longest) first; each sink is still
     * called on the caller's thread, in the request's order.
     */
    public RenderResult render(RenderRequest request) {
        busy.incrementAndGet();
        try {
            ReadableImages images = ReadableImages.of(request.report(), options.theme().logo());
            Report report = images.report();
            SinceLastView since = SinceLastView.of(request.sinceLast().orElse(null), report.metadata().language());
            Document document = new Document(() -> documentXhtml(report, images, since));
            List<RenderRequest.Output> outputs = request.outputs();
            Made[] made = makeAll(outputs, output -> make(output, report, since, document));
            List<RenderResult.Rendered> rendered = new ArrayList<>();
            for (int i = 0; i < outputs.size(); i++) {
                rendered.add(deliver(outputs.get(i), made[i]));
            }
            return new RenderResult(images.warnings(), rendered, request.mail().map(mail -> mail(report, images, mail, since)));
        } finally {
            busy.decrementAndGet();
        }
    }

    /** One output's bytes, or why there are none; made on any thread. */
    private record Made(byte[] bytes, RenderException failure, List<Diagnostic> warnings, long nanos) {
    }

    /** The document XHTML, made once per request by whichever output needs it first. */
    private static final class Document {
        private final Body<String> make;
        private String xhtml;
        private RenderException failure;

        Document(Body<String> make) {
            this.make = make;
        }

        synchronized String get() throws RenderException {
            if (xhtml == null && failure == null) {
                try {
                    xhtml = make.run();
                } catch (RenderException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return xhtml;
        }
    }

    private interface Body<T> {
        T run() throws RenderException;
    }

    private Made make(RenderRequest.Output output, Report report, SinceLastView since, Document document) {
        long start = System.nanoTime();
        List<Diagnostic> warnings = new ArrayList<>();
        Consumer<String> noticed = line -> warnings.add(writerWarning(output.format(), line));
        try {
            byte[] bytes = output.format() == Format.PPTX
                    ? LibraryLog.capture(noticed, () -> deck(report, since,
                            line -> warnings.add(new Diagnostic(Severity.WARNING, 0, 0, RenderResult.SETUP, line))))
                    : LibraryLog.capture(noticed, () -> write(output, document.get(), noticed));
            return new Made(bytes, null, warnings, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            return new Made(null, new RenderException(output.format().extension() + " rendering failed: " + oneLine(e), e),
                    warnings, System.nanoTime() - start);
        } catch (RenderException e) {
            return new Made(null, e, warnings, System.nanoTime() - start);
        }
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

    private static RenderResult.Rendered deliver(RenderRequest.Output output, Made made) {
        long start = System.nanoTime();
        RenderException failure = made.failure();
        if (failure == null) {
            try {
                output.sink().accept(made.bytes());
            } catch (IOException | RuntimeException e) {
                failure = new RenderException(e instanceof IOException
                        ? "the " + output.format().extension() + " cannot be written: " + e.getMessage()
                        : output.format().extension() + " rendering failed: " + oneLine(e), e);
            }
        }
        Duration time = Duration.ofNanos(made.nanos() + System.nanoTime() - start);
        return new RenderResult.Rendered(output.format(), failure == null ? made.bytes().length : 0, time, made.warnings(), failure);
    }

    /**
     * Makes every output, on this thread and on as many helper threads as there are cores that no render
     * of this renderer is using (none when a folder's notes already keep every core busy). The deck goes
     * first: it is the longest, and needs no document XHTML, which the first document format makes.
     */
    private Made[] makeAll(List<RenderRequest.Output> outputs, java.util.function.Function<RenderRequest.Output, Made> make) {
        int n = outputs.size();
        Made[] made = new Made[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> outputs.get(i).format() == Format.PPTX ? 0 : 1));
        AtomicInteger next = new AtomicInteger();
        Throwable[] thrown = new Throwable[1];
        Runnable work = () -> {
            try {
                for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                    made[order[k]] = make.apply(outputs.get(order[k]));
                }
            } catch (Throwable e) {   // an Error deep in a library: handed to the caller's thread below
                synchronized (thrown) {
                    thrown[0] = thrown[0] == null ? e : thrown[0];
                }
                next.set(n);
            }
        };
        int helpers = Math.min(n - 1, Runtime.getRuntime().availableProcessors() - busy.get());
        List<Thread> started = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            started.add(Thread.ofPlatform().daemon().name("render-formats").start(work));
        }
        work.run();
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                // the caller was given up on (a note over its time budget): what is missing is reported as such
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (thrown) {
            if (thrown[0] instanceof Error error) {
                throw error;
            } else if (thrown[0] instanceof RuntimeException e) {
                throw e;
            }
        }
        for (int i = 0; i < n; i++) {
            if (made[i] == null) {
                made[i] = new Made(null, new RenderException(outputs.get(i).format().extension() + " rendering was interrupted"),
                        List.of(), 0);
            }
        }
        return made;
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

    /** A writer's warning as a render warning naming the format (the tracker's writers say theirs so too). */
    static Diagnostic writerWarning(Format format, String line) {
        return new Diagnostic(Severity.WARNING, 0, 0, "render-warning", format.extension() + ": " + line);
    }

    static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message.strip().lines().findFirst().orElse("");
    }
}
