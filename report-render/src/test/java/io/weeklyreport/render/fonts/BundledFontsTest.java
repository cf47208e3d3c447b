package io.weeklyreport.render.fonts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class BundledFontsTest {
    @TempDir
    Path dir;

    /** `watch` and `serve` run for hours: a user's font file replaced meanwhile is measured and embedded anew. */
    @Test
    void aUsersFontFileReplacedWhileTheProcessRunsIsReadAgain() throws Exception {
        Path font = dir.resolve("team.ttf");
        Files.write(font, BundledFonts.bytes(BundledFonts.Face.MONO, null));
        Files.setLastModifiedTime(font, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        java.awt.Font first = BundledFonts.measuringFont(BundledFonts.Face.REGULAR, font);
        assertSame(first, BundledFonts.measuringFont(BundledFonts.Face.REGULAR, font), "parsed once while unchanged");
        assertEquals("Noto Sans Mono", first.getFamily(java.util.Locale.ROOT));
        var pdf = BundledFonts.pdfFont(BundledFonts.Face.REGULAR, font);

        Files.write(font, BundledFonts.bytes(BundledFonts.Face.SYMBOLS, null));
        Files.setLastModifiedTime(font, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertNotEquals("Noto Sans Mono", BundledFonts.measuringFont(BundledFonts.Face.REGULAR, font).getFamily(java.util.Locale.ROOT));
        assertNotEquals(pdf.getPostscriptFontName(), BundledFonts.pdfFont(BundledFonts.Face.REGULAR, font).getPostscriptFontName());
    }
}
