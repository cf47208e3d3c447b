package io.weeklyreport.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's one JSON form: what is printed, escaped, and what is left out while empty. */
class ReportJsonTest {
    private static Report report(Metadata metadata, Meeting meeting, List<Block> blocks) {
        return new Report(metadata, meeting, blocks, List.of(), List.of());
    }

    private static Metadata metadata(LocalDate endDate) {
        return new Metadata("A \"quoted\" title\n", Metadata.TitleSource.HEADING, LocalDate.of(2023, 1, 1), null, null,
                Language.EN, null, "n.md", Map.of("team", "storage"), endDate);
    }

    private static Item item(List<String> owners) {
        return new Item(List.of(new Inline.Text("ship it")), new StatusMark(Status.DONE, "done"), List.of(),
                Item.Task.NONE, List.of(), 3, owners);
    }

    @Test
    void fieldsTheModelGainedLaterAppearOnlyWhenTheyHoldSomething() {
        String plain = ReportJson.write(report(metadata(null), null, List.of(new ItemList(false, 1, List.of(item(List.of())), 3))));
        assertFalse(plain.contains("endDate"), plain);
        assertFalse(plain.contains("owners"), plain);

        Meeting meeting = new Meeting("Zoom", null, null, null, null, null, "https://zoom.us/j/1", "1", null,
                List.of(), List.of(), 1, null, List.of("Join Zoom Meeting"));
        String full = ReportJson.write(report(metadata(LocalDate.of(2023, 1, 8)), meeting,
                List.of(new ItemList(false, 1, List.of(item(List.of("@ada", "陈海霞"))), 3))));
        assertTrue(full.contains("\"endDate\": \"2023-01-08\","), full);
        assertTrue(full.contains("\"owners\": [\"@ada\", \"陈海霞\"]"), full);
        assertTrue(full.contains("\"boilerplate\": [\"Join Zoom Meeting\"],"), full);
    }

    @Test
    void textIsEscapedAndImagePathsBelowTheBaseAreRelative() {
        Path base = Path.of("/notes").toAbsolutePath();
        Image image = new Image("pics/a.png", "", base.resolve("pics/a.png").toString(), false, 5);
        String json = ReportJson.write(report(metadata(null), null, List.of(image)), base);
        assertTrue(json.contains("\"title\": \"A \\\"quoted\\\" title\\n\""), json);
        assertTrue(json.contains("\"file\": \"pics/a.png\""), json);
        assertTrue(ReportJson.write(report(metadata(null), null, List.of(image))).contains("\"file\": \"" + image.file() + "\""));
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void anEmptyReportIsSmallAndComplete() {
        String json = ReportJson.write(report(metadata(null), null, List.of()));
        for (String key : new String[] {"\"metadata\"", "\"meeting\": null", "\"preamble\": []", "\"sections\": []", "\"diagnostics\": []"}) {
            assertTrue(json.contains(key), key + " in " + json);
        }
        assertEquals('{', json.charAt(0));
    }
}
