package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Para.Kind;

import java.awt.Color;

/**
 * Sizes, indents and the neutral colours of slide text (the accent and the status chips come from the
 * {@link io.weeklyreport.render.Palette}). Every paragraph gets them written out explicitly, so the height
 * the {@link Paginator} measures is the height a slide program lays out, whatever the master says.
 */
final class SlideStyle {
    /** Body text never goes below this: a deck is read from the back of a room. */
    static final double MIN_BODY_SIZE = 14;
    static final double TITLE_SIZE = 28;
    static final double CRUMB_SIZE = 20;
    static final double SUBTITLE_SIZE = 20;
    static final double TABLE_SIZE = 14;
    static final double FOOTER_SIZE = 10;
    static final double MEETING_SIZE = 16;
    static final double MEETING_LINES_SIZE = 14;
    /** The heading of a section that shares a slide with others. */
    static final double HEADING_SIZE = 20;
    static final double HEADING_SPACE = 12;
    /** Line pitch as a multiple of the font size, written as an exact line spacing (not a percentage). */
    static final double LINE_PITCH = 1.3;
    /** Share of a text box the paginator fills: room for renderers that set text a little looser. */
    static final double HEIGHT_SAFETY = 0.96;
    /** Text box insets (the Office defaults: 0.1 in left and right, 0.05 in top and bottom). */
    static final double INSET_X = 7.2;
    static final double INSET_Y = 3.6;
    static final double BULLET_HANG = 18;

    static final Color TITLE = new Color(0x12213d);
    static final Color TEXT = new Color(0x1f2430);
    static final Color MUTED = new Color(0x6b7688);
    static final Color RULE = new Color(0xd5dbe5);
    static final Color TABLE_BAND = new Color(0xf2f5fa);

    private SlideStyle() {
    }

    static double size(Para p) {
        return switch (p.kind()) {
            case CODE, CAPTION -> MIN_BODY_SIZE;
            case QUOTE -> 18;
            case HEADING -> HEADING_SIZE;
            default -> switch (p.level()) {
                case 0, 1 -> 20;
                case 2 -> 18;
                default -> 16;
            };
        };
    }

    static double linePitch(double size) {
        return Math.ceil(size * LINE_PITCH * 2) / 2;   // half points, as Office stores them
    }

    static double spaceBefore(Para p) {
        if (p.kind() == Kind.CODE || p.continuesPrevious()) {
            return 0;
        }
        if (p.kind() == Kind.HEADING) {
            return HEADING_SPACE;
        }
        return p.level() <= 1 ? 8 : 3;
    }

    /** Where the paragraph's text starts, from the left edge of the text area. */
    static double marginLeft(Para p) {
        return switch (p.level()) {
            case 0 -> 0;
            case 1 -> 22;
            case 2 -> 48;
            default -> 74;
        } + (p.kind() == Kind.QUOTE ? 12 : 0);
    }

    /** The first line's offset from {@link #marginLeft}: a hanging bullet or number. */
    static double indent(Para p) {
        return p.level() > 0 && (p.kind() == Kind.BULLET || p.kind() == Kind.NUMBERED) ? -BULLET_HANG : 0;
    }

    static String bulletChar(int level) {
        return level == 2 ? "–" : "•";
    }
}
