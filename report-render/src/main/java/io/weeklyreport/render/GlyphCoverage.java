package io.weeklyreport.render;

import io.weeklyreport.render.fonts.BundledFonts;

import org.openpdf.text.pdf.BaseFont;

/**
 * Which bundled font can draw a character. Flying Saucer does not fall back glyph by glyph along a CSS
 * font-family list: a character the first font lacks is silently dropped. So text is marked up with
 * the font each run needs ({@code span.cjk}, {@code span.symbol}).
 */
final class GlyphCoverage {
    // The fonts the PDF embeds anyway, parsed once per process (no second parse through Java2D).
    private static final BaseFont BODY = BundledFonts.pdfFont(BundledFonts.Face.REGULAR, null);
    private static final BaseFont MONO = BundledFonts.pdfFont(BundledFonts.Face.MONO, null);
    private static final BaseFont SYMBOLS = BundledFonts.pdfFont(BundledFonts.Face.SYMBOLS, null);

    private GlyphCoverage() {
    }

    /** The CSS class of the fallback font a character needs in body text (or code), or null for none. */
    static String fallbackClass(int codePoint, boolean code) {
        if (codePoint <= 0x7F || Character.isWhitespace(codePoint)) {
            return null;
        }
        if (code && !MONO.charExists(codePoint)) {
            return BODY.charExists(codePoint) ? "cjk" : SYMBOLS.charExists(codePoint) ? "symbol" : null;
        }
        if (!code && !BODY.charExists(codePoint) && SYMBOLS.charExists(codePoint)) {
            return "symbol";
        }
        return null;
    }

}
