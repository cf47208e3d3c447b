package io.weeklyreport.render;

import io.weeklyreport.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module's entry point: several formats of one report in one call, each output reported on its own. */
class RenderRequestTest {
    @TempDir
    Path dir;

    static Report note() {
        return Notes.report(Notes.english("Sprint 12", LocalDate.of(2024, 3, 7)), null,
                Notes.section("1.", "Done", 2, Notes.paragraph("Shipped the importer.", 3)));
    }

    @Test
    void oneRequestMakesEveryFormatInOrderWithSizesAndTimes() throws Exception {
        Map<Format, byte[]> got = new EnumMap<>(Format.class);
        RenderRequest request = RenderRequest.of(note());
        for (Format f : List.of(Format.HTML, Format.PDF, Format.DOCX, Format.PPTX)) {
            request = request.to(f, bytes -> got.put(f, bytes));
        }
        RenderResult result = new ReportRenderer(RenderOptions.defaults()).render(request);
        assertEquals(List.of(Format.HTML, Format.PDF, Format.DOCX, Format.PPTX),
                result.outputs().stream().map(RenderResult.Rendered::format).toList());
        for (RenderResult.Rendered r : result.outputs()) {
            assertFalse(r.failed(), r.toString());
            assertEquals(got.get(r.format()).length, r.bytes());
            assertFalse(r.time().isNegative());
        }
        assertTrue(new String(got.get(Format.PDF), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertEquals('P', (char) got.get(Format.DOCX)[0], "a zip");
        assertEquals(List.of(), result.allWarnings());
    }

    @Test
    void aFormatThatFailsIsReportedAndTheOthersAreStillMadeWithNothingHalfWritten() throws Exception {
        Path broken = Files.writeString(dir.resolve("brand.docx"), "not a word document");
        List<Format> sunk = new ArrayList<>();
        RenderResult result = new ReportRenderer(RenderOptions.defaults().withReferenceDocx(broken)).render(RenderRequest.of(note())
                .to(Format.DOCX, bytes -> sunk.add(Format.DOCX))
                .to(Format.PDF, bytes -> sunk.add(Format.PDF)));
        assertEquals(List.of(Format.PDF), sunk, "the failed DOCX never reached its sink");
        RenderResult.Rendered docx = result.outputs().get(0);
        assertTrue(docx.failed());
        assertTrue(docx.failure().getMessage().contains("brand.docx"), docx.failure().getMessage());
        assertFalse(result.outputs().get(1).failed());
        assertThrows(RenderException.class, result::orThrow);
    }

    @Test
    void aSinkThatCannotWriteIsAFailureOfThatOutput() throws Exception {
        RenderResult result = new ReportRenderer(RenderOptions.defaults()).render(RenderRequest.of(note())
                .to(Format.HTML, bytes -> {
                    throw new IOException("No space left on device");
                }));
        assertTrue(result.outputs().get(0).failure().getMessage().contains("No space left on device"));
    }

    /** The formats may be made side by side; a caller still sees its sinks called on its own thread, in its order. */
    @Test
    void sinksAreCalledOnTheCallersThreadInTheRequestsOrder() throws Exception {
        List<String> calls = new ArrayList<>();
        RenderRequest request = RenderRequest.of(note());
        for (Format f : List.of(Format.DOCX, Format.PDF, Format.HTML, Format.PPTX)) {
            request = request.to(f, bytes -> calls.add(f + " on " + Thread.currentThread().getName()));
        }
        RenderResult result = new ReportRenderer(RenderOptions.defaults()).render(request);

        String caller = Thread.currentThread().getName();
        assertEquals(List.of("DOCX on " + caller, "PDF on " + caller, "HTML on " + caller, "PPTX on " + caller), calls);
        assertTrue(result.outputs().stream().noneMatch(RenderResult.Rendered::failed), result.toString());
    }

    @Test
    void eachFormatAtMostOnce() {
        assertThrows(IllegalArgumentException.class, () -> RenderRequest.of(note())
                .to(Format.PDF, bytes -> { }).to(Format.PDF, bytes -> { }));
    }

    @Test
    void aRendererServesSeveralThreadsAtOnce() throws Exception {
        ReportRenderer renderer = new ReportRenderer(RenderOptions.defaults());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Report report = Notes.report(Notes.english("Note " + i, LocalDate.of(2024, 3, 7)), null,
                    Notes.section("1.", "Topic " + i, 2, Notes.paragraph("Body of note " + i, 3)));
            int n = i;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    renderer.render(report, Format.PDF, out);
                    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                        assertEquals("Note " + n, pdf.getDocumentInformation().getTitle());
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aPictureTheWriterCannotDrawIsOneWarningOfThatFormatNotAStackTrace() throws Exception {
        // A customised template can point at any file, past the report's own picture check.
        Files.writeString(dir.resolve("report.ftlh"), """
                <#ftl output_format="XHTML">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${meta.title}</title></head>
                <body><p>Before</p><img src="${dirUrl}bad.png"/><p>After</p></body></html>
                """.replace("${dirUrl}", dir.toUri().toString()));
        Files.writeString(dir.resolve("bad.png"), "not a picture");
        java.io.PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        RenderResult result;
        try {
            result = new ReportRenderer(RenderOptions.defaults().withTemplateDir(dir))
                    .render(RenderRequest.of(note()).to(Format.PDF, bytes -> { }));
        } finally {
            System.setErr(original);
        }
        assertFalse(result.outputs().get(0).failed());
        List<String> warnings = result.outputs().get(0).warnings().stream().map(d -> d.message()).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("pdf: picture ") && warnings.get(0).contains("bad.png"), warnings.toString());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
