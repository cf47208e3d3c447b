package io.weeklyreport.cli;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.series.Carryover;
import io.weeklyreport.series.MeetingNote;
import io.weeklyreport.series.Progress;
import io.weeklyreport.series.Series;
import io.weeklyreport.series.SeriesNote;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft of every corpus note, read back by the parser: the same skeleton, the same open items with the
 * same words, status and references, nothing done, the invitation moved to the new date.
 */
class DraftCorpusTest {
    private static final ReportParser PARSER = new ReportParser(ParserOptions.defaults());

    @TestFactory
    Stream<DynamicTest> everyDraftReadsBackAsTheOpenPartOfItsNote() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("curve-double-week", "nodejs-tsc")) {
            List<SeriesNote> notes = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(CliRun.corpus().resolve(folder))) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    notes.add(new SeriesNote(p, PARSER.read(p)));
                }
            }
            Series series = Series.of(notes);
            int days = series.cadence().orElseThrow().days();
            for (MeetingNote m : series.meetings()) {
                tests.add(DynamicTest.dynamicTest(CliRun.corpus().relativize(m.path()).toString(), () -> check(series, m, days)));
            }
        }
        return tests.stream();
    }

    private static void check(Series series, MeetingNote m, int days) throws Exception {
        LocalDate next = m.date().plusDays(days);
        Series history = series.upTo(m);
        String source = Files.readString(m.path(), StandardCharsets.UTF_8);
        NextDraft.Draft draft = NextDraft.compose(source, history, history.meetings().get(m.index()), next, null);
        String name = NextCommand.draftName(m.path().getFileName().toString(), m.date(), next);
        Report before = m.report();
        Report after = PARSER.read(draft.markdown(), name, m.path().getParent());

        assertTrue(after.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), after.diagnostics().toString());
        assertEquals(next, after.metadata().date(), draft.markdown());
        assertEquals(before.allSections().stream().map(s -> DateSpelling.move(s.fullTitle(), m.date(), next)).toList(),
                after.allSections().stream().map(Section::fullTitle).toList(), "the same skeleton");
        assertEquals(before.meeting() == null, after.meeting() == null);
        if (before.meeting() != null) {
            assertEquals(before.meeting().joinUrl(), after.meeting().joinUrl());
            if (before.meeting().date() != null && before.meeting().date().equals(m.date())) {
                assertEquals(next, after.meeting().date(), "the invitation's date moved");
            }
        }

        List<Item> carried = topLevel(before).stream().filter(Carryover::carriesTopLevel).toList();
        List<Item> drafted = topLevel(after);
        assertEquals(carried.stream().map(DraftCorpusTest::words).toList(), drafted.stream().map(DraftCorpusTest::words).toList(),
                "the open items, in their words and order");
        for (int i = 0; i < carried.size(); i++) {
            Item a = carried.get(i);
            Item b = drafted.get(i);
            assertEquals(a.status().status(), b.status().status(), a.plainText());
            assertEquals(prs(a), prs(b), a.plainText());
            assertFalse(Progress.isDone(b), b.plainText());
        }
        assertEquals(draft.carried(), after.allItems().size());
    }

    private static String words(Item item) {
        return Carryover.withoutMarker(item.plainText()).strip();
    }

    private static List<String> prs(Item item) {
        return item.refs().stream().filter(r -> r.kind() != Ref.Kind.LINK).map(Ref::url).toList();
    }

    /** The top-level items of a report in document order: the preamble's, then each section's own. */
    private static List<Item> topLevel(Report report) {
        List<Item> items = new ArrayList<>();
        collect(report.preamble(), items);
        report.allSections().forEach(s -> collect(s.blocks(), items));
        return items;
    }

    private static void collect(List<Block> blocks, List<Item> into) {
        for (Block b : blocks) {
            if (b instanceof ItemList list) {
                into.addAll(list.items());
            } else if (b instanceof Quote q) {
                collect(q.blocks(), into);
            }
        }
    }
}
