package io.weeklyreport.render.pptx;

import java.util.Locale;

/**
 * The layouts of the slide vocabulary, by the name a template writes in {@code data-layout} (and
 * {@code <@slide layout=...>}). Public only because the deck's data in the sibling package names them.
 */
public enum SlideKind {
    /** The opening slide: title, date line, meeting details. */
    TITLE,
    /** The list of the note's sections. */
    AGENDA,
    /** Text under a title path; the writer continues it on further slides, or stacks short ones together. */
    CONTENT,
    /** A section divider: a heading whose content is its subsections, when the template asks for dividers. */
    SECTION,
    /** A local picture and its caption. */
    IMAGE,
    /** A native table. */
    TABLE,
    /** The closing slide (an empty last section, or "Thank you"). */
    CLOSING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout a template named, or null when the vocabulary has none of that name. */
    public static SlideKind byId(String id) {
        for (SlideKind l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }

    /** The id, so that a template compares and prints a layout as its name. */
    @Override
    public String toString() {
        return id();
    }
}
