package io.weeklyreport.render;

import java.util.Locale;

/** The outputs weekly-report writes. */
public enum Format {
    PDF("pdf"), DOCX("docx"), PPTX("pptx"), HTML("html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "pdf" or "PDF" to {@link #PDF}; null when unknown. */
    public static Format byName(String name) {
        for (Format f : values()) {
            if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
