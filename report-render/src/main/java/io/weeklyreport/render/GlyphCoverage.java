package io.weeklyreport.render;

import io.weeklyreport.render.fonts.BundledFonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Which characters the bundled body font lacks but the bundled symbol font has. */
final class GlyphCoverage {
    private static final Font BODY = load(BundledFonts.Face.REGULAR);
    private static final Font SYMBOLS = load(BundledFonts.Face.SYMBOLS);

    private GlyphCoverage() {
    }

    static boolean needsSymbolFont(int codePoint) {
        return codePoint > 0x7F && !Character.isWhitespace(codePoint)
                && !BODY.canDisplay(codePoint) && SYMBOLS.canDisplay(codePoint);
    }

    private static Font load(BundledFonts.Face face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.bytes(face, null)));
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException(new IOException("bundled font " + face.resource() + " is unreadable", e));
        }
    }
}
