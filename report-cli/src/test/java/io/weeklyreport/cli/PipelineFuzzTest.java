package io.weeklyreport.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes as a note, the whole way: parsed, then written as PDF, DOCX, PPTX and HTML in this process.
 * A note the parser accepts must come out in every format; nothing may throw. Saved
 * inputs in {@code PipelineFuzzTestInputs/} run in every build; {@code bench/fuzz.sh pipeline} fuzzes.
 */
class PipelineFuzzTest {
    /**
     * The note's folder: a real picture where the parser fixtures point ({@code pictures/board.png}), so
     * image paths the fuzzer writes reach the writers. (The fixtures' own pictures are a few stand-in
     * bytes; an unreadable picture failing the PDF is a known finding of its own, issue 10 point 5.)
     */
    private static final Path FOLDER = CliRun.root().resolve("report-cli/src/test/resources/io/weeklyreport/cli/pipeline-fuzz-folder");
    private static final ReportParser PARSER = new ReportParser(ParserOptions.defaults());
    private static final ReportRenderer RENDERER = renderer();

    private static ReportRenderer renderer() {
        try {
            return new ReportRenderer(RenderOptions.defaults());
        } catch (RenderException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(120)   // a hang, not a speed target
    void anyNoteRenders(byte[] input) throws IOException, RenderException {
        Report report;
        try {
            report = PARSER.read(input, "fuzz.md", FOLDER);
        } catch (UnreadableInputException e) {
            return;
        }
        if (report.diagnostics().stream().map(Diagnostic::severity).anyMatch(Severity.ERROR::equals)) {
            return;   // refused before rendering, as the commands do
        }
        for (Format format : Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RENDERER.render(report, format, out);
            byte[] bytes = out.toByteArray();
            String head = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
            boolean looksRight = switch (format) {
                case PDF -> head.startsWith("%PDF-");
                case DOCX, PPTX -> head.startsWith("PK");
                case HTML -> head.startsWith("<");
            };
            assertTrue(looksRight, () -> format + " output starts with " + head);
        }
    }
}
