package io.weeklyreport.parser;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notes written to break a Markdown reader: each parses (quickly, the fuzz test's timeout watches that),
 * keeps its words visible, and says what it changed in a warning that names the line.
 */
class HostileMarkdownTest {
    @TempDir
    Path dir;

    private static Report parse(String markdown) {
        return ReportParser.parse(markdown, "hostile.md", null);
    }

    private static Diagnostic finding(Report report, String code) {
        return report.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + code + "' in " + report.diagnostics()));
    }

    private static List<Image> images(Report report) {
        return Stream.concat(report.preamble().stream(), report.allSections().stream().flatMap(s -> s.blocks().stream()))
                .filter(Image.class::isInstance).map(Image.class::cast).toList();
    }

    private static String text(Report report) {
        return ModelShape.of(report).text();
    }

    @Test
    void anOpenLinkLabelFullOfBackslashesIsText() {
        Report report = parse("[a" + "\\".repeat(44) + "b");
        assertTrue(text(report).contains("[a" + "\\".repeat(22) + "b"), text(report));
    }

    @Test
    void anOpenLinkLabelFullOfEscapesIsText() {
        Report report = parse("- see [the plan" + "\\*".repeat(40) + " later\n");
        assertTrue(text(report).contains("[the plan" + "*".repeat(40) + " later"), text(report));
    }

    @Test
    void aRunOfSpacesIsOneSpaceAndCodeKeepsItsOwn() {
        Report report = parse("- item" + " ".repeat(100_000) + "end\t\tand `a   b`\n");
        assertTrue(text(report).contains("item end and"), text(report).length() + " characters");
        assertTrue(report.toString().contains("a   b"), "code keeps its spaces");
    }

    @Test
    void aTableWiderThanAnyPageIsItsRowsAsText() {
        Report wide = parse("# T\n\n" + "|h".repeat(2_000) + "|\n" + "|-".repeat(2_000) + "|\n" + "|v".repeat(2_000) + "|\n");
        assertTrue(finding(wide, "table-too-wide").message().contains("2000 columns"), wide.diagnostics().toString());
        assertFalse(wide.toString().contains("Table["), "no table block");
        assertTrue(text(wide).contains("h | h | h") && text(wide).contains("v | v | v"), "every cell's text is kept");
        Report normal = parse("# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(normal.toString().contains("Table["), "a table of two columns stays a table");
    }

    @Test
    void linkLabelsStillWork() {
        Report report = parse("[one \\] two][r] and [three](https://example.org/3)\n\n[r]: https://example.org/r\n");
        assertTrue(report.toString().contains("https://example.org/r"), report.toString());
        assertTrue(report.toString().contains("https://example.org/3"), report.toString());
        assertTrue(text(report).contains("one ] two"), text(report));
    }

    @Test
    void linkTitlesAreReadAsFlexmarkReadsThem() {
        var stock = com.vladsch.flexmark.parser.Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet()).build();
        var html = com.vladsch.flexmark.html.HtmlRenderer.builder().build();
        var ours = ReportParser.flexmark();
        for (String md : List.of("[a](b \"t\")", "[a](b 't')", "[a](b (t))", "[a](b \"t \\\" q\")", "[a](b \"a\\\")",
                "[a](b \"t)", "[a](b (t\\) u))", "[a](<b> \"t\") x \"y\"", "[r]\n\n[r]: /u \"t\"")) {
            assertEquals(html.render(stock.parse(md)), html.render(ours.parse(md)), md);
        }
    }

    @Test
    void aVeryLongLinkTitleIsReadInOnePass() {
        Report report = parse("[a](https://example.org/b \"" + "x".repeat(200_000) + "\") and more\n");
        assertTrue(report.toString().contains("https://example.org/b"), "still a link");
        assertTrue(text(report).contains("and more"), text(report));
    }

    @Test
    void aLongRunOfSchemeCharactersIsKeptAsWrittenAndBareUrlsStillLink() {
        String run = "x.".repeat(25_000);
        Report report = parse("- " + run + "\n- see https://example.org/a for more\n");
        assertTrue(text(report).contains(run), "kept as written");
        assertTrue(report.toString().contains("url=https://example.org/a"), "a bare URL is still a link: " + report);
    }

    @Test
    void aLabelLongerThanCommonMarksLimitIsNoLabel() {
        String label = "x".repeat(Limits.LINK_LABEL_CHARS + 1);
        Report report = parse("[foo][" + label + "]\n\n[" + label + "]: https://example.org/r\n");
        assertTrue(text(report).contains("[foo][" + label + "]"), "shown as written");
        assertTrue(!report.preamble().getFirst().toString().contains("Link["), "no link");
    }

    @Test
    void tenThousandListLevelsAreFlattenedWithAWarning() {
        Report report = parse("# Notes\n\n" + "- ".repeat(10_000) + "deepest item\n");
        assertEquals(Limits.READABLE_DEPTH, ModelShape.of(report).blockDepth());
        assertTrue(text(report).contains("deepest item"));
        Diagnostic d = finding(report, "deep-nesting");
        assertEquals(3, d.line());
        assertTrue(d.message().contains("10000 levels"), d.message());
    }

    @Test
    void fiveThousandQuotesAreFlattenedWithAWarning() {
        Report report = parse(">".repeat(5_000) + " deepest quote\n");
        assertEquals(Limits.READABLE_DEPTH, ModelShape.of(report).blockDepth());
        assertTrue(text(report).contains("deepest quote"));
        assertEquals(1, finding(report, "deep-nesting").line());
    }

    @Test
    void deepIndentedListsAreFlattenedKeepingEveryItemAndStatus() {
        StringBuilder note = new StringBuilder("# Notes\n\n");
        for (int i = 0; i < 40; i++) {
            note.append("  ".repeat(i)).append("- level ").append(i).append(i == 39 ? " 已合入" : "").append('\n');
        }
        Report report = parse(note.toString());
        ModelShape shape = ModelShape.of(report);
        assertTrue(shape.blockDepth() <= Limits.READABLE_DEPTH + 1, "depth " + shape.blockDepth());
        for (int i = 0; i < 40; i++) {
            assertTrue(shape.text().contains("level " + i), "level " + i);
        }
        assertTrue(report.allItems().stream().anyMatch(item -> item.plainText().startsWith("level 39")
                && item.status().isKnown()), "the deepest item keeps its status");
        assertEquals(3 + Limits.READABLE_DEPTH, finding(report, "deep-nesting").line());
    }

    @Test
    void deeplyNestedEmphasisIsFlattenedToText() {
        Report report = parse("*a ".repeat(3_000) + "middle" + " b*".repeat(3_000) + "\n");
        assertTrue(ModelShape.of(report).inlineDepth() <= Limits.INLINE_DEPTH + 1);
        assertTrue(text(report).contains("middle"));
        assertEquals(1, finding(report, "deep-nesting").line());
    }

    @Test
    void aHeadingKeptAsBoldTextCountsItsBoldLevelTowardsTheDepth() {
        // Found by fuzzing: a heading inside a quote is shown as bold text, one level more than the emphasis in it.
        Report report = parse("> ## " + "~~a ".repeat(40) + "middle" + " b~~".repeat(40) + "\n");
        assertTrue(ModelShape.of(report).inlineDepth() <= Limits.INLINE_DEPTH + 1,
                () -> "inlines nested " + ModelShape.of(report).inlineDepth() + " deep");
        assertTrue(text(report).contains("middle"));
        assertEquals(1, finding(report, "deep-nesting").line());
    }

    @Test
    void controlCharactersBecomeReplacementCharactersWithAWarningPerLine() {
        Report report = parse("# Week\n\n- item\u0001 one\u0002\n- plain\n- \u001b[31mred\n");
        assertTrue(ModelShape.of(report).refusedCharacter() < 0);
        assertTrue(text(report).contains("item\uFFFD one\uFFFD"), text(report));
        List<Integer> lines = report.diagnostics().stream().filter(d -> d.code().equals("control-character"))
                .map(Diagnostic::line).toList();
        assertEquals(List.of(3, 5), lines);
        assertTrue(finding(report, "control-character").message().contains("U+0001"));
    }

    @Test
    void manyRepeatedFindingsAreSummedUp() {
        Report report = parse("x\u0001\n".repeat(500));
        long told = report.diagnostics().stream().filter(d -> d.code().equals("control-character")).count();
        assertEquals(Limits.FINDINGS_PER_CODE + 1, told);
        assertTrue(report.diagnostics().stream().anyMatch(d -> d.message().startsWith("480 more like this")));
    }

    @Test
    void invalidFrontMatterYamlIsAWarningAtItsLine() {
        Report report = parse("---\ntitle: Weekly\ntags: [one, two\nowner: me\n---\n\n# Weekly\n\n- item\n");
        Diagnostic d = finding(report, "front-matter-yaml");
        assertTrue(d.line() >= 3 && d.line() <= 5, d.toString());
        assertTrue(d.message().contains("not valid YAML"), d.message());
        assertEquals("Weekly", report.metadata().title());
    }

    @Test
    void validFrontMatterGivesNoWarning() {
        Report report = parse("---\ntitle: Weekly\ndate: 2024-03-04\ntags: [a, b]\n---\n\n- item\n");
        assertTrue(report.diagnostics().stream().noneMatch(d -> d.code().equals("front-matter-yaml")), report.diagnostics().toString());
    }

    @Test
    void referenceStyleImagesAreImages() throws Exception {
        Files.write(dir.resolve("team.png"), new byte[] {1});
        Report report = ReportParser.parse("# Pictures\n\n![the team][photo]\n\n![gone][nowhere]\n\n![photo]\n\n[photo]: team.png\n",
                "n.md", dir);
        List<Image> images = images(report);
        assertEquals(2, images.size(), images.toString());
        assertEquals("the team", images.getFirst().alt());
        assertEquals(dir.resolve("team.png").toRealPath().toString(), images.getFirst().file());
        assertTrue(text(report).contains("![gone][nowhere]"), "an undefined reference stays text");
    }

    @Test
    void svgImagesAreRecorded() throws Exception {
        Files.writeString(dir.resolve("plan.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Report report = ReportParser.parse("# Drawings\n\n![plan](plan.svg)\n\n<img src=\"plan.svg\" alt=\"again\">\n", "n.md", dir);
        List<Image> images = images(report);
        assertEquals(2, images.size());
        images.forEach(i -> assertNotNull(i.file(), i.toString()));
    }

    private Image onlyImage(Path note) throws Exception {
        return images(new ReportParser(ParserOptions.defaults()).read(note)).getFirst();
    }

    /** notes/n.md showing {@code link} as an image, where notes/{@code link} is a symbolic link to {@code target}. */
    private Path noteWithLink(String link, Path target) throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.createSymbolicLink(notes.resolve(link), target);
        return Files.writeString(notes.resolve("n.md"), "# N\n\n![" + link + "](" + link + ")\n");
    }

    @Test
    void aSymbolicLinkToAFileOutsideIsThePlaceholderWithAWarning() throws Exception {
        Path outside = Files.write(Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.png"), new byte[] {1});
        Path note = noteWithLink("o.png", outside);
        assertNull(onlyImage(note).file());
        Report report = new ReportParser(ParserOptions.defaults()).read(note);
        Diagnostic d = finding(report, "image-outside-folder");
        assertEquals(3, d.line());
        assertTrue(d.message().contains("symbolic link"), d.message());
    }

    @Test
    void aSymbolicLinkToAFolderOutsideIsThePlaceholderToo() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("x.png"), new byte[] {1});
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.createSymbolicLink(notes.resolve("pics"), outside);
        Path note = Files.writeString(notes.resolve("n.md"), "# N\n\n<img src=\"pics/x.png\">\n");
        assertNull(onlyImage(note).file());
    }

    @Test
    void aSymbolicLinkInsideTheFolderIsReadByItsRealPath() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path real = Files.write(Files.createDirectories(notes.resolve("img")).resolve("real.png"), new byte[] {1});
        Files.createSymbolicLink(notes.resolve("alias.png"), real);
        Path note = Files.writeString(notes.resolve("n.md"), "# N\n\n![a](alias.png)\n");
        assertEquals(real.toRealPath().toString(), onlyImage(note).file());
    }

    @Test
    void aLinkOutsideIsReadWhenTheUserAllowedThatFolder() throws Exception {
        Path outside = Files.write(Files.createDirectories(dir.resolve("images")).resolve("team.png"), new byte[] {1});
        Path note = noteWithLink("t.png", outside);
        Report report = new ReportParser(ParserOptions.defaults().withResourceRoot(dir)).read(note);
        Image image = images(report).getFirst();
        assertEquals(outside.toRealPath().toString(), image.file());
    }

    @Test
    void aNoteOverTheSizeLimitIsRefusedBeforeParsing() {
        Report report = parse("x".repeat(Limits.MAX_NOTE_CHARS + 1));
        Diagnostic d = finding(report, "note-too-large");
        assertEquals(io.weeklyreport.model.Severity.ERROR, d.severity());
        assertTrue(report.sections().isEmpty() && report.preamble().isEmpty());
    }

    @Test
    void aBlockFlexmarkCannotReadIsKeptAsPlainText() {
        // A line of 300,000 "- " is a thematic-break candidate whose regular expression recurses per marker.
        String line = "* ".repeat(300_000) + "end of the line";
        Report report = parse("# Notes\n\nbefore\n\n" + line + "\n\nafter\n");
        String text = text(report);
        assertTrue(text.contains("before") && text.contains("after") && text.contains("end of the line"), text.length() + "");
    }
}
