package io.weeklyreport.render.pptx;

import io.weeklyreport.render.pptx.Deck.Kind;
import io.weeklyreport.render.pptx.Deck.Para;
import io.weeklyreport.render.pptx.Deck.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Spreads the paragraphs of a text frame over as many boxes as they need. It breaks between paragraphs,
 * keeps a lead-in ("其中功能如下：", a parent item) with what follows it, and breaks inside a paragraph only
 * when that paragraph alone is taller than a whole box.
 */
final class Paginator {
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

    Paginator(TextMeasure measure, FrameStyle style) {
        this.measure = measure;
        this.style = style;
    }

    /** The text column a paragraph wraps in: the box's inner width less its indent. */
    static double column(Para p, double innerWidth) {
        return Math.max(24, innerWidth - SlideStyle.marginLeft(p));
    }

    int lines(Para p, double innerWidth) {
        return measure.lineStarts(p.spans(), style.size(p), column(p, innerWidth)).size();
    }

    double height(Para p, double innerWidth) {
        double size = style.size(p);
        return style.spaceBefore(p) + lines(p, innerWidth) * SlideStyle.linePitch(size);
    }

    double height(List<Para> paras, double innerWidth) {
        double h = 0;
        for (Para p : paras) {
            h += height(p, innerWidth);
        }
        return h;
    }

    /**
     * The paragraphs in boxes of {@code innerWidth} × {@code innerHeight} points (insets already taken off);
     * at least one box, possibly empty.
     */
    List<List<Para>> paginate(List<Para> paras, double innerWidth, double innerHeight) {
        List<List<Para>> pages = new ArrayList<>();
        List<Para> page = new ArrayList<>();
        double used = 0;
        Deque<Para> pending = new ArrayDeque<>(paras);
        while (!pending.isEmpty()) {
            Para p = pending.removeFirst();
            double h = height(p, innerWidth);
            if (used + h <= innerHeight) {
                page.add(p);
                used += h;
                continue;
            }
            if (!page.isEmpty()) {
                List<Para> carried = new ArrayList<>();
                // carry the lead-in only when it and its follower fit together on a fresh box
                if (page.size() > 1 && leadsInto(page.getLast(), p)
                        && height(page.getLast(), innerWidth) + h <= innerHeight) {
                    carried.add(page.removeLast());
                }
                pages.add(page);
                page = carried;
                used = height(page, innerWidth);
                pending.addFirst(p);
                continue;
            }
            // alone on an empty box and still too tall: the only case where a paragraph is broken
            Para[] parts = split(p, innerWidth, innerHeight);
            page.add(parts[0]);
            pages.add(page);
            page = new ArrayList<>();
            used = 0;
            if (parts[1] != null) {
                pending.addFirst(parts[1]);
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** A parent item before its children, or a plain lead-in before a list, should not end a box. */
    private static boolean leadsInto(Para last, Para next) {
        if (next.continued()) {
            return false;
        }
        boolean child = last.level() < next.level() && next.kind() != Kind.PLAIN;
        boolean leadIn = last.kind() == Kind.PLAIN && last.level() == 0
                && (next.kind() == Kind.BULLET || next.kind() == Kind.NUMBERED);
        return child || leadIn;
    }

    /** The lines of {@code p} that fit in {@code innerHeight}, and the rest (null when nothing is left). */
    private Para[] split(Para p, double innerWidth, double innerHeight) {
        double size = style.size(p);
        List<Integer> starts = measure.lineStarts(p.spans(), size, column(p, innerWidth));
        int fit = (int) Math.floor((innerHeight - style.spaceBefore(p)) / SlideStyle.linePitch(size));
        fit = Math.max(1, Math.min(fit, starts.size()));
        if (fit >= starts.size()) {
            return new Para[] {p, null};
        }
        int cut = starts.get(fit);
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
        return new Para[] {p.withSpans(head, p.continued()), p.withSpans(DeckReader.trim(tail), true)};
    }
}
