package io.weeklyreport.render.tracker;

import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.fonts.BundledFonts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How many lines a table cell's text takes on a slide, measured with the bundled font's (or the user's) metrics
 * and a safety margin: Office files name fonts and do not carry them, and the viewer's Latin font may be wider.
 * A slide table grows its rows to fit their text, so rows are measured before they are placed, and those that
 * would run off the slide go onto the next.
 */
final class CellMeasure {
    /** Latin fonts differ more than CJK ones do (Calibri, DejaVu, Carlito): a margin on every width. */
    private static final double SAFETY = 1.15;

    /** A piece of text that stays on one line, at a size, and whether a break may follow it. */
    record Piece(String text, double size, boolean bold) {
    }

    private final Font regular;
    private final Font bold;
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    CellMeasure(Path userRegular, Path userBold) throws RenderException {
        // the decks' measuring fonts, parsed once per process (at 1000 points)
        this.regular = BundledFonts.measuringFont(BundledFonts.Face.REGULAR, userRegular);
        this.bold = BundledFonts.measuringFont(BundledFonts.Face.BOLD, userBold != null ? userBold : userRegular);
    }

    double width(Piece piece) {
        Font f = piece.bold() ? bold : regular;
        return f.getStringBounds(piece.text(), frc).getWidth() / 1000.0 * piece.size() * SAFETY;
    }

    /** Lines of running text of one size, broken between words and between CJK characters. */
    int lines(String text, double size, boolean isBold, double lineWidth) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp < 0xA000
                    || cp >= 0xFF00 && cp < 0xFFEF;
            if (wide || cp == ' ') {
                if (!word.isEmpty()) {
                    pieces.add(new Piece(word.toString(), size, isBold));
                    word.setLength(0);
                }
                pieces.add(new Piece(new String(Character.toChars(cp)), size, isBold));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            pieces.add(new Piece(word.toString(), size, isBold));
        }
        return lines(pieces, lineWidth);
    }

    /**
     * Where the lines of a status strip start: the steps (each a date and a chip, never to be parted) laid greedily
     * with a gap between them. The writers break the lines there themselves, so that no viewer breaks inside a chip
     * ("进行" | "中": a break may fall between any two CJK characters, whatever no-break spaces surround them).
     *
     * @return the indices of the steps that begin a line, the first excepted
     */
    java.util.Set<Integer> lineStarts(List<List<Piece>> steps, Piece gap, double lineWidth) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        double gapWidth = width(gap);
        double x = 0;
        for (int i = 0; i < steps.size(); i++) {
            double w = steps.get(i).stream().mapToDouble(this::width).sum();
            if (i > 0 && x + gapWidth + w > lineWidth) {
                starts.add(i);
                x = w;
            } else {
                x += (i > 0 ? gapWidth : 0) + w;
            }
        }
        return starts;
    }

    /** Lines of pieces laid greedily; a piece wider than a line takes as many lines as its width needs. */
    int lines(List<Piece> pieces, double lineWidth) {
        int lines = 1;
        double x = 0;
        for (Piece p : pieces) {
            double w = width(p);
            if (x > 0 && x + w > lineWidth) {
                lines++;
                x = 0;
                if (p.text().isBlank()) {
                    continue;
                }
            }
            if (w > lineWidth) {
                lines += (int) Math.ceil(w / lineWidth) - 1;
                x = w % lineWidth;
            } else {
                x += w;
            }
        }
        return lines;
    }
}
