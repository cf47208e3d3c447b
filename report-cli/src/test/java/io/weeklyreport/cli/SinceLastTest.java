package io.weeklyreport.cli;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Since last meeting" in the outputs of render and mail, read back as a reader would: the block's heading right
 * after the summary, its groups, the items with their chips, links and "（第 3 次）"; left out with --no-since-last,
 * for a note without a meeting before it, and (with one warning) when the meeting before cannot be read.
 */
class SinceLastTest {
    private static final Path CURVE = CliRun.corpus().resolve("curve-double-week");
    private static final Path JUNE = CURVE.resolve("2023/2023-06-01.md");
    private static final String PR_2387 = "https://github.com/opencurve/curve/pull/2387";
    private static final String PR_1988 = "https://github.com/opencurve/curve/pull/1988";
    /** The block in the HTML (the stylesheet names the class too). */
    private static final String BLOCK = "<div class=\"since-last\"";

    @TempDir
    Path dir;

    @Test
    void theJuneHandoutHasTheBlockAfterTheSummaryWith2387OpenForItsThirdMeetingAnd1988() throws Exception {
        CliRun run = render(JUNE, "-f", "pdf");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("2023-06-01.pdf")))) {
            String text = pageText(pdf);
            int summary = text.indexOf("进展概览");
            int block = text.indexOf("自上次会议（2023-05-18）以来");
            int content = text.indexOf("会议内容");
            assertTrue(summary >= 0 && block > summary && content > block, "summary, then the block, then the sections:\n" + text);
            String since = text.substring(block, content);
            int stillOpen = since.indexOf("仍在进行");
            int added = since.indexOf("本次新增");
            assertTrue(stillOpen > 0 && added > stillOpen, since);
            String open = since.substring(stillOpen, added);
            assertTrue(open.matches("(?s).*close-to-open一致性场景下元数据性能优化（第 3 次）\\s*#2387.*"), open);
            assertTrue(open.matches("(?s).*poolset支持\\s*#1988.*"), open);
            assertTrue(since.contains("上次以来已完成"), since);
            List<String> links = links(pdf.getPage(0));
            assertTrue(links.contains(PR_2387), links.toString());
            assertTrue(links.contains(PR_1988), links.toString());
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals("自上次会议（2023-05-18）以来", bookmarks.getFirst(), bookmarks.toString());
        }
    }

    @Test
    void theJuneReportHasTheBlockAsAHeadingAfterTheSummaryWithItsGroupsAndLinks() throws Exception {
        CliRun run = render(JUNE, "-f", "docx");
        assertEquals(0, run.exitCode(), run.err());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("2023-06-01.docx")))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            int heading = indexOf(paragraphs, "自上次会议（2023-05-18）以来");
            assertTrue(heading > 0, "the block's heading");
            assertEquals("heading 1", styleName(doc, paragraphs.get(heading)));
            assertTrue(paragraphs.get(heading - 1).getText().startsWith("进展概览"), "right after the summary: " + paragraphs.get(heading - 1).getText());
            int stillOpen = indexOf(paragraphs, "仍在进行");
            assertEquals("heading 2", styleName(doc, paragraphs.get(stillOpen)));
            XWPFParagraph item2387 = paragraphs.stream().skip(stillOpen)
                    .filter(p -> p.getText().contains("close-to-open")).findFirst().orElseThrow();
            assertTrue(item2387.getText().contains("（第 3 次）"), item2387.getText());
            assertTrue(item2387.getText().contains("评审中"), "its chip: " + item2387.getText());
            assertTrue(item2387.getNumID() != null, "a list item");
            assertTrue(hyperlinks(doc, item2387).contains(PR_2387), hyperlinks(doc, item2387).toString());
            XWPFParagraph item1988 = paragraphs.stream().skip(stillOpen)
                    .filter(p -> p.getText().contains("poolset")).findFirst().orElseThrow();
            assertTrue(hyperlinks(doc, item1988).contains(PR_1988), hyperlinks(doc, item1988).toString());
            int content = indexOf(paragraphs, "会议内容");
            assertTrue(content > stillOpen, "the block comes before the note's sections");
        }
    }

    @Test
    void theJuneDeckHasASinceLastSlideAfterTheTitleWith2387StillOpenForItsThirdMeeting() throws Exception {
        CliRun run = render(JUNE, "-f", "pptx");
        assertEquals(0, run.exitCode(), run.err());
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(dir.resolve("2023-06-01.pptx")))) {
            List<XSLFSlide> slides = deck.getSlides();
            List<String> titles = slides.stream().map(sl -> String.valueOf(sl.getTitle())).toList();
            int at = titles.indexOf("自上次会议（2023-05-18）以来");
            int firstSection = titles.indexOf(titles.stream().filter(t -> t.startsWith("近期工作")).findFirst().orElseThrow());
            assertTrue(at > 0 && at < firstSection, "after the title (and agenda), before the sections: " + titles);
            XSLFSlide since = slides.get(at);
            List<String> lines = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (XSLFShape shape : since.getShapes()) {
                if (shape instanceof XSLFTextShape text && !text.getText().equals(since.getTitle())) {
                    for (XSLFTextParagraph p : text.getTextParagraphs()) {
                        lines.add(p.getText());
                        for (XSLFTextRun r : p.getTextRuns()) {
                            if (r.getHyperlink() != null) {
                                links.add(r.getHyperlink().getAddress());
                            }
                        }
                    }
                }
            }
            int stillOpen = lines.indexOf("仍在进行");
            assertTrue(stillOpen > lines.indexOf("上次以来已完成"), lines.toString());
            assertTrue(lines.subList(stillOpen, lines.size()).stream()
                    .anyMatch(l -> l.contains("close-to-open一致性场景下元数据性能优化（第 3 次）") && l.contains("#2387")), lines.toString());
            assertTrue(links.contains(PR_2387) && links.contains(PR_1988), links.toString());
            // the groups that do not fit go on on the next slides under the same title, never off the slide
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("自上次会议（2023-05-18）以来（续 2/")), titles.toString());
        }
        CliRun off = render(JUNE, "-f", "pptx", "--no-since-last", "--force");
        assertEquals(0, off.exitCode(), off.err());
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(dir.resolve("2023-06-01.pptx")))) {
            assertTrue(deck.getSlides().stream().noneMatch(sl -> String.valueOf(sl.getTitle()).startsWith("自上次会议")));
        }
    }

    @Test
    void noSinceLastLeavesTheBlockOutAndSoDoesTheSettingInTheFolder() throws Exception {
        CliRun run = render(JUNE, "-f", "pdf,docx", "--no-since-last");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("2023-06-01.pdf")))) {
            assertFalse(pageText(pdf).contains("自上次会议"));
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("2023-06-01.docx")))) {
            assertEquals(-1, indexOf(doc.getParagraphs(), "自上次会议（2023-05-18）以来"));
        }

        Path notes = series(dir.resolve("notes"));
        Files.writeString(notes.resolve("weekly-report.yaml"), "since-last: false\n");
        CliRun off = CliRun.of("render", notes.resolve("2026-03-30.md").toString(), "-f", "html");
        assertEquals(0, off.exitCode(), off.err());
        assertFalse(Files.readString(notes.resolve("2026-03-30.html")).contains(BLOCK));
        CliRun config = CliRun.of("config", notes.toString());
        assertTrue(config.out().contains("since-last") && config.out().contains("false"), config.out());
        CliRun on = CliRun.of("render", notes.resolve("2026-03-30.md").toString(), "-f", "html", "--since-last", "--force");
        assertEquals(0, on.exitCode(), on.err());
        assertTrue(Files.readString(notes.resolve("2026-03-30.html")).contains(BLOCK));
    }

    @Test
    void ourOwnSeriesShowsEachGroupWithItsItems() throws Exception {
        Path notes = series(dir.resolve("notes"));
        CliRun run = CliRun.of("render", notes.resolve("2026-03-30.md").toString(), "-f", "pdf");
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(notes.resolve("2026-03-30.pdf")))) {
            String text = pageText(pdf);
            String since = text.substring(text.indexOf("Since the last meeting (2026-03-16)"), text.indexOf("Work"));
            assertEquals(List.of("Done since last time", "Still open", "New this time", "Dropped without a word"),
                    headings(since), since);
            assertTrue(since.matches("(?s).*Done since last time\\s+•\\s+Done\\s+Upload retry budget #102\\s+\\(merged\\)\\s+Still open.*"), since);
            assertTrue(since.matches("(?s).*Still open\\s+•\\s+In review\\s+Faster compaction #101\\s+\\(in review\\) \\(3rd meeting\\)\\s+New.*"), since);
            assertTrue(since.matches("(?s).*New this time\\s+•\\s+In progress\\s+Snapshot export #103\\s+\\(in progress\\)\\s+Dropped.*"), since);
            assertTrue(since.matches("(?s).*Dropped without a word\\s+•\\s+In progress\\s+Quota report #104\\s+\\(in progress\\)\\s*"), since);
            List<String> links = links(pdf.getPage(0));
            for (String n : List.of("pull/101", "pull/102", "pull/103", "issues/104")) {
                assertTrue(links.contains("https://github.com/example/store/" + n), n + " in " + links);
            }
        }
        // an empty group is left out: nothing done between the first two meetings
        CliRun second = CliRun.of("render", notes.resolve("2026-03-16.md").toString(), "-f", "html");
        assertEquals(0, second.exitCode(), second.err());
        String html = Files.readString(notes.resolve("2026-03-16.html"));
        assertTrue(html.contains("Still open") && !html.contains("Done since last time") && !html.contains("Dropped without a word"), html);
    }

    @Test
    void previousNamesTheMeetingBefore() throws Exception {
        Path notes = series(dir.resolve("notes"));
        Path elsewhere = Files.createDirectories(dir.resolve("draft"));
        Path note = Files.copy(notes.resolve("2026-03-30.md"), elsewhere.resolve("2026-03-30.md"));
        CliRun run = CliRun.of("render", note.toString(), "-f", "html", "--previous", notes.resolve("2026-03-02.md").toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(elsewhere.resolve("2026-03-30.html"));
        assertTrue(html.contains("Since the last meeting (2026-03-02)"), html);
        // compared with the first meeting, #101 is at its second
        assertTrue(html.contains("(2nd meeting)"), html);

        CliRun two = CliRun.of("render", note.toString(), notes.resolve("2026-03-16.md").toString(), "-f", "html",
                "--previous", notes.resolve("2026-03-02.md").toString());
        assertEquals(2, two.exitCode());
        assertTrue(two.err().contains("--previous names the meeting before one note"), two.err());
        CliRun missing = CliRun.of("render", note.toString(), "--previous", dir.resolve("nope.md").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void aNoteWithoutAMeetingBeforeItHasNoBlockAndNoWarning() throws Exception {
        Path notes = series(dir.resolve("notes"));
        CliRun run = CliRun.of("render", notes.resolve("2026-03-02.md").toString(), "-f", "html", "-v");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.readString(notes.resolve("2026-03-02.html")).contains(BLOCK));
        assertFalse(run.err().contains("since"), run.err());
        CliRun first = render(CURVE.resolve("2022/2022-01-06.md"), "-f", "html", "-v");
        assertEquals(0, first.exitCode(), first.err());
        assertFalse(Files.readString(dir.resolve("2022-01-06.html")).contains(BLOCK));
    }

    @Test
    void aMeetingBeforeThatCannotBeReadIsNamedOnceAndTheNoteRendersWithoutTheBlock() throws Exception {
        Path notes = series(dir.resolve("notes"));
        byte[] broken = "# Storage sync\n\n- Faster compaction\u0000 (in review)\n".getBytes(StandardCharsets.UTF_8);
        Files.write(notes.resolve("2026-03-16.md"), broken);
        CliRun run = CliRun.of("render", notes.resolve("2026-03-30.md").toString(), "-f", "html", "-v");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.readString(notes.resolve("2026-03-30.html")).contains(BLOCK));
        List<String> named = run.err().lines().filter(l -> l.contains("2026-03-16.md")).toList();
        assertEquals(1, named.size(), run.err());
        assertTrue(named.getFirst().contains("the meeting before") && named.getFirst().contains("without the since-last block"), named.getFirst());
    }

    @Test
    void editingTheMeetingBeforeMakesTheOutputStale() throws Exception {
        Path notes = series(dir.resolve("notes"));
        Path note = notes.resolve("2026-03-30.md");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html").exitCode());
        CliRun again = CliRun.of("render", note.toString(), "-f", "html", "-v");
        assertTrue(again.err().contains(": up to date") && !again.err().contains("->"), again.err());
        Files.writeString(notes.resolve("2026-03-16.md"), Files.readString(notes.resolve("2026-03-16.md"))
                .replace("Faster compaction", "Faster compaction of logs"));
        CliRun edited = CliRun.of("render", note.toString(), "-f", "html", "-v");
        assertTrue(edited.err().contains("->") && !edited.err().contains(": up to date"), "rendered again: " + edited.err());
        // a note added between them is a new meeting before: rendered again too
        Files.writeString(notes.resolve("2026-03-23.md"), "# Storage sync 2026-03-23\n\n## Work\n\n- Faster compaction (in review)\n");
        CliRun added = CliRun.of("render", note.toString(), "-f", "html", "-v");
        assertTrue(added.err().contains("->"), "rendered again: " + added.err());
        assertTrue(Files.readString(notes.resolve("2026-03-30.html")).contains("Since the last meeting (2026-03-23)"));
    }

    @Test
    void aNodejsNoteShowsItsRecurringIssuesAsStillOpen() throws Exception {
        Path note = CliRun.corpus().resolve("nodejs-tsc/2025-02-05.md");
        CliRun run = render(note, "-f", "html");
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("2025-02-05.html"));
        int block = html.indexOf(BLOCK);
        assertTrue(block > 0, "the block");
        String open = html.substring(html.indexOf("class=\"since-last-still-open\"", block));
        open = open.substring(0, open.indexOf("</ul>"));
        assertTrue(open.matches("(?s).*href=\"https://github.com/nodejs/[A-Za-z-]+/issues/\\d+\".*"), open);
        assertTrue(open.matches("(?s).*\\((\\d+)(st|nd|rd|th) meeting\\).*"), open);
    }

    @Test
    void theMailCarriesTheBlockInItsHtmlAndTextParts() throws Exception {
        Path eml = dir.resolve("june.eml");
        CliRun run = CliRun.of("mail", JUNE.toString(), "--resource-root", CURVE.toString(), "-o", eml.toString());
        assertEquals(0, run.exitCode(), run.err());
        MailNotes.Received mail;
        try (InputStream in = Files.newInputStream(eml)) {
            mail = new MailNotes.Received(new MimeMessage(null, in));
        }
        String text = mail.text("text/plain");
        int block = text.indexOf("自上次会议（2023-05-18）以来");
        assertTrue(block > text.indexOf("进展概览"), text);
        assertTrue(text.substring(block).matches("(?s).*仍在进行:\\n.*close-to-open一致性场景下元数据性能优化（第 3 次） #2387 <" + PR_2387 + ">.*"), text);
        String html = mail.text("text/html");
        int htmlBlock = html.indexOf("自上次会议（2023-05-18）以来");
        assertTrue(htmlBlock > 0, html);
        String since = html.substring(htmlBlock);
        assertTrue(since.contains("href=\"" + PR_2387 + "\"") && since.contains("（第 3 次）") && since.contains("href=\"" + PR_1988 + "\""), since);

        CliRun off = CliRun.of("mail", JUNE.toString(), "--resource-root", CURVE.toString(), "-o", dir.resolve("off.eml").toString(),
                "--no-since-last");
        assertEquals(0, off.exitCode(), off.err());
        assertFalse(Files.readString(dir.resolve("off.eml")).contains("2023-05-18"));
    }

    @Test
    void aServedPageShowsTheBlockAndFollowsAnEditOfTheMeetingBefore() throws Exception {
        Path notes = series(dir.resolve("notes"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (PreviewServer server = PreviewServer.start(notes, 0, List.of(), (line, failure) -> { })) {
            java.net.http.HttpRequest page = java.net.http.HttpRequest.newBuilder(server.address().resolve("/2026-03-30.md")).build();
            String before = http.send(page, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(before.contains(BLOCK) && before.contains("Faster compaction <a class=\"ref\" href=\"https://github.com/example/store/pull/101\">#101</a>") && before.contains("(3rd meeting)"), before);
            // the meeting before no longer mentions #101: it is new again, not at its third meeting
            Files.writeString(notes.resolve("2026-03-16.md"), "# Storage sync 2026-03-16\n\n## Work\n\n"
                    + "- Upload retry budget [#102](https://github.com/example/store/pull/102) (in progress)\n");
            String after = http.send(page, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(after.contains(BLOCK) && !after.contains("(3rd meeting)") && !after.contains("Dropped without a word"), after);
        }
    }

    @Test
    void watchRendersTheNextMeetingAgainWhenTheOneBeforeIsSaved() throws Exception {
        Path notes = series(dir.resolve("notes"));
        Path june = notes.resolve("2026-03-30.html");
        try (RunningCommand watch = RunningCommand.start("watch", notes.toString(), "-f", "html")) {
            watch.awaitErr(e -> e.contains("watching 3 notes"), java.time.Duration.ofSeconds(90), "the first render");
            assertTrue(Files.readString(june).contains("(3rd meeting)"));
            Files.writeString(notes.resolve("2026-03-16.md"), "# Storage sync 2026-03-16\n\n## Work\n\n"
                    + "- Upload retry budget [#102](https://github.com/example/store/pull/102) (in progress)\n");
            watch.awaitErr(e -> e.lines().filter(l -> l.contains("2026-03-30.md -> ")).count() == 2, java.time.Duration.ofSeconds(90),
                    "the note after the saved one rendered again");
            assertFalse(Files.readString(june).contains("(3rd meeting)"), "#101 is new again: the meeting before does not mention it");
            assertEquals(0, watch.stop());
        }
    }

    /** A series of three meetings in our own words: one item done, one open throughout, one new, one dropped. */
    static Path series(Path folder) throws Exception {
        Files.createDirectories(folder);
        String repo = "https://github.com/example/store/";
        for (String date : List.of("2026-03-02", "2026-03-16")) {
            Files.writeString(folder.resolve(date + ".md"), """
                    # Storage sync %2$s

                    ## Work

                    - Faster compaction [#101](%1$spull/101) (in review)
                    - Upload retry budget [#102](%1$spull/102) (in progress)
                    - Quota report [#104](%1$sissues/104) (in progress)
                    """.formatted(repo, date));
        }
        Files.writeString(folder.resolve("2026-03-30.md"), """
                # Storage sync 2026-03-30

                ## Work

                - Faster compaction [#101](%1$spull/101) (in review)
                - Upload retry budget [#102](%1$spull/102) (merged)
                - Snapshot export [#103](%1$spull/103) (in progress)
                """.formatted(repo));
        return folder;
    }

    private CliRun render(Path note, String... more) {
        List<String> args = new ArrayList<>(List.of("render", note.toString(), "--resource-root", CURVE.getParent().toString(),
                "-o", dir + "/"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String pageText(PDDocument pdf) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    private static List<String> headings(String since) {
        return since.lines().map(String::strip).filter(l -> List.of("Done since last time", "Still open", "New this time",
                "Dropped without a word").contains(l)).toList();
    }

    private static List<String> links(PDPage page) throws Exception {
        List<String> uris = new ArrayList<>();
        for (var annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                uris.add(uri.getURI());
            }
        }
        return uris;
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().strip().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> hyperlinks(XWPFDocument doc, XWPFParagraph p) {
        List<String> out = new ArrayList<>();
        for (var run : p.getRuns()) {
            if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(doc) != null) {
                out.add(link.getHyperlink(doc).getURL());
            }
        }
        return out;
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        return p.getStyle() == null ? "" : doc.getStyles().getStyle(p.getStyle()).getName();
    }
}
