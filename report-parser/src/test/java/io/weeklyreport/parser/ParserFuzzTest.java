package io.weeklyreport.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes as a note: the parser either refuses them as unreadable or returns a report that every
 * writer can take (bounded nesting, no character XML refuses, findings on lines the note has). In a
 * normal build this runs over the saved inputs in {@code ParserFuzzTestInputs/}; {@code bench/fuzz.sh}
 * fuzzes it for as long as asked.
 */
class ParserFuzzTest {
    private static final ReportParser PARSER = new ReportParser(ParserOptions.defaults());

    @FuzzTest(maxDuration = "10m")
    @Timeout(30)   // a hang, not a speed target: the slowest saved input parses in well under a second
    void anyNoteParses(byte[] input) {
        Report report;
        try {
            report = PARSER.read(input, "fuzz.md", null);
        } catch (UnreadableInputException e) {
            return;
        }
        long lines = new String(input, java.nio.charset.StandardCharsets.UTF_8).lines().count() + 1;
        for (Diagnostic d : report.diagnostics()) {
            assertTrue(d.line() >= 0 && d.line() <= lines, () -> "finding outside the note: " + d);
        }
        ModelShape shape = ModelShape.of(report);
        assertTrue(shape.blockDepth() <= Limits.READABLE_DEPTH + 1, () -> "blocks nested " + shape.blockDepth() + " deep");
        assertTrue(shape.inlineDepth() <= Limits.INLINE_DEPTH + 1, () -> "inlines nested " + shape.inlineDepth() + " deep");
        assertTrue(shape.refusedCharacter() < 0, () -> String.format("U+%04X left in the model", shape.refusedCharacter()));
    }
}
