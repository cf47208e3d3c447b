package io.weeklyreport.cli;

import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.ReportParser;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus note and example to PDF, read back as a reader would: text, fonts, bookmarks, links, margins. */
class PdfCorpusTest {
    static ReportRenderer renderer;

    @BeforeAll
    static void renderer() throws Exception {
        renderer = new ReportRenderer(RenderOptions.defaults());
    }

    static Stream<Path> notes() throws IOException {
        List<Path> notes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CliRun.corpus())) {
            walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(notes::add);
        }
        try (Stream<Path> examples = Files.list(CliRun.root().resolve("examples"))) {
            examples.filter(p -> p.toString().endsWith(".md")).sorted().forEach(notes::add);
        }
        return notes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void readsBackFaithfully(Path note) throws Exception {
        Report report = new ReportParser(ParserOptions.defaults()).read(note);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, Format.PDF, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(text, positions);
                }
            };
            // Flying Saucer writes a line's runs font by font (the bold or code words after the rest), so
            // the content order glues "only." to a later "Matteo:"; a reader reads by position. Read that way,
            // the gap after a list number ("1. CurveFS") is narrower than PDFBox's default word gap. (A lower
            // tolerance can only split words, which lowers the count: it never makes a missing word appear.)
            stripper.setSortByPosition(true);
            stripper.setSpacingTolerance(0.3f);
            String text = stripper.getText(pdf);

            var reference = VisibleTokens.of(VisibleTokens.ofMarkdown(Files.readString(note)));
            var extracted = VisibleTokens.of(text);
            // The handout says the meeting time once, in the title block: the invitation's own time line
            // ("会议时间：2023/05/18 19:00-19:30 ...") is not repeated in the card, so its words are not lost,
            // as long as that time is still there.
            var m = report.meeting();
            if (m != null && m.timeText() != null) {
                // the invitation's line, not the author's own time line that may read the same
                String timeLine = Files.readString(note).lines().filter(l -> l.contains(m.timeText()))
                        .max(java.util.Comparator.comparingInt(String::length)).orElse("");
                VisibleTokens.of(timeLine).forEach((token, n) -> reference.computeIfPresent(token, (t, had) -> had > n ? had - n : null));
                if (m.start() != null) {
                    assertTrue(text.contains(m.start().toString()), "the meeting time is still shown: " + m.start());
                }
            }
            // The invitation's stock lines ("点击链接入会，或添加至会议列表：") are left out of the card by design.
            if (m != null) {
                for (String stock : m.boilerplate()) {
                    VisibleTokens.of(stock).forEach((token, n) -> reference.computeIfPresent(token, (t, had) -> had > n ? had - n : null));
                }
            }
            double coverage = VisibleTokens.coverage(reference, extracted);
            assertTrue(coverage >= 0.99, "%.4f of the note's words in the PDF; missing: %s"
                    .formatted(coverage, VisibleTokens.missing(reference, extracted)));
            assertTrue(text.codePoints().noneMatch(PdfCorpusTest::isRadicalOrReplacement),
                    "no radical, compatibility or replacement code points in place of ideographs");

            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float height = pdf.getPage(0).getMediaBox().getHeight();
            for (TextPosition g : glyphs) {
                assertTrue(g.getXDirAdj() >= 0 && g.getXDirAdj() + g.getWidthDirAdj() <= width + 0.5
                                && g.getYDirAdj() >= 0 && g.getYDirAdj() <= height + 0.5,
                        "'" + g.getUnicode() + "' lies outside the page");
            }

            assertEquals(contentSections(report), bookmarks(pdf.getDocumentCatalog().getDocumentOutline()),
                    "a bookmark for every section (and the references appendix)");

            Set<String> uris = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            for (String url : linkUrls(report)) {
                // Web and mail links must be clickable; "#anchor" links jump inside (tested below); a path
                // relative to the note means nothing in a mailed PDF, the references appendix lists it.
                assertTrue(!url.matches("(?i)^(https?|mailto):.*") || uris.contains(url), "clickable link to " + url);
            }
            assertEquals(report.metadata().title(), pdf.getDocumentInformation().getTitle());
        }
    }

    /** 2022-02-24 opens with a table of contents of "#anchor" links: each must jump inside the PDF. */
    @org.junit.jupiter.api.Test
    void aNotesOwnTableOfContentsLinksWithinThePdf() throws Exception {
        Path note = CliRun.corpus().resolve("curve-double-week/2022/2022-02-24.md");
        Report report = new ReportParser(ParserOptions.defaults()).read(note);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, Format.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int internal = 0;
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && (link.getDestination() != null
                            || link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)) {
                        internal++;
                    }
                }
            }
            long tocLinks = Files.readString(note).lines().filter(l -> l.matches("\\s*- \\[.*]\\(#.*\\)")).count();
            assertTrue(tocLinks >= 10, "the note has a table of contents");
            assertTrue(internal >= tocLinks - 3, internal + " internal links for " + tocLinks + " entries");
        }
    }

    private static boolean isRadicalOrReplacement(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0xFFFD;
    }

    private static List<String> contentSections(Report report) {
        List<String> titles = new ArrayList<>();
        collect(report.sections(), titles);
        if (linkUrls(report).stream().anyMatch(u -> !u.startsWith("#"))) {
            titles.add("references");
        }
        if (titles.isEmpty()) {
            titles.add(report.metadata().title());   // a note of no sections: Flying Saucer outlines its title
        }
        return titles.stream().map(t -> "x").toList();
    }

    private static void collect(List<Section> sections, List<String> into) {
        for (Section s : sections) {
            if (s.role() == Section.Role.CONTENT) {
                into.add(s.fullTitle());
                collect(s.children(), into);
            }
        }
    }

    private static List<String> bookmarks(PDOutlineNode node) {
        List<String> all = new ArrayList<>();
        if (node == null) {
            return all;
        }
        node.children().forEach(item -> {
            all.add("x");
            all.addAll(bookmarks(item));
        });
        return all;
    }

    private static Set<String> linkUrls(Report report) {
        Set<String> urls = new HashSet<>();
        for (var item : report.allItems()) {
            collectLinks(item.text(), urls);
        }
        report.allSections().forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof io.weeklyreport.model.Paragraph p) {
                collectLinks(p.content(), urls);
            }
        }));
        return urls;
    }

    private static void collectLinks(List<Inline> inlines, Set<String> into) {
        for (Inline i : inlines) {
            switch (i) {
                case Inline.Link l -> into.add(l.url());
                case Inline.Strong s -> collectLinks(s.content(), into);
                case Inline.Emphasis e -> collectLinks(e.content(), into);
                case Inline.Strike s -> collectLinks(s.content(), into);
                default -> { }
            }
        }
    }
}
