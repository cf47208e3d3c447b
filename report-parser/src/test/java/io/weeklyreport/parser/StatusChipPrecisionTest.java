package io.weeklyreport.parser;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status chips against a labelled set of items (status-labelled.tsv): a chip shown must be right
 * (precision), and the chips the labels expect should be shown (recall).
 */
class StatusChipPrecisionTest {
    private static final double MIN_PRECISION = 0.95;
    /** Recall as measured when the set was made, less a little: a drop below it is a regression. */
    private static final double MIN_RECALL = 0.85;

    /** One labelled item, and the part of the file it stands in ("from the corpora", "written for this file"). */
    private record Labelled(Status expected, String markdown, String part) { }

    /** Chips shown, chips right and chips expected over some items. */
    private static final class Tally {
        int shown;
        int right;
        int expected;
        int items;

        void add(Status expectedStatus, Status got) {
            items++;
            shown += got != Status.NONE ? 1 : 0;
            expected += expectedStatus != Status.NONE ? 1 : 0;
            right += got != Status.NONE && got == expectedStatus ? 1 : 0;
        }

        double precision() {
            return shown == 0 ? 1 : (double) right / shown;
        }

        double recall() {
            return expected == 0 ? 1 : (double) right / expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d items, %d chips expected, %d shown, %d right: precision %.3f, recall %.3f",
                    items, expected, shown, right, precision(), recall());
        }
    }

    private static List<Labelled> labelled() throws IOException {
        List<Labelled> set = new ArrayList<>();
        try (InputStream in = StatusChipPrecisionTest.class.getResourceAsStream("/status-labelled.tsv")) {
            assertNotNull(in, "status-labelled.tsv is missing from the test resources");
            String part = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# --- ")) {
                    part = line.substring("# --- ".length()).strip();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                assertTrue(tab > 0, "not STATUS<tab>item: " + line);
                set.add(new Labelled(Status.valueOf(line.substring(0, tab)), line.substring(tab + 1), part));
            }
        }
        return set;
    }

    @Test
    void chipsOnTheLabelledItemsAreRight() throws IOException {
        List<Labelled> set = labelled();
        assertTrue(set.size() >= 300, "the labelled set holds " + set.size() + " items");
        Tally all = new Tally();
        java.util.Map<String, Tally> parts = new java.util.LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Labelled l : set) {
            Report report = ReportParser.parse("- " + l.markdown() + "\n", "labelled.md", null);
            assertTrue(!report.allItems().isEmpty(), () -> "no item in: " + l.markdown());
            Item item = report.allItems().getFirst();
            Status got = item.status().status();
            all.add(l.expected(), got);
            parts.computeIfAbsent(l.part(), p -> new Tally()).add(l.expected(), got);
            if (got != l.expected()) {
                wrong.add(l.expected() + " <- " + got + " (" + item.status().phrase() + "): " + l.markdown());
            }
        }
        double precision = all.precision();
        double recall = all.recall();
        String report = all.toString();
        System.out.println("status chips: " + report);
        parts.forEach((part, tally) -> System.out.println("  " + part + ": " + tally));
        wrong.forEach(w -> System.out.println("  expected " + w));
        assertTrue(precision >= MIN_PRECISION, report + "\n" + String.join("\n", wrong));
        assertTrue(recall >= MIN_RECALL, report + "\n" + String.join("\n", wrong));
    }
}
