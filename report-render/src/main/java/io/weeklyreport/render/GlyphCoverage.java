package io.weeklyreport.render;

import io.weeklyreport.render.fonts.BundledFonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Which bundled font can draw a character. Flying Saucer does not fall back glyph by glyph along a CSS
 * font-family list: a character the first font lacks is silently dropped. So text is marked up with
 * the font each run needs ({@code span.cjk}, {@code span.symbol}).
 */
final class GlyphCoverage {
    private static final Font BODY = load(BundledFonts.Face.REGULAR);
    private static final Font MONO = load(BundledFonts.Face.MONO);
    private static final Font SYMBOLS = load(BundledFonts.Face.SYMBOLS);

    private GlyphCoverage() {
    }

    /** The CSS class of the fallback font a character needs in body text (or code), or null for none. */
    static String fallbackClass(int codePoint, boolean code) {
        if (codePoint <= 0x7F || Character.isWhitespace(codePoint)) {
            return null;
        }
        if (code && !MONO.canDisplay(codePoint)) {
            return BODY.canDisplay(codePoint) ? "cjk" : SYMBOLS.canDisplay(codePoint) ? "symbol" : null;
        }
        if (!code && !BODY.canDisplay(codePoint) && SYMBOLS.canDisplay(codePoint)) {
            return "symbol";
        }
        return null;
    }

    private static Font load(BundledFonts.Face face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.bytes(face, null)));
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("bundled font " + face.resource() + " is unreadable", e));
        }
    }
}
