package io.weeklyreport.parser;

import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ParsedNotesTest {
    @TempDir
    Path dir;

    @Test
    void aNoteReadTwiceInARunIsParsedOnceAndAgainWhenItsTextChanges() throws Exception {
        Path note = dir.resolve("2023-06-01.md");
        Files.writeString(note, "# 周会\n\n## 近期工作\n\n- 支持本地快照 开发中\n");
        ParsedNotes run = new ParsedNotes();
        ReportParser forRender = new ReportParser(ParserOptions.defaults());
        ReportParser forSeries = new ReportParser(ParserOptions.defaults());

        Report first = forRender.read(note, run);
        assertSame(first, forSeries.read(note, run), "the same text, parsed the same way: parsed once");
        assertEquals(first, forRender.read(note), "the same report as a parse without the run's notes");

        Files.writeString(note, "# 周会\n\n## 近期工作\n\n- 支持本地快照 已完成\n");
        Report saved = forSeries.read(note, run);
        assertNotSame(first, saved);
        assertEquals(forRender.read(note), saved, "a note saved meanwhile is parsed anew");

        ReportParser otherRepo = new ReportParser(ParserOptions.defaults().withDefaultRepo("opencurve/curve"));
        assertNotSame(saved, otherRepo.read(note, run), "parsed another way: parsed again");
    }
}
