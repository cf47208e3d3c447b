package io.weeklyreport.render.pptx;

import io.weeklyreport.render.Palette;
import io.weeklyreport.render.pptx.Para.Kind;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.net.URI;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Paragraphs and runs as POI writes them: every size, indent, colour, font and language explicit, links as
 * hyperlinks. Colours of links, bullets and chips come from the {@link Palette}.
 */
final class TextRuns {
    static final Insets2D TEXT_INSETS = new Insets2D(SlideStyle.INSET_Y, SlideStyle.INSET_X,
            SlideStyle.INSET_Y, SlideStyle.INSET_X);
    static final String MONO_FONT = "Consolas";

    private final Palette palette;
    private final String eastAsiaFont;
    private final String latinFont;
    /** Whether runs name the Latin font themselves (a reference deck's theme names its own). */
    private final boolean nameLatinFont;
    private final Deck deck;

    TextRuns(Palette palette, String eastAsiaFont, String latinFont, boolean nameLatinFont, Deck deck) {
        this.palette = palette;
        this.eastAsiaFont = eastAsiaFont;
        this.latinFont = latinFont;
        this.nameLatinFont = nameLatinFont;
        this.deck = deck;
    }

    Palette palette() {
        return palette;
    }

    String eastAsiaFont() {
        return eastAsiaFont;
    }

    /** Position, insets, wrapping; never "shrink text on overflow": the paginator made it fit. */
    static void textBody(XSLFTextShape shape, Rectangle2D box, VerticalAlignment anchor) {
        shape.setAnchor(box);
        shape.setInsets(TEXT_INSETS);
        shape.setWordWrap(true);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(anchor);
    }

    void paragraphLook(XSLFTextParagraph p, Para para, double size, double spaceBefore, TextAlign align) {
        p.setTextAlign(align);
        p.setLeftMargin(SlideStyle.marginLeft(para));
        p.setIndent(SlideStyle.indent(para));
        p.setRightMargin(0d);
        p.setLineSpacing(-SlideStyle.linePitch(size));   // negative: exact points, so the measured height holds
        p.setSpaceBefore(-spaceBefore);
        p.setSpaceAfter(0d);
        if (para.level() > 0) {
            p.setIndentLevel(para.level() - 1);
        }
        if (para.bulleted() && para.kind() == Kind.BULLET) {
            p.setBullet(true);
            p.setBulletCharacter(SlideStyle.bulletChar(para.level()));
            p.setBulletFont("Arial");
            p.setBulletFontColor(palette.accent().awt());
        } else {
            p.setBullet(false);
        }
    }

    /** The spans as runs; '\n' in a span is a line break. */
    void runs(XSLFTextParagraph p, List<Span> spans, ToDoubleFunction<Span> sizeOf, Color defaultColour) {
        for (Span span : spans) {
            String[] pieces = span.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    p.addLineBreak();
                }
                if (!pieces[i].isEmpty()) {
                    run(p.addNewTextRun(), span, pieces[i], sizeOf.applyAsDouble(span), defaultColour);
                }
            }
        }
    }

    void run(XSLFTextRun run, Span span, String text, double size, Color defaultColour) {
        Look look = span.look();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(look.bold());
        run.setItalic(look.italic());
        run.setStrikethrough(look.strike());
        if (look.chip() != null && !look.continuation()) {
            Palette.Chip chip = palette.chip(look.chip());
            run.setFontColor(chip.text().awt());
            run.setHighlightColor(chip.fill().awt());
        } else if (look.href() != null) {
            run.setFontColor(palette.accent().awt());
        } else if (look.muted()) {
            run.setFontColor(SlideStyle.MUTED);
        } else if (defaultColour != null) {
            run.setFontColor(defaultColour);
        } else {
            run.setFontColor(SlideStyle.TEXT);
        }
        if (look.mono()) {
            run.setFontFamily(MONO_FONT, FontGroup.LATIN);
        } else if (nameLatinFont) {
            run.setFontFamily(latinFont, FontGroup.LATIN);
        }
        run.setFontFamily(eastAsiaFont, FontGroup.EAST_ASIAN);
        language(((CTRegularTextRun) run.getXmlObject()).getRPr(), text);
        if (look.href() != null) {
            link(run, look.href());
        }
    }

    /** zh-CN for Chinese text (spell checking, line breaking, font choice), the deck's language otherwise. */
    void language(CTTextCharacterProperties rPr, String text) {
        boolean cjk = text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        String lang = cjk || deck.chinese() ? "zh-CN" : deck.language();
        rPr.setLang(lang);
        rPr.setAltLang(lang.equals("zh-CN") ? "en-US" : "zh-CN");
    }

    private static void link(XSLFTextRun run, String href) {
        try {
            run.createHyperlink().setAddress(safeUrl(href));
        } catch (RuntimeException e) {
            // a link Office cannot store stays text; the URL is still in the speaker notes
        }
    }

    /** A URL with spaces or Chinese in it, made ASCII the way a browser sends it. */
    static String safeUrl(String href) {
        try {
            return URI.create(href).toASCIIString();
        } catch (IllegalArgumentException e) {
            try {
                URI uri = new URI(null, href, null);
                return uri.toASCIIString();
            } catch (java.net.URISyntaxException e2) {
                return href.replace(" ", "%20");
            }
        }
    }
}
