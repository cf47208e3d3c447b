package io.weeklyreport.render;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * A local picture as the writers embed it: its bytes, its format and its size in pixels. Only local files
 * are read (nothing remote is ever fetched), and the format comes from the content, not the name: the
 * corpus has ".PNG" files and JPEGs named anything. Internal to report-render.
 */
public final class ImageFile implements ImageCheck {
    /** A larger file is not an illustration of meeting notes; it would make the output too big to email. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /**
     * More pixels than a 40-megapixel photo: decoding would take tens of seconds and gigabytes (a 30,000 ×
     * 30,000 PNG is 3.6 GB of pixels). The header says how many before anything is decoded.
     */
    public static final long MAX_PIXELS = 40_000_000L;

    /** The picture formats every writer can embed. */
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

    /** Reads the picture; empty when {@link #check} finds a problem with it. */
    public static Optional<ImageFile> read(Path file) {
        return check(file) instanceof ImageFile image ? Optional.of(image) : Optional.empty();
    }

    /**
     * Reads and checks the picture without decoding its pixels: an {@link ImageFile}, or the
     * {@link ImageCheck.Unusable} reason that keeps it out (missing, too large, not a picture format we embed, SVG, a header with no size or
     * too many pixels, a file cut short).
     */
    static ImageCheck check(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return new Unusable("it is not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Unusable("it is larger than %d MB".formatted(MAX_BYTES / 1024 / 1024));
            }
            byte[] bytes = Files.readAllBytes(file);
            Format format = format(bytes);
            if (format == null) {
                return new Unusable(isSvg(bytes) ? "SVG pictures are not embedded (convert it to PNG)"
                        : "it is not a PNG, JPEG, GIF or BMP picture");
            }
            int[] dims = pixelSize(bytes);
            if (dims == null) {
                return new Unusable("its " + format.name() + " header cannot be read");
            }
            if ((long) dims[0] * dims[1] > MAX_PIXELS) {
                return new Unusable("it has too many pixels (%d × %d; at most %d million)"
                        .formatted(dims[0], dims[1], MAX_PIXELS / 1_000_000));
            }
            if (!complete(format, bytes)) {
                return new Unusable("the file is cut short (truncated " + format.name() + ")");
            }
            if (format == Format.PNG && !pngCriticalChunksIntact(bytes)) {
                return new Unusable("the file is damaged (a PNG chunk fails its checksum)");
            }
            return new ImageFile(file, bytes, format, dims[0], dims[1]);
        } catch (IOException | RuntimeException e) {
            return new Unusable("it cannot be read (" + e.getClass().getSimpleName() + ")");
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

    /** "image/png" and the like, for data: URIs. */
    public String mediaType() {
        return "image/" + format.name().toLowerCase(Locale.ROOT);
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

    private static boolean isSvg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<svg");
    }

    /**
     * Whether the file ends as its format says a complete file ends: a PNG's chunks run to IEND, a JPEG
     * closes with an end-of-image marker, a GIF with its trailer. A cut-off download or an interrupted copy
     * fails here, before a writer chokes on it half-way through a document.
     */
    static boolean complete(Format format, byte[] b) {
        return switch (format) {
            case PNG -> pngRunsToIend(b);
            // FF D9 cannot occur inside a JPEG's coded data (an FF there is followed by 00), so it may be
            // looked for well before the end; a GIF's one-byte trailer only right at it
            case JPEG -> endsWith(b, 1024, 0xff, 0xd9);
            case GIF -> endsWith(b, 16, 0x3b);
            case BMP -> b.length >= 6 && (readIntLe(b, 2) <= 0 || readIntLe(b, 2) <= b.length);
        };
    }

    private static boolean pngRunsToIend(byte[] b) {
        int at = 8;
        while (at + 12 <= b.length) {
            long length = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
            boolean iend = b[at + 4] == 'I' && b[at + 5] == 'E' && b[at + 6] == 'N' && b[at + 7] == 'D';
            long next = at + 12 + length;
            if (next > b.length) {
                return false;
            }
            if (iend) {
                return true;
            }
            at = (int) next;
        }
        return false;
    }

    /**
     * Whether every critical chunk (IHDR, PLTE, IDAT, IEND: a capital first letter) matches its CRC. A damaged
     * picture with an intact header otherwise passes every check and fails in a writer: the PDF left it out, the
     * deck drew an empty frame. Ancillary chunks are not checked, as viewers ignore a bad one.
     */
    static boolean pngCriticalChunksIntact(byte[] b) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        int at = 8;
        while (at + 12 <= b.length) {
            long length = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
            if (at + 12 + length > b.length) {
                return false;
            }
            int len = (int) length;
            if (Character.isUpperCase(b[at + 4])) {
                crc.reset();
                crc.update(b, at + 4, 4 + len);
                long stored = ((b[at + 8 + len] & 0xffL) << 24) | ((b[at + 9 + len] & 0xff) << 16)
                        | ((b[at + 10 + len] & 0xff) << 8) | (b[at + 11 + len] & 0xff);
                if (crc.getValue() != stored) {
                    return false;
                }
            }
            if (b[at + 4] == 'I' && b[at + 5] == 'E' && b[at + 6] == 'N' && b[at + 7] == 'D') {
                return true;
            }
            at += 12 + len;
        }
        return false;
    }

    /**
     * Whether the end marker stands near the end: tools and uploads often leave a few bytes after it (padding,
     * a stray newline, a cut-off trailer of their own) that every viewer ignores; a file cut short has none.
     */
    private static boolean endsWith(byte[] b, int slack, int... tail) {
        for (int end = b.length; end >= tail.length && end > b.length - slack; end--) {
            boolean match = true;
            for (int i = 0; i < tail.length && match; i++) {
                match = (b[end - tail.length + i] & 0xff) == tail[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static int readIntLe(byte[] b, int at) {
        return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8) | ((b[at + 2] & 0xff) << 16) | ((b[at + 3] & 0xff) << 24);
    }

    /** Width and height from the image header: a large picture is not decoded just to be measured. */
    static int[] pixelSize(byte[] bytes) throws IOException {
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
