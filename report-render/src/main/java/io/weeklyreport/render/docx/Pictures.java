package io.weeklyreport.render.docx;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Local images embedded inline, scaled down to the text width (and to most of the text height, so a
 * tall screenshot stays on its page). Only {@code file:} URLs are read: the model resolved local images
 * already, and nothing remote is ever fetched.
 */
final class Pictures {
    /** A larger file is not an illustration of meeting notes; it would make the report too big to email. */
    static final long MAX_IMAGE_BYTES = 20L * 1024 * 1024;
    private static final double MAX_HEIGHT_SHARE = 0.8;

    private final int maxWidthEmu;
    private final int maxHeightEmu;

    Pictures(PageLayout.TextArea area) {
        this.maxWidthEmu = area.width() * Units.EMU_PER_POINT / 20;
        this.maxHeightEmu = (int) (area.height() * MAX_HEIGHT_SHARE * Units.EMU_PER_POINT / 20);
    }

    /** Adds the picture as a run of the paragraph; false when the source is not a readable local image. */
    boolean add(XWPFParagraph p, String src, String alt) {
        Path file = localFile(src);
        if (file == null) {
            return false;
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_IMAGE_BYTES) {
                return false;
            }
            byte[] bytes = Files.readAllBytes(file);
            PictureType type = type(bytes);
            int[] size = pixels(bytes);
            if (type == null || size == null) {
                return false;
            }
            // Pixels at 96 per inch, as browsers and the PDF handout size them.
            double width = size[0] * (double) Units.EMU_PER_PIXEL;
            double height = size[1] * (double) Units.EMU_PER_PIXEL;
            double scale = Math.min(1.0, Math.min(maxWidthEmu / width, maxHeightEmu / height));
            XWPFRun run = p.createRun();
            String name = file.getFileName().toString();
            run.addPicture(new ByteArrayInputStream(bytes), type, name,
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

    private static Path localFile(String src) {
        try {
            URI uri = new URI(src);
            return "file".equalsIgnoreCase(uri.getScheme()) ? Path.of(uri) : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** By content, not by name: the corpus has ".PNG" files and JPEGs named anything. */
    static PictureType type(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PictureType.PNG;
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return PictureType.JPEG;
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return PictureType.GIF;
        }
        if (b.length > 2 && b[0] == 'B' && b[1] == 'M') {
            return PictureType.BMP;
        }
        return null;
    }

    /** Width and height from the image header, without decoding the pixels. */
    private static int[] pixels(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return w > 0 && h > 0 ? new int[] {w, h} : null;
            } finally {
                reader.dispose();
            }
        }
    }
}
