package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser against every real note of the corpus: nothing fails, nothing is dropped. */
class CorpusTest {
    /** Words of meeting-tool labels that become field names rather than text ("会议主题：", "Meeting ID:"). */
    private static final String MEETING_LABELS = "会议主题 会议时间 腾讯会议 会议号 会议密码 密码 Topic Time Meeting ID Passcode";

    @Test
    void corpusIsFoundWhereTheBuildSaysItIs() {
        Path root = Corpus.root();
        assertTrue(Files.isDirectory(root.resolve("curve-double-week")), root + " holds no curve-double-week folder");
        assertTrue(Corpus.notes().size() >= 30, "expected the whole corpus, found " + Corpus.notes().size());
        assertTrue(Corpus.notes().stream().anyMatch(p -> p.getFileName().toString().contains(" ")),
                "the note with a space in its name is part of the corpus");
    }

    @TestFactory
    Stream<DynamicTest> everyNoteParsesWithoutErrors() {
        return perNote((note, report) -> {
            assertTrue(report.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
                    () -> note + ": " + report.diagnostics());
            assertNotNull(report.metadata().title());
            assertTrue(!report.metadata().title().isBlank());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyListItemIsKept() {
        return perNote((note, report) -> {
            Document doc = flexmark(note);
            assertEquals(count(doc), report.allItems().size(), () -> note + ": list items in the AST vs the model");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyVisibleWordIsKept() {
        return perNote((note, report) -> {
            String text = SourceText.normalise(SourceText.read(note, note.toString()));
            Document doc = ReportParser.flexmark().parse(text);
            LineIndex lines = new LineIndex(text);
            Meeting meeting = report.meeting();
            Set<Node> meetingNodes = meeting == null ? Set.of() : meetingNodes(doc, meeting.line(), lines);
            Map<String, Integer> expected = VisibleText.words(VisibleText.ofMarkdown(doc, meetingNodes));
            Map<String, Integer> actual = VisibleText.words(VisibleText.ofModel(report));
            assertEquals(new TreeMap<>(expected), new TreeMap<>(actual), () -> note + ": words differ: " + difference(expected, actual));

            if (meeting != null) {
                assertTrue(!meetingNodes.isEmpty(), () -> note + ": no meeting block at line " + meeting.line());
                Map<String, Integer> written = VisibleText.words(VisibleText.ofNodes(meetingNodes));
                Map<String, Integer> kept = VisibleText.words(VisibleText.ofMeeting(meeting));
                Map<String, Integer> labels = VisibleText.words(MEETING_LABELS);
                kept.forEach((word, n) -> assertTrue(written.getOrDefault(word, 0) >= n,
                        () -> note + ": meeting holds '" + word + "' that the block does not say"));
                written.forEach((word, n) -> assertTrue(kept.getOrDefault(word, 0) >= n || labels.containsKey(word),
                        () -> note + ": meeting block word '" + word + "' is lost"));
            }
        });
    }

    /** The fenced block at the meeting's line, or the paragraphs an unfenced invitation spans. */
    private static Set<Node> meetingNodes(Document doc, int line, LineIndex lines) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (lines.lineOf(n.getStartOffset()) == line) {
                if (n instanceof FencedCodeBlock f) {
                    nodes.add(f);
                } else {
                    for (Node p = n; p instanceof Paragraph; p = p.getNext()) {
                        nodes.add(p);
                    }
                }
            }
        }
        return nodes;
    }

    private static String difference(Map<String, Integer> expected, Map<String, Integer> actual) {
        Map<String, Integer> diff = new TreeMap<>();
        Map<String, Integer> all = new HashMap<>(expected);
        actual.forEach((k, v) -> all.putIfAbsent(k, 0));
        for (String k : all.keySet()) {
            int d = expected.getOrDefault(k, 0) - actual.getOrDefault(k, 0);
            if (d != 0) {
                diff.put(k, d);
            }
        }
        return "markdown minus model = " + diff;
    }

    private static Document flexmark(Path note) throws Exception {
        return ReportParser.flexmark().parse(SourceText.normalise(SourceText.read(note, note.toString())));
    }

    private static int count(Node n) {
        int c = n instanceof ListItem ? 1 : 0;
        for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
            c += count(child);
        }
        return c;
    }

    private interface NoteCheck {
        void check(Path note, Report report) throws Exception;
    }

    private static Stream<DynamicTest> perNote(NoteCheck check) {
        List<Path> notes = Corpus.notes();
        Path root = Corpus.root();
        return notes.stream().map(note -> DynamicTest.dynamicTest(root.relativize(note).toString(),
                () -> check.check(note, ReportParser.parse(note))));
    }
}
