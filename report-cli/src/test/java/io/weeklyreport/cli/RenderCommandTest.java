package io.weeklyreport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersTheChineseExampleBesideItsInput() throws IOException {
        Path note = dir.resolve("2026-11-19.md");
        Files.copy(CliRun.root().resolve("examples/2026-11-19.md"), note);

        CliRun run = CliRun.of("render", note.toString(), "-f", "pdf");

        assertEquals(0, run.exitCode(), run.err());
        Path pdf = dir.resolve("2026-11-19.pdf");
        assertTrue(Files.isRegularFile(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (String expected : new String[] {"星河存储社区双周会", "对象网关", "分片上传支持断点续传",
                    "482-615-907", "https://meeting.tencent.com/dm/Xh7pQw2LmN3a", "答疑&交流", "gsctl", "零拷贝性能报告"}) {
                assertTrue(text.contains(expected), "missing '" + expected + "' in " + text);
            }
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    @Test
    void outputFolderAndFormatsAreHonoured() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", CliRun.root().resolve("examples/weekly-sync-en.md").toString(),
                "-o", out.toString(), "-f", "pdf,html");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(out.resolve("weekly-sync-en.pdf")) > 1000);
        String html = Files.readString(out.resolve("weekly-sync-en.html"));
        assertTrue(html.contains("<h1 class=\"title\">Platform Team Weekly Sync</h1>"), html);
        try (PDDocument doc = Loader.loadPDF(out.resolve("weekly-sync-en.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Page 1 of"), text);
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("render", "x.md", "-f", "odt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'odt'"), run.err());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("weekly-report "), run.out());
    }
}
