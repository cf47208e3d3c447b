package io.weeklyreport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aFolderKeepsItsSubFoldersUnderTheOutputSoSameNamesNeverCollide() throws IOException {
        Path notes = dir.resolve("notes");
        Notes.chinese(notes.resolve("2022/README.md"), "二二年");
        Notes.chinese(notes.resolve("2023/README.md"), "二三年");
        Notes.chinese(notes.resolve("2023/deep/x.markdown"), "深处");
        Notes.chinese(notes.resolve("plain.txt"), "文本");
        Notes.write(notes.resolve("image.png"), "not a note");
        Notes.chinese(notes.resolve(".git/HEAD.md"), "hidden");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("render", notes.toString(), "-o", out.toString(), "-f", "html");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("2022/README.html")).contains("二二年"));
        assertTrue(Files.readString(out.resolve("2023/README.html")).contains("二三年"));
        assertTrue(Files.isRegularFile(out.resolve("2023/deep/x.html")));
        assertTrue(Files.isRegularFile(out.resolve("plain.html")));
        assertFalse(Files.exists(out.resolve(".git")), "hidden folders are not searched");
        assertTrue(run.err().contains("4 notes: 4 rendered (4 files)"), run.err());
    }

    @Test
    void titleDateLanguageAndMetadataOptionsWinOverTheNote() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "原标题");

        CliRun run = CliRun.of("render", note.toString(), "-f", "html", "--title", "Sprint 12", "--date", "2024-02-29",
                "--lang", "en", "-M", "team=storage");

        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("n.html"));
        assertTrue(html.contains("<h1 class=\"title\">Sprint 12</h1>"), html);
        assertTrue(html.contains("lang=\"en-US\""), html);
        assertTrue(html.contains("2024-02-29 Thursday"), html);
        CliRun model = CliRun.of("model", note.toString(), "-M", "team=storage", "--title", "Sprint 12");
        assertTrue(model.out().contains("\"team\": \"storage\""), model.out());
        assertTrue(model.out().contains("\"titleSource\": \"OPTION\""), model.out());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(2, CliRun.of("render", "x.md", "-f", "odt").exitCode());
        assertTrue(CliRun.of("render", "x.md", "-f", "odt").err().contains("unknown format 'odt'"));
        assertEquals(2, CliRun.of("render", "x.md", "--date", "18.5.2023").exitCode());
        assertTrue(CliRun.of("render", "x.md", "--date", "18.5.2023").err().contains("write YYYY-MM-DD"));
        assertEquals(2, CliRun.of("render", "x.md", "--lang", "fr").exitCode());
        assertEquals(2, CliRun.of("render", "x.md", "--jobs", "0").exitCode());
        CliRun templates = CliRun.of("render", "x.md", "--templates", dir.resolve("nowhere").toString());
        assertEquals(2, templates.exitCode());
        assertTrue(templates.err().contains("--templates: no such folder"), templates.err());
        assertEquals(2, CliRun.of("render").exitCode());
        assertEquals(2, CliRun.of("render", "x.md", "--no-such-option").exitCode());
    }

    @Test
    void standardInputNeedsAnOutputFolderOrGoesToStandardOutputInOneFormat() throws IOException {
        byte[] note = "# 来自标准输入\n\n- 一项 已合入\n".getBytes(StandardCharsets.UTF_8);

        CliRun toStdout = CliRun.withStdin(note, "render", "-", "-f", "html");
        assertEquals(0, toStdout.exitCode(), toStdout.err());
        assertTrue(toStdout.out().contains("<h1 class=\"title\">来自标准输入</h1>"), toStdout.out());

        CliRun toFolder = CliRun.withStdin(note, "render", "-", "-f", "pdf,html", "-o", dir.toString());
        assertEquals(0, toFolder.exitCode(), toFolder.err());
        assertTrue(Files.isRegularFile(dir.resolve("stdin.pdf")));
        assertTrue(Files.readString(dir.resolve("stdin.html")).contains("来自标准输入"));

        CliRun twoFormats = CliRun.withStdin(note, "render", "-", "-f", "pdf,html");
        assertEquals(2, twoFormats.exitCode());
        assertTrue(twoFormats.err().contains("standard output takes one format"), twoFormats.err());
    }

    @Test
    void dashOWritesAFileNoteToStandardOutput() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "管道");
        CliRun run = CliRun.of("render", note.toString(), "-f", "pdf", "-o", "-");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("%PDF", new String(run.outBytes(), 0, 4, StandardCharsets.US_ASCII));
        assertFalse(Files.exists(dir.resolve("n.pdf")));
    }

    @Test
    void outputsNewerThanTheirNoteAreSkippedUnlessForced() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "跳过");
        Path html = dir.resolve("n.html");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html").exitCode());
        Files.writeString(html, "kept");
        Files.setLastModifiedTime(note, FileTime.from(Instant.now().minusSeconds(60)));

        CliRun again = CliRun.of("render", note.toString(), "-f", "html");
        assertEquals(0, again.exitCode());
        assertTrue(again.err().contains("up to date"), again.err());
        assertEquals("kept", Files.readString(html));

        CliRun forced = CliRun.of("render", note.toString(), "-f", "html", "--force");
        assertEquals(0, forced.exitCode());
        assertTrue(Files.readString(html).contains("跳过"));
    }

    @Test
    void aChangedConfigMakesOutputsStale() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "配置");
        Path html = dir.resolve("n.html");
        Files.writeString(html, "old");
        Files.setLastModifiedTime(note, FileTime.from(Instant.now().minusSeconds(120)));
        Path config = Files.writeString(dir.resolve("weekly-report.yaml"), "language: en\n");
        Files.setLastModifiedTime(html, FileTime.from(Instant.now().minusSeconds(60)));

        CliRun run = CliRun.of("render", note.toString(), "-f", "html");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(html).contains("lang=\"en-US\""), "re-rendered after " + config + " changed");
    }

    @Test
    void parallelRenderingWritesWhatSerialRenderingWrites() throws IOException {
        Path notes = dir.resolve("notes");
        for (int i = 0; i < 6; i++) {
            Notes.chinese(notes.resolve("n" + i + ".md"), "笔记 " + i);
        }
        assertEquals(0, CliRun.of("render", notes.toString(), "-o", dir.resolve("serial").toString(), "-f", "html", "-j", "1").exitCode());
        assertEquals(0, CliRun.of("render", notes.toString(), "-o", dir.resolve("parallel").toString(), "-f", "html", "-j", "3").exitCode());
        for (int i = 0; i < 6; i++) {
            String name = "n" + i + ".html";
            assertArrayEquals(Files.readAllBytes(dir.resolve("serial").resolve(name)),
                    Files.readAllBytes(dir.resolve("parallel").resolve(name)), name);
        }
    }

    @Test
    void oneFailingNoteDoesNotStopTheOthersAndTheSummaryNamesIt() throws IOException {
        Path notes = dir.resolve("notes");
        Notes.chinese(notes.resolve("a.md"), "甲");
        Files.createDirectories(notes);
        Files.write(notes.resolve("b.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Notes.chinese(notes.resolve("c.md"), "丙");

        CliRun run = CliRun.of("render", notes.toString(), "-f", "html");

        assertEquals(1, run.exitCode());
        assertTrue(Files.isRegularFile(notes.resolve("a.html")));
        assertTrue(Files.isRegularFile(notes.resolve("c.html")));
        assertFalse(Files.exists(notes.resolve("b.html")));
        assertTrue(run.err().contains("3 notes: 2 rendered (2 files), 1 failed: " + notes.resolve("b.md")), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anInputIsNeverOverwrittenByAnOutput() throws IOException {
        Path note = Notes.chinese(dir.resolve("a.md"), "甲");
        Path page = Files.writeString(dir.resolve("a.html"), "<p>我是输入</p>");

        CliRun run = CliRun.of("render", note.toString(), page.toString(), "-f", "html");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(note + ": the output " + page + " would overwrite an input"), run.err());
        assertEquals("<p>我是输入</p>", Files.readString(page));
    }

    @Test
    void twoNotesWithTheSameOutputAreNotBothWritten() throws IOException {
        Notes.chinese(dir.resolve("a.md"), "甲");
        Notes.chinese(dir.resolve("a.txt"), "乙");
        CliRun run = CliRun.of("render", dir.toString(), "-f", "html");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("is already the output of " + dir.resolve("a.md")), run.err());
        assertTrue(Files.readString(dir.resolve("a.html")).contains("甲"));
    }

    @Test
    void versionPrintsTheVersionAndCommit() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("(?s)weekly-report \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}(-dirty)?|unknown)\\).*"), run.out());
    }
}
