package io.weeklyreport.render;

import io.weeklyreport.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of the sizes people paste, laid out as a reader would want them: inside the text column,
 * never over the running header or footer, never split, never blown up, and no page left nearly empty
 * because the next picture did not fit.
 */
class PdfPicturesTest {
    /** A4 in points and the margins of report.css (22 mm top, 18 mm sides, 20 mm bottom). */
    static final float PAGE_W = 595.3f, PAGE_H = 841.9f;
    static final float LEFT = mm(18), RIGHT = PAGE_W - mm(18), TOP = mm(22), BOTTOM = PAGE_H - mm(20);

    @TempDir
    static Path dir;

    static List<Placed> placed;
    static List<Float> lowestContent;
    static int pages;

    record Placed(int page, float x, float y, float width, float height) {
    }

    static float mm(double v) {
        return (float) (v / 25.4 * 72);
    }

    @BeforeAll
    static void render() throws Exception {
        Path shots = Files.createDirectories(dir.resolve("shots"));
        Report report = Notes.report(Notes.english("Screenshots", LocalDate.of(2024, 3, 7)), null,
                Notes.section("1.", "Wide", 2, Notes.paragraph("The dashboard after the change:", 3),
                        Notes.image(Notes.screenshot(shots, "wide.png", 1838, 1000), "wide dashboard", 4),
                        Notes.paragraph("Some text after the wide one.", 5)),
                Notes.section("2.", "Tall", 6, Notes.image(Notes.screenshot(shots, "tall.png", 800, 2400), "tall page", 7)),
                Notes.section("3.", "Many in a row", 8,
                        Notes.image(Notes.screenshot(shots, "r0.png", 1200, 700), "row 0", 9),
                        Notes.image(Notes.screenshot(shots, "r1.png", 1200, 700), "row 1", 10),
                        Notes.image(Notes.screenshot(shots, "r2.png", 1200, 700), "row 2", 11),
                        Notes.image(Notes.screenshot(shots, "r3.png", 1200, 700), "row 3", 12),
                        Notes.image(Notes.screenshot(shots, "r4.png", 1200, 700), "row 4", 13)),
                Notes.section("4.", "In a list", 14,
                        Notes.itemWith("first item with a picture below", 15,
                                Notes.image(Notes.screenshot(shots, "li.png", 1600, 900), "in a list", 16)),
                        Notes.itemWith("second item, small picture", 17,
                                Notes.image(Notes.screenshot(shots, "small.png", 200, 120), "small", 18))),
                Notes.section("5.", "After a table", 19, Notes.table(20, "what", "picture"),
                        Notes.image(Notes.screenshot(shots, "cell.png", 1400, 600), "cell", 21)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(RenderOptions.defaults()).render(report, Format.PDF, out);
        Path look = Path.of("target", "test-output", "pdf-pictures.pdf");   // for a person to look at
        Files.createDirectories(look.getParent());
        Files.write(look, out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            pages = pdf.getNumberOfPages();
            placed = new ArrayList<>();
            lowestContent = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                List<Placed> onPage = images(pdf.getPage(i), i);
                placed.addAll(onPage);
                float lowest = lowestText(pdf, i);
                for (Placed p : onPage) {
                    lowest = Math.max(lowest, p.y() + p.height());
                }
                lowestContent.add(lowest);
            }
        }
    }

    @Test
    void everyPictureIsDrawn() {
        assertEquals(10, placed.size(), placed.toString());
    }

    @Test
    void everyPictureSitsInsideTheTextAreaOfItsPage() {
        for (Placed p : placed) {
            assertTrue(p.x() >= LEFT - 1 && p.x() + p.width() <= RIGHT + 1, "inside the column: " + p);
            assertTrue(p.y() >= TOP - 1 && p.y() + p.height() <= BOTTOM + 1, "clear of header and footer: " + p);
        }
    }

    @Test
    void aWideScreenshotTakesTheColumnWidthKeepingItsAspectRatio() {
        Placed wide = placed.get(0);
        // The column is the page's text width less the body's default 8 px margins.
        assertEquals(RIGHT - LEFT - 12, wide.width(), 1, wide.toString());
        assertEquals(1000.0 / 1838, wide.height() / wide.width(), 0.01);
    }

    @Test
    void aTallScreenshotIsScaledToThePageHeightNotSplit() {
        Placed tall = placed.get(1);
        assertEquals(3.0, tall.height() / tall.width(), 0.02, "aspect ratio kept: " + tall);
        assertTrue(tall.height() <= BOTTOM - TOP, tall.toString());
        assertEquals(1, placed.stream().filter(p -> Math.abs(p.height() / p.width() - 3.0) < 0.05).count(), "drawn once, not in pieces");
    }

    @Test
    void aSmallPictureIsNeverBlownUp() {
        Placed small = placed.stream().filter(p -> p.width() < 200).findFirst().orElseThrow();
        assertEquals(200 * 0.75, small.width(), 1, "200 px at 96 dpi");
        assertEquals(120 * 0.75, small.height(), 1);
    }

    @Test
    void noPageIsLeftNearlyEmptyBeforeTheLast() {
        for (int i = 0; i < pages - 1; i++) {
            float used = (lowestContent.get(i) - TOP) / (BOTTOM - TOP);
            // A picture moves on only when shrinking it into the room left would make it hard to read
            // (below FittedImages.MIN_SHRINK of its size), so what stays on a page fills at least 40 % of it.
            assertTrue(used > 0.4, "page " + (i + 1) + " ends at " + Math.round(used * 100) + " % of its text height");
        }
    }

    private static float lowestText(PDDocument pdf, int page) throws IOException {
        float[] lowest = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                    if (t.getYDirAdj() < BOTTOM) {   // not the footer's line
                        lowest[0] = Math.max(lowest[0], t.getYDirAdj());
                    }
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(pdf);
        return lowest[0];
    }

    /** Where each picture is drawn, in points from the page's top left. */
    private static List<Placed> images(PDPage page, int index) throws IOException {
        List<Placed> found = new ArrayList<>();
        float height = page.getMediaBox().getHeight();
        new PDFGraphicsStreamEngine(page) {
            @Override
            public void drawImage(PDImage image) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                float w = m.getScalingFactorX();
                float h = m.getScalingFactorY();
                found.add(new Placed(index, m.getTranslateX(), height - m.getTranslateY() - h, w, h));
            }

            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(COSName shadingName) { }

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
        return found;
    }
}
