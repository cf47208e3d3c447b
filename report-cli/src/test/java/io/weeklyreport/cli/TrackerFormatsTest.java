package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker (`track FOLDER -f pdf,docx,pptx,html,json`) of both corpora, read back as a person or a program
 * would: the rows of #2387 and PoolSet #1988 with their statuses in the PDF's text, the DOCX's table and the PPTX's
 * slide tables; a native chart part in DOCX and PPTX with one series per status and the counts of a known meeting;
 * LibreOffice opening that chart as a chart (not a picture); the same on nodejs-tsc, whose issue numbers recur
 * under each repository.
 */
class TrackerFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final Map<String, String> ZH = Map.of("已完成", "done", "评审中", "in-review", "进行中", "in-progress",
            "计划中", "planned", "受阻", "blocked", "未标状态", "none");
    private static final Map<String, String> EN = Map.of("Done", "done", "In review", "in-review", "In progress", "in-progress",
            "Planned", "planned", "Blocked", "blocked", "No status", "none");

    @TempDir
    static Path out;

    static Path curve;
    static Path nodejs;

    @BeforeAll
    static void renderBothTrackers() {
        curve = out.resolve("curve");
        nodejs = out.resolve("nodejs");
        for (var e : Map.of("curve-double-week", curve, "nodejs-tsc", nodejs).entrySet()) {
            CliRun run = CliRun.of("track", CliRun.corpus().resolve(e.getKey()).toString(), "-o", e.getValue() + "/",
                    "-f", "pdf,docx,pptx,html,json");
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void curvePdfShowsTheRowsOf2387And1988WithTheirStatuses() throws IOException {
        String pdf = oneLine(pdfText(curve.resolve("tracker.pdf")));
        assertTrue(pdf.startsWith("curve-double-week 2022-01-06 – 2023-08-24 · 37 次会议"), pdf.substring(0, 80));
        String pr = around(pdf, "#2387");
        assertTrue(pr.contains("04/27 评审中 05/18 评审中 06/01 评审中"), pr);
        assertTrue(pr.contains("2023-04-27 2023-06-01"), pr);
        assertTrue(pr.contains("停滞"), "stalled and marked: " + pr);
        String poolSet = around(pdf, "#1988");
        assertTrue(poolSet.contains("04/27 进行中") && poolSet.contains("06/01 评审中"), poolSet);
        assertTrue(pdf.indexOf("#2387") < pdf.indexOf("#1988"), "stalled rows (#2387) come first");
    }

    @Test
    void curveDocxTableHasTheRowsWithAHeaderRepeatedOnEveryPage() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(curve.resolve("tracker.docx")))) {
            XWPFTable table = doc.getTables().getFirst();
            assertTrue(table.getRow(0).isRepeatHeader(), "the header row repeats on every page");
            assertEquals(List.of("事项", "负责人", "首次出现", "最近出现", "每次会议的状态", "未完成次数"), cells(table.getRow(0)));
            List<String> pr = docxRow(table, "#2387");
            assertEquals(List.of("04/27 评审中", "05/18 评审中", "06/01 评审中"), steps(pr.get(4)));
            assertEquals(List.of("2023-04-27", "2023-06-01", "3"), List.of(pr.get(2), pr.get(3), pr.get(5)));
            assertTrue(pr.getFirst().startsWith("停滞"), pr.getFirst());
            List<String> poolSet = steps(docxRow(table, "#1988").get(4));
            assertEquals("04/27 进行中", poolSet.getFirst());
            assertEquals("06/01 评审中", poolSet.getLast());
        }
    }

    @Test
    void curvePptxSlidesHaveTheRowsAndTheTitles() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(curve.resolve("tracker.pptx")))) {
            List<List<String>> rows = pptxRows(deck);
            List<String> pr = find(rows, "#2387");
            assertEquals(List.of("04/27 评审中", "05/18 评审中", "06/01 评审中"), steps(pr.get(4)));
            List<String> poolSet = steps(find(rows, "#1988").get(4));
            assertEquals("04/27 进行中", poolSet.getFirst());
            assertEquals("06/01 评审中", poolSet.getLast());
            int slides = deck.getSlides().size();
            assertTrue(slides > 3, "the rows are spread over several slides: " + slides);
            assertEquals("curve-double-week（续 2/" + (slides - 1) + "）", title(deck.getSlides().get(2)));
            JsonNode tracker = JSON.readTree(curve.resolve("tracker.json").toFile());
            assertEquals(tracker.get("items").size(), rows.size() - (slides - 1), "every row once (less one header row a slide)");
        }
    }

    @Test
    void curveChartsHaveOneSeriesPerStatusAndTheCountsOfAMeeting() throws Exception {
        JsonNode tracker = JSON.readTree(curve.resolve("tracker.json").toFile());
        for (String part : List.of("word/charts/", "ppt/charts/")) {
            Path file = curve.resolve(part.startsWith("word") ? "tracker.docx" : "tracker.pptx");
            Map<String, Map<String, Integer>> chart = chartSeries(file, part, ZH);
            assertEquals(statusesPresent(tracker), List.copyOf(chart.keySet()), part + ": one series per status, in order");
            assertEquals(countsAt(tracker, "2023-05-18"), at(chart, "2023-05-18"), part + ": the counts of 2023-05-18");
            assertEquals(37, chart.values().iterator().next().size(), "a column per meeting");
            assertTrue(zipText(file, part + "chart1.xml").contains("<c:grouping val=\"stacked\"/>"), "stacked columns");
        }
    }

    @Test
    void libreOfficeOpensTheChartsAsCharts() throws Exception {
        Path soffice = PptxLibreOfficeTest.findSoffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH: the chart check is skipped; install libreoffice to run it");
        for (Path folder : List.of(curve, nodejs)) {
            for (var e : Map.of("tracker.pptx", "odp", "tracker.docx", "odt").entrySet()) {
                Path converted = convert(soffice, folder.resolve(e.getKey()), e.getValue());
                String content = zipText(converted, "content.xml");
                assertTrue(content.contains("<draw:object"), converted + " has an embedded object");
                List<String> charts = new ArrayList<>();
                try (ZipFile zip = new ZipFile(converted.toFile())) {
                    for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                        ZipEntry entry = en.nextElement();
                        if (entry.getName().matches("Object \\d+/content.xml")
                                && new String(zip.getInputStream(entry).readAllBytes()).contains("<chart:chart")) {
                            charts.add(entry.getName());
                        }
                    }
                }
                assertEquals(1, charts.size(), converted + ": one chart object, not a picture: " + charts);
            }
        }
    }

    /** Word and PowerPoint are stricter than LibreOffice: every XML part of the trackers is valid ECMA-376. */
    @Test
    void everyPartOfTheTrackersIsValidOfficeXml() throws Exception {
        List<String> problems = new ArrayList<>();
        int parts = 0;
        for (Path folder : List.of(curve, nodejs)) {
            for (String file : List.of("tracker.docx", "tracker.pptx")) {
                parts += OfficeSchemaTest.validate(folder.getFileName() + "/" + file, Files.readAllBytes(folder.resolve(file)), problems);
            }
        }
        assertTrue(parts > 20, "the parts of both trackers, charts included: " + parts);
        // each kind of violation once, with how often: the same message for every row helps nobody
        Map<String, Integer> kinds = new LinkedHashMap<>();
        problems.forEach(p -> kinds.merge(p.replaceAll(":\\d+: ", ": "), 1, Integer::sum));
        assertEquals(Map.of(), kinds);
    }

    @Test
    void noWordFallsOffAPageOrASlide() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path folder : List.of(curve, nodejs)) {
            PptxLibreOfficeTest.Drawn pdf = PptxLibreOfficeTest.drawn(folder.resolve("tracker.pdf"));
            if (!pdf.outside().isEmpty()) {
                problems.add(folder.getFileName() + " PDF: " + pdf.outside());
            }
            Path soffice = PptxLibreOfficeTest.findSoffice();
            if (soffice == null) {
                continue;
            }
            for (String file : List.of("tracker.pptx", "tracker.docx")) {
                Path drawnByLibreOffice = convert(soffice, folder.resolve(file), "pdf");
                PptxLibreOfficeTest.Drawn drawn = PptxLibreOfficeTest.drawn(drawnByLibreOffice);
                if (!drawn.outside().isEmpty()) {
                    problems.add(folder.getFileName() + " " + file + ": " + drawn.outside());
                }
                assertTrue(oneLine(drawn.inside()).replace(" ", "").contains(folder == curve ? "#2387" : "#1614"),
                        file + " as LibreOffice draws it shows the rows");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void nodejsTrackerNamesTheRepositoryOfEachNumber() throws Exception {
        JsonNode tracker = JSON.readTree(nodejs.resolve("tracker.json").toFile());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(nodejs.resolve("tracker.docx")));
             XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(nodejs.resolve("tracker.pptx")))) {
            List<String> docxCi = docxRow(doc.getTables().getFirst(), "CI situation");
            List<String> pptxCi = find(pptxRows(deck), "CI situation");
            String pdf = oneLine(pdfText(nodejs.resolve("tracker.pdf")));
            for (List<String> ci : List.of(docxCi, pptxCi)) {
                // nodejs/TSC is the series' usual repository: its numbers are written as the notes write them,
                // the same number of nodejs/node names its repository
                assertTrue(ci.getFirst().contains("#1614 node#59004"), ci.getFirst());
                List<String> steps = steps(ci.get(4));
                assertEquals("01/08 mentioned", steps.getFirst());
                assertEquals("10/15 Planned", steps.getLast());
                assertTrue(steps.size() >= 10, steps.toString());
                assertEquals(List.of("2025-01-08", "2025-10-15"), List.of(ci.get(2), ci.get(3)));
            }
            String ciRow = pdf.substring(pdf.indexOf("#1614 node#59004"), pdf.indexOf("#1614 node#59004") + 700);
            assertTrue(ciRow.contains("10/15 Planned"), ciRow);
            List<String> charter = docxRow(doc.getTables().getFirst(), "#1650");
            assertEquals(List.of("01/08 mentioned", "01/22 mentioned", "01/29 Done"), steps(charter.get(4)));
            for (String part : List.of("word/charts/", "ppt/charts/")) {
                Path file = nodejs.resolve(part.startsWith("word") ? "tracker.docx" : "tracker.pptx");
                Map<String, Map<String, Integer>> chart = chartSeries(file, part, EN);
                assertEquals(statusesPresent(tracker), List.copyOf(chart.keySet()), part);
                assertEquals(countsAt(tracker, "2025-10-15"), at(chart, "2025-10-15"), part);
            }
        }
    }

    @Test
    void theHtmlPageCarriesTheSameRowsAndAVectorChart() throws IOException {
        String html = Files.readString(curve.resolve("tracker.html"));
        assertTrue(html.contains("<td class=\"bar\""), "the chart is boxes, not a picture");
        assertFalse(html.contains("<img"), "no bitmap");
        assertTrue(html.contains("#2387"), "the row of #2387");
    }

    /**
     * A series of my own that shows each hard case at once: 45 meetings (wider than any page has columns), an item
     * at every one of them with a title of 300 characters, one that skips three meetings and comes back done, the
     * same issue number in two repositories, and enough rows for several pages and slides.
     */
    @Test
    void aWideLongSeriesFitsEveryPageAndSlide(@TempDir Path work) throws Exception {
        Path notes = Files.createDirectories(work.resolve("sync"));
        java.time.LocalDate first = java.time.LocalDate.of(2024, 1, 4);
        String engine = "https://github.com/acme/engine";
        String longTitle = "Rewrite of the storage engine: the write-ahead log, the compaction scheduler and the block cache "
                + "move behind one interface so that the replication layer stops reaching into their internals, "
                + "which also lets us test each of them alone and replace the cache policy later without touching the log ";
        for (int m = 0; m < 45; m++) {
            java.time.LocalDate date = first.plusWeeks(m);
            StringBuilder note = new StringBuilder("# Weekly sync " + date + "\n\n## Updates\n\n");
            note.append("- [WIP] ").append(longTitle).append(engine).append("/pull/101\n");
            if (m < 2) {
                note.append("- [WIP] Flaky test triage ").append(engine).append("/issues/202\n");
            } else if (m == 5) {
                note.append("- Flaky test triage ").append(engine).append("/issues/202 ✅\n");
            }
            note.append("- TODO: Release tooling cleanup https://github.com/acme/tools/issues/202\n");
            note.append("- [WIP] One-off task number ").append(m).append(" ").append(engine).append("/pull/").append(1000 + m).append("\n");
            note.append("- [WIP] Another one-off, ").append(m).append(" ").append(engine).append("/pull/").append(2000 + m).append("\n");
            Files.writeString(notes.resolve(date + ".md"), note);
        }
        Path outDir = work.resolve("out");
        CliRun run = CliRun.of("track", notes.toString(), "-o", outDir + "/", "-f", "pdf,docx,pptx");
        assertEquals(0, run.exitCode(), run.err());

        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(outDir.resolve("tracker.docx")));
             XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(outDir.resolve("tracker.pptx")))) {
            for (List<List<String>> rows : List.of(docxRows(doc.getTables().getFirst()), pptxRows(deck))) {
                List<String> rewrite = find(rows, "#101");
                assertTrue(rewrite.getFirst().startsWith("Stalled [WIP] Rewrite of the storage engine"), rewrite.getFirst());
                assertTrue(rewrite.getFirst().contains("…") && rewrite.getFirst().length() < 160, "a long title is cut: " + rewrite.getFirst());
                assertEquals(45, steps(rewrite.get(4)).size(), "a step for each of its 45 meetings");
                assertEquals("11/07 In progress", steps(rewrite.get(4)).getLast());
                assertEquals(List.of("01/04 In progress", "01/11 In progress", "— ×3", "02/08 Done"), steps(find(rows, "Flaky").get(4)));
                assertTrue(find(rows, "Flaky").getFirst().matches(".* #202\\b.*") && !find(rows, "Flaky").getFirst().contains("tools#"), "#202 of the usual repository, as written: " + find(rows, "Flaky").getFirst());
                assertTrue(find(rows, "Release tooling").getFirst().endsWith("tools#202"), "the other #202 names its repository: " + find(rows, "Release tooling").getFirst());
            }
            assertTrue(deck.getSlides().size() >= 5, "rows continue over slides: " + deck.getSlides().size());
        }
        List<String> off = new ArrayList<>(PptxLibreOfficeTest.drawn(outDir.resolve("tracker.pdf")).outside());
        Path soffice = PptxLibreOfficeTest.findSoffice();
        if (soffice != null) {
            for (String file : List.of("tracker.pptx", "tracker.docx")) {
                off.addAll(PptxLibreOfficeTest.drawn(convert(soffice, outDir.resolve(file), "pdf")).outside());
            }
        }
        assertEquals(List.of(), off, "no word off a page or slide");
    }

    /** A team's accent (weekly-report.yaml colors:) reaches the tracker's reference chips in every format, as in the report. */
    @Test
    void theTeamsAccentColoursTheReferencesInEveryFormat(@TempDir Path work) throws Exception {
        Path notes = Files.createDirectories(work.resolve("sync"));
        Files.writeString(notes.resolve("weekly-report.yaml"), "colors: {accent: \"#8a1538\"}\n");
        for (String date : List.of("2024-01-04", "2024-01-11")) {
            Files.writeString(notes.resolve(date + ".md"), "# Weekly sync " + date
                    + "\n\n## Updates\n\n- [WIP] Storage engine ([the PR](https://github.com/acme/engine/pull/101))\n");
        }
        Path outDir = work.resolve("out");
        CliRun run = CliRun.of("track", notes.toString(), "-o", outDir + "/", "-f", "docx,pptx,html");
        assertEquals(0, run.exitCode(), run.err());

        String html = Files.readString(outDir.resolve("tracker.html"));
        assertTrue(html.contains("span.ref { color: #8a1538;"), "the page's reference chips");
        assertTrue(html.contains(".title-block { border-bottom-color: #8a1538; }"), "the rule under the title");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(outDir.resolve("tracker.docx")));
             XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(outDir.resolve("tracker.pptx")))) {
            var docxRef = doc.getTables().getFirst().getRows().stream().flatMap(r -> r.getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text().replace('\u00a0', ' ').strip().equals("#101")).findFirst().orElseThrow();
            assertEquals("8A1538", docxRef.getColor(), "the DOCX's reference chip");
            var pptxRef = deck.getSlides().stream().flatMap(sl -> sl.getShapes().stream())
                    .filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTable)
                    .flatMap(t -> ((org.apache.poi.xslf.usermodel.XSLFTable) t).getRows().stream())
                    .flatMap(r -> r.getCells().stream()).flatMap(c -> c.getTextParagraphs().stream())
                    .flatMap(p -> p.getTextRuns().stream()).filter(r -> r.getRawText().replace('\u00a0', ' ').strip().equals("#101"))
                    .findFirst().orElseThrow();
            assertEquals(new java.awt.Color(0x8a1538),
                    ((org.apache.poi.sl.usermodel.PaintStyle.SolidPaint) pptxRef.getFontColor()).getSolidColor().getColor(),
                    "the deck's reference");
        }
    }

    // ---- reading the outputs back

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text from a little before a row's reference to a little after: the row's cells as PDF text reads them. */
    private static String around(String text, String anchor) {
        int i = text.indexOf(anchor);
        assertTrue(i >= 0, "no " + anchor);
        return text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 160));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(TrackerFormatsTest::plain).toList();
    }

    private static List<String> docxRow(XWPFTable table, String needle) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = cells(row);
            if (cells.getFirst().contains(needle)) {
                return cells;
            }
        }
        throw new AssertionError("no row with " + needle);
    }

    private static List<List<String>> docxRows(XWPFTable table) {
        return table.getRows().stream().map(TrackerFormatsTest::cells).toList();
    }

    private static List<List<String>> pptxRows(XMLSlideShow deck) {
        List<List<String>> rows = new ArrayList<>();
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTable table) {
                    for (XSLFTableRow row : table.getRows()) {
                        rows.add(row.getCells().stream().map(XSLFTableCell::getText).map(TrackerFormatsTest::plain).toList());
                    }
                }
            }
        }
        return rows;
    }

    private static String title(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s instanceof XSLFTextShape).map(s -> ((XSLFTextShape) s).getText())
                .findFirst().orElse("");
    }

    private static List<String> find(List<List<String>> rows, String needle) {
        return rows.stream().filter(r -> r.getFirst().contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + needle));
    }

    /** Chips and dates are joined by no-break spaces: read as a person reads them. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** "04/27 评审中 05/18 评审中" as its steps; dashes (meetings not mentioning the item) are steps of their own. */
    private static List<String> steps(String cell) {
        List<String> steps = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d\\d/\\d\\d) (.+?)(?= \\d\\d/\\d\\d | — |$)|— ?(×\\d+)?")
                .matcher(cell);
        while (m.find()) {
            steps.add(m.group().strip());
        }
        return steps;
    }

    // ---- the charts' parts

    /** Per series (by status CSS name, in order): the value at each category (a meeting's date). */
    private static Map<String, Map<String, Integer>> chartSeries(Path file, String folder, Map<String, String> labels)
            throws Exception {
        Document xml = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(zipText(file, folder + "chart1.xml").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, Map<String, Integer>> series = new LinkedHashMap<>();
        NodeList sers = xml.getElementsByTagNameNS(C, "ser");
        for (int i = 0; i < sers.getLength(); i++) {
            Element ser = (Element) sers.item(i);
            String name = text((Element) ser.getElementsByTagNameNS(C, "tx").item(0));
            List<String> categories = points((Element) ser.getElementsByTagNameNS(C, "cat").item(0));
            List<String> values = points((Element) ser.getElementsByTagNameNS(C, "val").item(0));
            Map<String, Integer> byDate = new LinkedHashMap<>();
            for (int k = 0; k < categories.size(); k++) {
                byDate.put(categories.get(k), (int) Double.parseDouble(values.get(k)));
            }
            assertTrue(labels.containsKey(name), "series named by its status label: " + name);
            series.put(labels.get(name), byDate);
        }
        return series;
    }

    private static List<String> points(Element parent) {
        List<String> values = new ArrayList<>();
        NodeList pts = parent.getElementsByTagNameNS(C, "pt");
        for (int i = 0; i < pts.getLength(); i++) {
            values.add(text((Element) pts.item(i)));
        }
        return values;
    }

    private static String text(Element e) {
        return e.getElementsByTagNameNS(C, "v").item(0).getTextContent();
    }

    private static Map<String, Integer> at(Map<String, Map<String, Integer>> chart, String date) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        chart.forEach((status, values) -> counts.put(status, values.get(date)));
        return counts;
    }

    private static List<String> statusesPresent(JsonNode tracker) {
        List<String> present = new ArrayList<>();
        for (String status : List.of("done", "in-review", "in-progress", "planned", "blocked", "none")) {
            for (JsonNode meeting : tracker.get("statusCounts")) {
                if (meeting.path(status).asInt() > 0 && !present.contains(status)) {
                    present.add(status);
                }
            }
        }
        return present;
    }

    private static Map<String, Integer> countsAt(JsonNode tracker, String date) {
        for (JsonNode meeting : tracker.get("statusCounts")) {
            if (meeting.get("date").asText().equals(date)) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                statusesPresent(tracker).forEach(s -> counts.put(s, meeting.path(s).asInt()));
                return counts;
            }
        }
        throw new AssertionError("no meeting " + date);
    }

    private static String zipText(Path file, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            assertTrue(e != null, file.getFileName() + " has " + entry);
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    private static Path convert(Path soffice, Path file, String format) throws Exception {
        Path dir = Files.createDirectories(out.resolve("lo-" + format + "-" + file.getParent().getFileName()));
        Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + out.resolve("lo-profile").toUri(), "--convert-to", format, "--outdir", dir.toString(),
                file.toString()).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice finished in time");
        Path converted = dir.resolve(file.getFileName().toString().replaceFirst("\\.\\w+$", "." + format));
        assertTrue(Files.isRegularFile(converted), "LibreOffice converted " + file + ": " + Files.readString(out.resolve("soffice.log")));
        return converted;
    }
}
