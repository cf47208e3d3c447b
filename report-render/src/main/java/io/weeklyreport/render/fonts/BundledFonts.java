package io.weeklyreport.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The TrueType fonts shipped in this jar (Noto Sans SC Regular and Bold, Noto Sans Mono), or a user's font
 * in their place. Used for PDF embedding and for measuring text on slides. Internal to report-render.
 */
public final class BundledFonts {
    /** The family name that CSS and Office files use for the bundled CJK font. */
    public static final String SANS_FAMILY = "Noto Sans SC";
    public static final String MONO_FAMILY = "Noto Sans Mono";
    /** Fallback for symbols and emoji that the CJK font lacks. */
    public static final String SYMBOL_FAMILY = "Noto Emoji";

    public enum Face {
        REGULAR("NotoSansSC-Regular.ttf"), BOLD("NotoSansSC-Bold.ttf"), MONO("NotoSansMono-Regular.ttf"),
        SYMBOLS("NotoEmoji-Regular.ttf");

        private final String resource;

        Face(String resource) {
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }
    }

    /**
     * Parsed fonts by file. Parsing a 10 MB TrueType font takes a while; one parsed, read-only copy per
     * file serves every render of the process (OpenPDF keeps what each document uses per writer).
     */
    private static final Map<String, BaseFont> PDF_FONTS = new ConcurrentHashMap<>();
    private static final Map<String, java.awt.Font> AWT_FONTS = new ConcurrentHashMap<>();
    /** Where each bundled face is on disk, looked up (and if need be written) once per process. */
    private static final Map<Face, Optional<Path>> FILES = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    /** The font parsed by OpenPDF for embedding (Identity-H); IllegalArgumentException when it is no TrueType font. */
    public static BaseFont pdfFont(Face face, Path userFile) {
        return PDF_FONTS.computeIfAbsent(key(face, userFile), k -> {
            try {
                // From its bytes even when the face is a file: OpenPDF reads a font file one byte per system call
                // when it subsets it, and the bytes of a file on disk are cheap to have (no inflating).
                String name = userFile == null ? face.resource() : userFile.getFileName().toString();
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes(face, userFile), null);
            } catch (DocumentException | IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    /**
     * The font as Java2D measures text with it, at 1000 points (a width in em is the advance over 1000), registered
     * with the graphics environment; a RenderException naming the file when it is no TrueType font (or unreadable). One copy per file serves
     * the process: the decks' text and the tracker's slide cells are measured with the same fonts.
     */
    public static java.awt.Font measuringFont(Face face, Path userFile) throws io.weeklyreport.render.RenderException {
        try {
            return AWT_FONTS.computeIfAbsent(key(face, userFile), k -> {
                try {
                    // the bundled face from its file (Java2D copies a stream into a temporary file first); a user's
                    // font from its bytes, so that the file may change while the process runs
                    Optional<Path> file = userFile == null ? file(face) : Optional.empty();
                    java.awt.Font f = file.isPresent() ? java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.get().toFile())
                            : java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes(face, userFile)));
                    java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
                    return f.deriveFont(1000f);
                } catch (java.awt.FontFormatException | IOException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            throw new io.weeklyreport.render.RenderException("font " + (userFile != null ? userFile : face.resource())
                    + " cannot be used to measure slide text: " + e.getMessage(), e);
        }
    }

    /**
     * What a parsed font is kept by: the bundled face, or the user's file with its size and time of change, so that a
     * long-running process (`watch`, `serve`) reads a font file again once it has been replaced.
     */
    public static String key(Face face, Path userFile) {
        if (userFile == null) {
            return "bundled:" + face;
        }
        Path file = userFile.toAbsolutePath();
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return "file:" + file + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "file:" + file;   // reading it will say what is wrong
        }
    }

    /**
     * The bundled face as a file on disk ({@link FontFiles}), for the libraries that read a font by its
     * tables; empty when it can only be read out of the jar.
     */
    public static Optional<Path> file(Face face) {
        // looked at again when it has gone (a cleaned cache under a long-running process): a stat per use
        return FILES.compute(face, (f, known) -> known != null && known.map(Files::isRegularFile).orElse(true) ? known
                : FontFiles.onDisk(BundledFonts.class.getResource("/" + resourcePath(f)), FontFiles.userCache()));
    }

    /** The class-path location of a bundled face, without a leading slash. */
    public static String resourcePath(Face face) {
        return "io/weeklyreport/render/fonts/" + face.resource();
    }

    /** The font file's bytes: the user's file when given, else the bundled one (from its file when it has one). */
    public static byte[] bytes(Face face, Path userFile) {
        try {
            if (userFile != null) {
                return Files.readAllBytes(userFile);
            }
            Optional<Path> file = file(face);
            if (file.isPresent()) {
                return Files.readAllBytes(file.get());
            }
            try (InputStream in = BundledFonts.class.getResourceAsStream("/" + resourcePath(face))) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + face.resource() + " is missing from the jar");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + (userFile != null ? userFile : face.resource()), e);
        }
    }
}
