package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The tracker row whose references include the number in the repository. */
    private static JsonNode row(JsonNode tracker, String repo, String number) {
        for (JsonNode item : tracker.get("items")) {
            for (JsonNode ref : item.get("refs")) {
                if (repo.equalsIgnoreCase(ref.get("repo").asText()) && number.equals(ref.get("number").asText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no row for " + repo + "#" + number);
    }

    /** The non-null statuses of a row, as "date=status". */
    private static List<String> seen(JsonNode row) {
        List<String> seen = new ArrayList<>();
        row.get("statuses").forEach(s -> {
            if (!s.isNull()) {
                seen.add(s.get("date").asText() + "=" + s.get("status").asText());
            }
        });
        return seen;
    }

    @Test
    void curveFolderTracks2387AndPoolSetAcrossYearFolders() throws Exception {
        CliRun run = CliRun.of("track", CliRun.corpus().resolve("curve-double-week").toString(), "-f", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode tracker = JSON.readTree(run.out());

        JsonNode pr = row(tracker, "opencurve/curve", "2387");
        assertEquals(List.of("2023-04-27=in-review", "2023-05-18=in-review", "2023-06-01=in-review"), seen(pr));
        assertEquals("2023-04-27", pr.get("firstSeen").asText());
        assertEquals("2023-06-01", pr.get("lastSeen").asText());
        assertEquals(3, pr.get("meetingsOpen").asInt());
        assertTrue(pr.get("stalled").asBoolean());
        assertEquals("#2387", pr.at("/refs/0/label").asText());

        JsonNode poolSet = row(tracker, "opencurve/curve", "1988");
        List<String> statuses = seen(poolSet);
        assertEquals("2023-04-27=in-progress", statuses.getFirst());
        assertEquals("2023-06-01=in-review", statuses.getLast());

        int meetings = tracker.get("meetings").size();
        assertEquals(37, meetings, "2022/ and 2023/ below one folder are one series, the READMEs left out");
        assertEquals("2022/2022-01-06.md", tracker.at("/meetings/0/file").asText());
        assertEquals(meetings, tracker.get("statusCounts").size());
        assertEquals(meetings, pr.get("statuses").size(), "one status (or null) per meeting");
        assertTrue(tracker.at("/statusCounts/0").has("in-review"));
        assertEquals(14, tracker.get("cadenceDays").asInt());
        assertEquals(2, tracker.get("leftOut").size());
        assertTrue(run.err().contains("README.md: no meeting date"), run.err());

        boolean stalledFirst = true;
        boolean seenOther = false;
        for (JsonNode item : tracker.get("items")) {
            seenOther |= !item.get("stalled").asBoolean();
            stalledFirst &= !(seenOther && item.get("stalled").asBoolean());
        }
        assertTrue(stalledFirst, "stalled items come first");
    }

    @Test
    void nodejsIssueNumbersAreTrackedPerRepository() throws Exception {
        CliRun run = CliRun.of("track", CliRun.corpus().resolve("nodejs-tsc").toString(), "-f", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode tracker = JSON.readTree(run.out());
        JsonNode ci = row(tracker, "nodejs/TSC", "1614");
        assertTrue(seen(ci).size() >= 10, seen(ci).toString());
        assertTrue(ci.get("stalled").asBoolean());
        for (JsonNode item : tracker.get("items")) {
            long repos = new ArrayList<JsonNode>() {{ item.get("refs").forEach(this::add); }}.stream()
                    .filter(r -> r.get("number").asText().equals("1614")).map(r -> r.get("repo").asText()).distinct().count();
            assertTrue(repos <= 1, "one row never mixes #1614 of two repositories: " + item);
        }
    }

    @Test
    void aFormatTrackDoesNotWriteIsAUsageErrorNamingTheOnesItDoes() {
        CliRun run = CliRun.of("track", dir.toString(), "-f", "pdf,odt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("-f odt: not a format (pdf, docx, pptx, html or json)"), run.err());
        CliRun several = CliRun.of("track", dir.toString(), "-f", "pdf,docx", "-o", "-");
        assertEquals(2, several.exitCode());
        assertTrue(several.err().contains("standard output takes one format"), several.err());
    }

    @Test
    void byDefaultTheTrackerGoesIntoTheFolderInRendersFormats() throws Exception {
        Notes.write(dir.resolve("2024-03-07.md"), NextCommandTest.note("2024-03-07", "- 资源池 开发中 #7\n"));
        Notes.write(dir.resolve("2024-03-21.md"), NextCommandTest.note("2024-03-21", "- 资源池 review中 #7\n"));
        CliRun run = CliRun.of("track", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String ext : List.of("pdf", "docx", "pptx")) {
            assertTrue(Files.size(dir.resolve("tracker." + ext)) > 1000, ext);
        }
        assertFalse(Files.exists(dir.resolve("tracker.json")), "json only when asked for");
        assertFalse(Files.exists(dir.resolve("tracker.html")));
        try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(dir.resolve("tracker.pptx")))) {
            assertEquals(2, deck.getSlides().size(), "the chart, then the one row");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList(), "no temporary file left");
        }
    }

    @Test
    void oneFileByItsExtensionAndAFailedRenderLeavesTheOldFileAlone() throws Exception {
        Notes.write(dir.resolve("notes/2024-03-07.md"), NextCommandTest.note("2024-03-07", "- 资源池 开发中 #7\n"));
        Path pptx = dir.resolve("out/series.pptx");
        CliRun run = CliRun.of("track", dir.resolve("notes").toString(), "-o", pptx.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(pptx))) {
            assertEquals(1, deck.getCharts().size(), "a native chart");
        }
        try (Stream<Path> written = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(pptx), written.toList(), "that one file");
        }
        CliRun conflicting = CliRun.of("track", dir.resolve("notes").toString(), "-o", pptx.toString(), "-f", "pdf");
        assertEquals(2, conflicting.exitCode());
        assertTrue(conflicting.err().contains("is a pptx file, but -f asks for pdf"), conflicting.err());

        Path pdf = dir.resolve("out/tracker.pdf");
        Files.writeString(pdf, "the good old tracker");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("tracker.ftlh"), "<#ftl output_format=\"XHTML\">${view.nothingHere}");
        CliRun broken = CliRun.of("track", dir.resolve("notes").toString(), "-o", dir.resolve("out") + "/", "-f", "pdf,pptx",
                "--templates", templates.toString());
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("tracker.ftlh:1:") && broken.err().contains("template error"), broken.err());
        assertFalse(broken.err().contains("Exception\n\tat"), broken.err());
        assertEquals("the good old tracker", Files.readString(pdf), "an existing output is left alone");
        assertTrue(Files.size(dir.resolve("out/tracker.pptx")) > 1000, "the other format is still made");
    }

    @Test
    void aMessySeriesIsTrackedHonestly() throws Exception {
        Notes.write(dir.resolve("2024-03-07.md"), NextCommandTest.note("2024-03-07", "- 资源池 开发中 #7\n"));
        Notes.write(dir.resolve("sync-a.md"), NextCommandTest.note("2024-03-21", "- 资源池 review中 #7\n"));
        Notes.write(dir.resolve("sync-b.md"), NextCommandTest.note("2024-03-21", "- 资源池 review中 #7\n"));
        Notes.write(dir.resolve("ideas.md"), "## 想法\n\n- 以后再说\n");
        Files.write(dir.resolve("broken.md"), new byte[] {0x00, (byte) 0xfe, 0x00, 0x01});
        Path out = dir.resolve("out/tracker.json");

        CliRun run = CliRun.of("track", dir.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode(), "a note failed to read");
        assertTrue(run.err().contains("broken.md") && run.err().contains("left out of the series"), run.err());
        assertTrue(run.err().contains("ideas.md: no meeting date"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        JsonNode tracker = JSON.readTree(out.toFile());
        assertEquals(List.of("2024-03-07.md", "sync-a.md", "sync-b.md"),
                new ArrayList<String>() {{ tracker.get("meetings").forEach(m -> add(m.get("file").asText())); }});
        JsonNode item = tracker.at("/items/0");
        assertEquals("资源池 review中 #7", item.get("title").asText());
        assertEquals(3, seen(item).size(), "both notes of the same date are kept");
        assertEquals(2, tracker.get("leftOut").size());
    }
}
