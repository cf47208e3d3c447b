package io.weeklyreport.render.pptx;

import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.fonts.BundledFonts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures slide text with the real font metrics: the bundled Noto Sans SC (or the user's font), registered
 * with Java2D, and breaks it into lines the way a slide program does (CJK between any two characters except
 * before closing punctuation, Latin at spaces).
 *
 * <p>Office files name fonts and do not carry them, so the deck is drawn with whatever the viewer has:
 * Microsoft YaHei, PingFang and Noto Sans CJK share the full-width CJK advance, but Latin text may be drawn
 * with Calibri, Carlito or (LibreOffice without Carlito) the wider DejaVu Sans. Hence two safety factors:
 * a small one for full-width characters and a larger one for everything else.
 */
final class TextMeasure {
    static final double WIDE_SAFETY = 1.03;
    static final double NARROW_SAFETY = 1.16;
    /** The widest space of the fonts a viewer may draw Latin text with. */
    private static final double SPACE_EM = 0.32;
    /** What a glyph the font lacks is taken to need, in em: full width, the widest case. */
    private static final double MISSING_GLYPH = 1.0;

    /** Advances in em per font and code point; pure functions of the font file, so shared like the fonts. */
    private static final Map<String, Map<Integer, Double>> ADVANCES = new ConcurrentHashMap<>();

    private final Font regular;
    private final Font bold;
    private final Font mono;
    private final String regularKey;
    private final String boldKey;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    enum Face { REGULAR, BOLD, MONO }

    private TextMeasure(Font regular, String regularKey, Font bold, String boldKey, Font mono) {
        this.regular = regular;
        this.bold = bold;
        this.mono = mono;
        this.regularKey = regularKey;
        this.boldKey = boldKey;
    }

    /** The bundled fonts, or the user's TrueType files in their place (a bold face defaults to the regular). */
    static TextMeasure of(Path userRegular, Path userBold) throws RenderException {
        Path boldFile = userBold != null ? userBold : userRegular;
        String regularKey = key(BundledFonts.Face.REGULAR, userRegular);
        String boldKey = key(BundledFonts.Face.BOLD, boldFile);
        return new TextMeasure(BundledFonts.measuringFont(BundledFonts.Face.REGULAR, userRegular), regularKey,
                BundledFonts.measuringFont(BundledFonts.Face.BOLD, boldFile), boldKey, BundledFonts.measuringFont(BundledFonts.Face.MONO, null));
    }

    private static String key(BundledFonts.Face face, Path userFile) {
        return BundledFonts.key(face, userFile);
    }

    /** The advance of one character in points at the given size, safety factor included. */
    double width(int codePoint, Face face, double size) {
        if (codePoint == ' ' || codePoint == 0xa0) {
            // spaces go to the Latin font, and DejaVu's (LibreOffice's stand-in for Calibri) is 0.32 em
            return Math.max(advance(codePoint, face), SPACE_EM) * size;
        }
        double em = advance(codePoint, face);
        boolean wide = em >= 0.9 || isWideScript(codePoint);
        return em * size * (wide ? WIDE_SAFETY : NARROW_SAFETY);
    }

    private double advance(int codePoint, Face face) {
        Font font = switch (face) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case MONO -> mono.canDisplay(codePoint) ? mono : regular;
        };
        String key = face == Face.BOLD ? boldKey : face == Face.MONO && font == mono ? "mono" : regularKey;
        return ADVANCES.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).computeIfAbsent(codePoint, cp -> {
            if (!font.canDisplay(cp)) {
                return MISSING_GLYPH;
            }
            var glyphs = font.createGlyphVector(frc, new String(Character.toChars(cp)));
            return glyphs.getGlyphMetrics(0).getAdvance() / 1000.0;
        });
    }

    private static boolean isWideScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
    }

    static Face face(Span span) {
        return span.look().mono() ? Face.MONO : span.look().bold() ? Face.BOLD : Face.REGULAR;
    }

    /** The width in points of a single line of text (no wrapping), safety factors included. */
    double lineWidth(List<Span> spans, double size) {
        double w = 0;
        for (Span s : spans) {
            Face face = face(s);
            for (int i = 0; i < s.text().length(); ) {
                int cp = s.text().codePointAt(i);
                w += width(cp, face, size);
                i += Character.charCount(cp);
            }
        }
        return w;
    }

    /**
     * Where each line starts (char offsets into the spans' joined text) when the text is set at {@code size}
     * points into a column {@code width} points wide. A '\n' ends a line; a word longer than the column is
     * broken between characters, as slide programs do.
     */
    List<Integer> lineStarts(List<Span> spans, double size, double width) {
        return lineStarts(spans, s -> size, width);
    }

    /** As {@link #lineStarts(List, double, double)}, with a size per span (a title's path is set smaller). */
    List<Integer> lineStarts(List<Span> spans, java.util.function.ToDoubleFunction<Span> sizes, double width) {
        String text = Span.plain(spans);
        double[] widths = new double[text.length()];
        int at = 0;
        for (Span s : spans) {
            Face face = face(s);
            double size = sizes.applyAsDouble(s);
            for (int i = 0; i < s.text().length(); ) {
                int cp = s.text().codePointAt(i);
                widths[at + i] = cp == '\n' ? 0 : width(cp, face, size);
                i += Character.charCount(cp);
            }
            at += s.text().length();
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        if (text.isEmpty()) {
            return starts;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.SIMPLIFIED_CHINESE);
        breaks.setText(text);
        double used = 0;
        int segStart = breaks.first();
        for (int segEnd = breaks.next(); segEnd != BreakIterator.DONE; segStart = segEnd, segEnd = breaks.next()) {
            int visibleEnd = segEnd;
            while (visibleEnd > segStart && Character.isWhitespace(text.charAt(visibleEnd - 1))) {
                visibleEnd--;   // trailing spaces may hang past the margin
            }
            double visible = sum(widths, segStart, visibleEnd);
            double full = sum(widths, segStart, segEnd);
            if (used > 0 && used + visible > width) {
                starts.add(segStart);
                used = 0;
            }
            if (visible > width) {
                // a word wider than the column: break it between characters
                for (int i = segStart; i < visibleEnd; i++) {
                    if (used > 0 && used + widths[i] > width) {
                        starts.add(i);
                        used = 0;
                    }
                    used += widths[i];
                }
                used += full - visible;
            } else {
                used += full;
            }
            if (text.charAt(segEnd - 1) == '\n' && segEnd < text.length()) {
                starts.add(segEnd);
                used = 0;
            }
        }
        return starts;
    }

    private static double sum(double[] widths, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += widths[i];
        }
        return s;
    }
}
