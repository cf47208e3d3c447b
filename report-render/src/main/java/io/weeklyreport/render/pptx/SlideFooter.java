package io.weeklyreport.render.pptx;

import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;

import java.util.List;
import java.util.UUID;

/** The footer (title and date) and the slide number, as text boxes where the layout puts them. */
final class SlideFooter {
    private final TextMeasure measure;
    private final TextRuns runs;
    private final String text;

    SlideFooter(TextMeasure measure, TextRuns runs, String text) {
        this.measure = measure;
        this.runs = runs;
        this.text = text;
    }

    /** The footer as it fits a box of a width: its size and its text, shortened when even 8 pt is too wide. */
    private record Fitted(double size, String shown) {
    }

    /** By the footer box's width: the layouts of a deck have one or two, and every slide asks. */
    private final java.util.Map<Double, Fitted> fitted = new java.util.HashMap<>();

    private Fitted fit(double width) {
        return fitted.computeIfAbsent(width, w -> {
            double size = SlideStyle.FOOTER_SIZE;
            String shown = text;
            while (size > 8 && measure.lineWidth(List.of(Span.plain(shown)), size) > w) {
                size -= 1;
            }
            while (shown.length() > 8 && measure.lineWidth(List.of(Span.plain(shown)), size) > w) {
                shown = shown.substring(0, shown.length() - 2) + "…";
            }
            return new Fitted(size, shown);
        });
    }

    void add(XSLFSlide slide, SlideGeometry g, int number) {
        if (!text.isBlank()) {
            Fitted f = fit(SlideGeometry.inner(g.footer()).getWidth());
            double size = f.size();
            String shown = f.shown();
            XSLFTextBox box = slide.createTextBox();
            TextRuns.textBody(box, g.footer(), VerticalAlignment.MIDDLE);
            box.clearText();
            XSLFTextParagraph p = box.addNewTextParagraph();
            runs.paragraphLook(p, Para.plain(List.of()), size, 0, TextAlign.LEFT);
            runs.run(p.addNewTextRun(), Span.plain(shown).muted(), shown, size, null);
        }
        XSLFTextBox box = slide.createTextBox();
        TextRuns.textBody(box, g.number(), VerticalAlignment.MIDDLE);
        box.clearText();
        XSLFTextParagraph p = box.addNewTextParagraph();
        runs.paragraphLook(p, Para.plain(List.of()), SlideStyle.FOOTER_SIZE, 0, TextAlign.RIGHT);
        // a field, so the number stays right when slides are moved; its text is the number for viewers that do not update fields
        CTTextField field = p.getXmlObject().addNewFld();
        field.setId("{" + UUID.nameUUIDFromBytes(("slidenum" + number).getBytes()).toString().toUpperCase() + "}");
        field.setType("slidenum");
        CTTextCharacterProperties rPr = field.addNewRPr();
        rPr.setSz((int) Math.round(SlideStyle.FOOTER_SIZE * 100));
        rPr.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) 0x6b, (byte) 0x76, (byte) 0x88});
        runs.language(rPr, "");
        field.setT(String.valueOf(number));
    }
}
