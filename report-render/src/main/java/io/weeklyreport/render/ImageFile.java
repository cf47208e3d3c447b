package io.weeklyreport.render;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * A local picture as the writers embed it: its bytes, its format and its size in pixels. Only local files
 * are read (nothing remote is ever fetched), and the format comes from the content, not the name: the
 * corpus has ".PNG" files and JPEGs named anything.
 */
public final class ImageFile {
    /** A larger file is not an illustration of meeting notes; it would make the output too big to email. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The picture formats both Office writers can embed. */
    public enum Format { PNG, JPEG, GIF, BMP }

    private final Path path;
    private final byte[] bytes;
    private final Format format;
    private final int width;
    private final int height;

    private ImageFile(Path path, byte[] bytes, Format format, int width, int height) {
        this.path = path;
        this.bytes = bytes;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    /**
     * The local file a {@code file:} URL names, if it is a regular file; empty for any other scheme, so a
     * remote picture is never fetched.
     */
    public static Optional<Path> localPath(String url) {
        try {
            URI uri = new URI(url);
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            Path file = Path.of(uri);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the picture; empty when the file is missing, larger than {@link #MAX_BYTES}, of a format not
     * listed in {@link Format}, or its header has no positive size.
     */
    public static Optional<ImageFile> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Format format = format(bytes);
            int[] size = format == null ? null : pixelSize(bytes);
            if (size == null) {
                return Optional.empty();
            }
            return Optional.of(new ImageFile(file, bytes, format, size[0], size[1]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Path path() {
        return path;
    }

    /** The file's bytes, as read; the caller must not change them. */
    public byte[] bytes() {
        return bytes;
    }

    public Format format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The format from the file's magic number, or null when it is none we embed. */
    static Format format(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Format.PNG;
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return Format.JPEG;
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return Format.GIF;
        }
        if (b.length > 2 && b[0] == 'B' && b[1] == 'M') {
            return Format.BMP;
        }
        return null;
    }

    /** Width and height from the image header: a large picture is not decoded just to be measured. */
    private static int[] pixelSize(byte[] bytes) throws IOException {
        // In memory: ImageIO.createImageInputStream would spool the bytes to a temporary cache file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
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
