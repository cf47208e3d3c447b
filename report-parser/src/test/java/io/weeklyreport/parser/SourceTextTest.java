package io.weeklyreport.parser;

import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bytes to text: every encoding a note arrives in is read, or refused with a message naming the file. */
class SourceTextTest {
    private static final String NOTE = "# 周会 2023-05-18\n\n## 进展\n\n- 快照功能开发中\n    - 子任务已完成\n";

    @TempDir
    Path dir;

    private Report parseBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return ReportParser.parse(file);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void assertReadsTheNote(Report r) {
        assertEquals("周会 2023-05-18", r.metadata().title());
        assertEquals(2, r.allItems().size());
        assertEquals("快照功能开发中", r.allItems().get(0).plainText());
        assertEquals(6, r.allItems().get(1).line());
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        assertReadsTheNote(parseBytes("plain.md", NOTE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertReadsTheNote(parseBytes("bom.md", concat(bom, NOTE.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void readsUtf16LittleAndBigEndianWithBom() throws Exception {
        byte[] le = {(byte) 0xFF, (byte) 0xFE};
        byte[] be = {(byte) 0xFE, (byte) 0xFF};
        assertReadsTheNote(parseBytes("le.md", concat(le, NOTE.getBytes(StandardCharsets.UTF_16LE))));
        assertReadsTheNote(parseBytes("be.md", concat(be, NOTE.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void readsCrlfLineEndingsWithTheSameLineNumbers() throws Exception {
        assertReadsTheNote(parseBytes("crlf.md", NOTE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTabIndentedNestedLists() throws Exception {
        Report r = parseBytes("tabs.md", "# 周会 2023-05-18\n\n## 进展\n\n- 快照功能开发中\n\t- 子任务已完成\n".getBytes(StandardCharsets.UTF_8));
        assertReadsTheNote(r);
        assertEquals(1, r.allItems().get(0).children().size(), "the tab-indented item is nested");
    }

    @Test
    void decodesGb18030ChineseNotes() throws Exception {
        Report r = parseBytes("gbk.md", NOTE.getBytes(Charset.forName("GB18030")));
        assertReadsTheNote(r);
        Report gbk = parseBytes("gbk2.md", "# 周会纪要，第一次\n\n- 文档整理完成。\n".getBytes(Charset.forName("GBK")));
        assertEquals("周会纪要，第一次", gbk.metadata().title());
    }

    @Test
    void refusesInvalidUtf8ThatIsNotChineseEitherNamingFileAndLine() {
        byte[] bytes = concat("# Notes\n\nline two\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, 'x', '\n'});
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> parseBytes("latin.md", bytes));
        assertTrue(e.describe().contains("latin.md:4:"), e.describe());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertFalse(e.describe().contains("\n"), "one line");
    }

    @Test
    void refusesBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> parseBytes("image.md", png));
        assertTrue(e.describe().contains("image.md"), e.describe());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void refusesMissingFilesAndFolders() throws Exception {
        Path missing = dir.resolve("nope.md");
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> ReportParser.parse(missing));
        assertTrue(e.describe().contains("nope.md") && e.getMessage().contains("no such file"), e.describe());

        Path folder = Files.createDirectory(dir.resolve("notes.md"));
        e = assertThrows(UnreadableInputException.class, () -> ReportParser.parse(folder));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());

        Path inMissingFolder = dir.resolve("gone").resolve("x.md");
        e = assertThrows(UnreadableInputException.class, () -> ReportParser.parse(inMissingFolder));
        assertTrue(e.describe().contains("x.md"), e.describe());
    }

    @Test
    void readsBytesFromStandardInputWithTheSameRules() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Report r = new ReportParser(ParserOptions.defaults()).read(concat(bom, NOTE.getBytes(StandardCharsets.UTF_8)), "-", null);
        assertReadsTheNote(r);
        assertEquals("-", r.metadata().source());
    }
}
