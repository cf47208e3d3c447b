package io.weeklyreport.render.docx;

import io.weeklyreport.render.ImageFile;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Local images embedded inline, scaled down to the text width (and to most of the text height, so a
 * tall screenshot stays on its page). Only {@code file:} URLs are read ({@link ImageFile}): the model
 * resolved local images already, and nothing remote is ever fetched.
 */
final class Pictures {
    private static final double MAX_HEIGHT_SHARE = 0.8;

    private final int maxWidthEmu;
    private final int maxHeightEmu;

    Pictures(PageLayout.TextArea area) {
        this.maxWidthEmu = area.width() * Units.EMU_PER_POINT / 20;
        this.maxHeightEmu = (int) (area.height() * MAX_HEIGHT_SHARE * Units.EMU_PER_POINT / 20);
    }

    /** Adds the picture as a run of the paragraph; false when the source is not a readable local image. */
    boolean add(XWPFParagraph p, String src, String alt) {
        ImageFile image = ImageFile.localPath(src).flatMap(ImageFile::read).orElse(null);
        if (image == null) {
            return false;
        }
        try {
            // Pixels at 96 per inch, as browsers and the PDF handout size them.
            double width = image.width() * (double) Units.EMU_PER_PIXEL;
            double height = image.height() * (double) Units.EMU_PER_PIXEL;
            double scale = Math.min(1.0, Math.min(maxWidthEmu / width, maxHeightEmu / height));
            XWPFRun run = p.createRun();
            String name = image.path().getFileName().toString();
            run.addPicture(new ByteArrayInputStream(image.bytes()), pictureType(image.format()), name,
                    (int) Math.round(width * scale), (int) Math.round(height * scale));
            if (!alt.isEmpty()) {
                var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
                inline.getDocPr().setDescr(alt);
            }
            return true;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return false;
        }
    }

    private static PictureType pictureType(ImageFile.Format format) {
        return PictureType.valueOf(format.name()); // the formats ImageFile knows carry POI's names
    }
}
