package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Para.Kind;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs as the {@link Paginator} sees them: measured at a frame's sizes, broken between lines. */
final class TextFlow implements Paginator.Flow<Para> {
    /** How a frame sets its paragraphs: body text by level, or one size for a card. */
    interface FrameStyle {
        double size(Para p);

        double spaceBefore(Para p);

        FrameStyle BODY = new FrameStyle() {
            @Override
            public double size(Para p) {
                return SlideStyle.size(p);
            }

            @Override
            public double spaceBefore(Para p) {
                return SlideStyle.spaceBefore(p);
            }
        };

        static FrameStyle fixed(double size, double spaceBefore) {
            return new FrameStyle() {
                @Override
                public double size(Para p) {
                    return size;
                }

                @Override
                public double spaceBefore(Para p) {
                    return spaceBefore;
                }
            };
        }
    }

    private final TextMeasure measure;
    private final FrameStyle style;
    private final double width;

    /** Paragraphs wrapping in a column {@code width} points wide (a box's inner width). */
    TextFlow(TextMeasure measure, FrameStyle style, double width) {
        this.measure = measure;
        this.style = style;
        this.width = width;
    }

    FrameStyle style() {
        return style;
    }

    /** The text column a paragraph wraps in: the box's inner width less its indent. */
    static double column(Para p, double innerWidth) {
        return Math.max(24, innerWidth - SlideStyle.marginLeft(p));
    }

    @Override
    public int lines(Para p) {
        return measure.lineStarts(p.spans(), style.size(p), column(p, width)).size();
    }

    @Override
    public double height(Para p) {
        return style.spaceBefore(p) + lines(p) * SlideStyle.linePitch(style.size(p));
    }

    double height(List<Para> paras) {
        double h = 0;
        for (Para p : paras) {
            h += height(p);
        }
        return h;
    }

    /** The height of a text box that holds {@code paras} in this flow's column, its insets included. */
    double boxHeight(List<Para> paras) {
        return height(paras) / SlideStyle.HEIGHT_SAFETY + 2 * SlideStyle.INSET_Y;
    }

    /** The space between a table or picture and the paragraph that introduces it above. */
    static final double LEAD_GAP = 6;

    /**
     * The height the paragraph introducing a table or picture takes above it in a body {@code width} wide: its box
     * and the gap below it (0 when there is none).
     */
    static double leadHeight(TextMeasure measure, List<Para> lead, double width) {
        return lead.isEmpty() ? 0 : new TextFlow(measure, FrameStyle.BODY, width - 2 * SlideStyle.INSET_X).boxHeight(lead) + LEAD_GAP;
    }

    /** A lead-in or parent item is this many lines at most. */
    private static final int LEAD_IN_LINES = 2;

    /** A heading, a parent item before its children, or a plain lead-in before a list, should not end a box. */
    @Override
    public boolean leadsInto(Para last, Para next) {
        if (next.continuesPrevious()) {
            return false;
        }
        if (last.kind() == Kind.HEADING) {
            return true;
        }
        if (lines(last) > LEAD_IN_LINES) {
            // a paragraph of several lines says something of its own: it may end a slide, and carrying it
            // over would leave the slide a third empty
            return false;
        }
        boolean child = last.level() < next.level() && next.kind() != Kind.PLAIN;
        boolean leadIn = last.kind() == Kind.PLAIN && last.level() == 0
                && (next.kind() == Kind.BULLET || next.kind() == Kind.NUMBERED);
        return child || leadIn;
    }

    /** The lines of {@code p} that fit in {@code room}, and the rest. */
    @Override
    public List<Para> split(Para p, double room) {
        double size = style.size(p);
        List<Integer> starts = measure.lineStarts(p.spans(), size, column(p, width));
        int fit = (int) Math.floor((room - style.spaceBefore(p)) / SlideStyle.linePitch(size));
        fit = Math.max(1, Math.min(fit, starts.size()));
        if (fit >= starts.size()) {
            return List.of(p);
        }
        return splitAt(p, starts.get(fit));
    }

    /** The rest of a paragraph after its head again: the paragraph as it was before it was broken. */
    @Override
    public Para join(Para head, Para rest) {
        if (!rest.continuesPrevious() || rest.kind() != head.kind() || rest.level() != head.level()) {
            return null;
        }
        List<Span> spans = new ArrayList<>(head.spans());
        spans.addAll(rest.spans());
        return head.withSpans(DeckReader.trim(spans));
    }

    /** {@code p} cut at a character offset into its text: the head keeps the bullet, the tail continues it. */
    static List<Para> splitAt(Para p, int cut) {
        List<Span> head = new ArrayList<>();
        List<Span> tail = new ArrayList<>();
        int at = 0;
        for (Span s : p.spans()) {
            int end = at + s.text().length();
            if (end <= cut) {
                head.add(s);
            } else if (at >= cut) {
                tail.add(s);
            } else {
                head.add(s.withText(s.text().substring(0, cut - at)));
                tail.add(s.withText(s.text().substring(cut - at)));
            }
            at = end;
        }
        return List.of(p.withSpans(head), p.rest(DeckReader.trim(tail)));
    }
}
