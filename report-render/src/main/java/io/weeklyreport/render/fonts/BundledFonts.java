package io.weeklyreport.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private BundledFonts() {
    }

    /** The class-path location of a bundled face, without a leading slash. */
    public static String resourcePath(Face face) {
        return "io/weeklyreport/render/fonts/" + face.resource();
    }

    /** The font file's bytes: the user's file when given, else the bundled one. */
    public static byte[] bytes(Face face, Path userFile) {
        try {
            if (userFile != null) {
                return Files.readAllBytes(userFile);
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
