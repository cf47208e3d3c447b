package io.weeklyreport.render;

import io.weeklyreport.model.Image;
import net.coobird.thumbnailator.Thumbnails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pictures of the mail body, as the template asks for them ({@code pictures.of(image)}): each local picture once,
 * numbered in the order the HTML first shows it, shown at most {@link #COLUMN} px wide and carried at most twice that
 * (sharp on a phone's or a laptop's high-density screen, no heavier). Pictures the checks let through
 * ({@link ReadableImages}) are the only ones read; nothing remote is fetched. Public only because FreeMarker calls it.
 */
public final class MailPictures {
    /** The width of the mail's text column in CSS pixels: 600 less the card's padding. */
    public static final int COLUMN = 552;
    /** Pixels carried per pixel shown, at most. */
    static final int DENSITY = 2;
    /** The logo is shown at most this high in the title block. */
    static final int LOGO_HEIGHT = 40;
    private static final float JPEG_QUALITY = 0.85f;
    private static final String DOMAIN = "@weekly-report";

    private final Map<Path, MailBody.Picture> byFile = new LinkedHashMap<>();
    private final Path logo;
    private final List<String> warnings = new ArrayList<>();

    /** @param logo the team's logo, when it is usable; null for none */
    MailPictures(Path logo) {
        this.logo = logo;
    }

    /** Whether the HTML can show this image as a picture of its own (a local file the checks let through). */
    public boolean shows(Image image) {
        return image.file() != null;
    }

    /** The picture for a local image, shown at most the column's width; null for a remote or missing one. */
    public MailBody.Picture of(Image image) {
        if (image.file() == null) {
            return null;
        }
        return picture(Path.of(image.file()), COLUMN, Integer.MAX_VALUE);
    }

    /** Whether there is a logo for the title block. */
    public boolean hasLogo() {
        return logo != null && logo() != null;
    }

    /** The logo for the title block, at most {@link #LOGO_HEIGHT} px high; null when there is none. */
    public MailBody.Picture logo() {
        return logo == null ? null : picture(logo, COLUMN / 3, LOGO_HEIGHT);
    }

    /** Every picture handed out so far, in the order first asked for. */
    List<MailBody.Picture> all() {
        return List.copyOf(byFile.values());
    }

    /** What scaling could not do (the picture then travels as it is). */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private MailBody.Picture picture(Path file, int maxWidth, int maxHeight) {
        Path key = file.toAbsolutePath().normalize();
        MailBody.Picture known = byFile.get(key);
        if (known != null) {
            return known;
        }
        ImageFile image = ImageFile.read(key).orElse(null);
        if (image == null) {
            return null;   // checked before the template ran; gone since
        }
        int[] size = {image.width(), image.height()};
        Encoded encoded = encode(image, shownSize(size, maxWidth, maxHeight)[0] * DENSITY);
        if (encoded.bytes() != image.bytes()) {
            size = carriedSize(encoded.bytes(), size);   // a photo turned upright by its EXIF orientation swaps its sides
        }
        int width = shownSize(size, maxWidth, maxHeight)[0];
        int height = shownSize(size, maxWidth, maxHeight)[1];
        MailBody.Picture picture = new MailBody.Picture("picture-" + (byFile.size() + 1) + DOMAIN,
                fileName(key, encoded.extension()), encoded.mediaType(), encoded.bytes(), width, height);
        byFile.put(key, picture);
        return picture;
    }

    /** Width and height shown: the picture's own, made smaller to fit, never larger. */
    private static int[] shownSize(int[] pixels, int maxWidth, int maxHeight) {
        double shown = Math.min(1.0, Math.min((double) maxWidth / pixels[0], (double) maxHeight / pixels[1]));
        return new int[] {Math.max(1, (int) Math.round(pixels[0] * shown)), Math.max(1, (int) Math.round(pixels[1] * shown))};
    }

    /** The aspect of the encoded picture, in the original's pixels (its shown size then follows from it). */
    private static int[] carriedSize(byte[] encoded, int[] original) {
        try {
            int[] carried = ImageFile.pixelSize(encoded);
            return carried == null ? original : carried;
        } catch (IOException e) {
            return original;
        }
    }

    private record Encoded(byte[] bytes, String mediaType, String extension) {
    }

    /**
     * The picture at most {@code maxPixels} wide, in a format every mail client shows: PNG and JPEG stay as they are,
     * a BMP becomes a PNG, a GIF stays a GIF (and keeps its animation) unless it must shrink.
     */
    private Encoded encode(ImageFile image, int maxPixels) {
        boolean shrink = image.width() > maxPixels;
        ImageFile.Format format = image.format();
        if (!shrink && format != ImageFile.Format.BMP) {
            return new Encoded(image.bytes(), image.mediaType(), null);
        }
        boolean jpeg = format == ImageFile.Format.JPEG;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.Builder<?> builder = Thumbnails.of(new ByteArrayInputStream(image.bytes()))
                    .outputFormat(jpeg ? "jpg" : "png");
            if (shrink) {
                builder.width(maxPixels);
            } else {
                builder.scale(1.0);
            }
            if (jpeg) {
                builder.outputQuality(JPEG_QUALITY);
            }
            builder.toOutputStream(out);
            return jpeg ? new Encoded(out.toByteArray(), "image/jpeg", "jpg") : new Encoded(out.toByteArray(), "image/png", "png");
        } catch (IOException | RuntimeException e) {
            warnings.add("picture '" + image.path().getFileName() + "' could not be made smaller for the mail ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip())
                    + "); it travels at its full size");
            return new Encoded(image.bytes(), image.mediaType(), null);
        }
    }

    /** The file's own name; with the new format's extension when it changed ("chart.bmp" to "chart.png"). */
    private static String fileName(Path file, String newExtension) {
        String name = file.getFileName().toString();
        if (newExtension == null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String old = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean same = old.equals(newExtension) || (newExtension.equals("jpg") && old.equals("jpeg"));
        return same ? name : stem + "." + newExtension;
    }
}
