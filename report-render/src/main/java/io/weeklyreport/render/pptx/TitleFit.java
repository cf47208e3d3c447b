package io.weeklyreport.render.pptx;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A title set in the largest size that fits its box. The path before the slide's own title is set smaller
 * and, when even the smallest size does not fit, shortened from the front ("… › 功能支持"), then the slide's
 * own title loses its end.
 */
final class TitleFit {
    static final double[] SLIDE_SIZES = {SlideStyle.TITLE_SIZE, 26, 24, 22, 20};
    static final double[] OPENING_SIZES = {40, 36, 32, 28, 24};
    private static final String ELLIPSIS_CRUMB = "… › ";

    /** A title as it will be written: its spans, each one's size, the main size and the height it takes. */
    record Fitted(List<Span> spans, ToDoubleFunction<Span> sizeOf, double size, double needed, double available) {
    }

    private final TextMeasure measure;

    TitleFit(TextMeasure measure) {
        this.measure = measure;
    }

    Fitted fit(List<Span> spans, Rectangle2D box, double[] sizes) {
        Rectangle2D inner = SlideGeometry.inner(box);
        List<Span> current = spans;
        while (true) {
            for (double size : sizes) {
                double crumb = Math.max(14, Math.round(size * 0.72));
                ToDoubleFunction<Span> sizeOf = s -> s.look().muted() && !s.look().continuation() ? crumb : size;
                int lines = measure.lineStarts(current, sizeOf, inner.getWidth()).size();
                double needed = lines * SlideStyle.linePitch(size);
                if (needed <= inner.getHeight() * SlideStyle.HEIGHT_SAFETY) {
                    return new Fitted(current, sizeOf, size, needed, inner.getHeight());
                }
            }
            List<Span> shorter = shorten(current);
            if (shorter == null) {
                double size = sizes[sizes.length - 1];
                ToDoubleFunction<Span> sizeOf = s -> size;
                double needed = measure.lineStarts(current, sizeOf, inner.getWidth()).size() * SlideStyle.linePitch(size);
                return new Fitted(current, sizeOf, size, needed, inner.getHeight());
            }
            current = shorter;
        }
    }

    /** Drops the first crumb of the path (keeping an ellipsis), then shortens the slide's own title. */
    static List<Span> shorten(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        int firstCrumb = -1;
        for (int i = 0; i < out.size(); i++) {
            Look look = out.get(i).look();
            if (look.muted() && !look.continuation() && !out.get(i).text().equals(ELLIPSIS_CRUMB)) {
                firstCrumb = i;
                break;
            }
        }
        if (firstCrumb >= 0) {
            out.remove(firstCrumb);
            if (firstCrumb < out.size() && out.get(firstCrumb).look().muted() && out.get(firstCrumb).text().strip().equals("›")) {
                out.remove(firstCrumb);
            }
            if (out.stream().noneMatch(s -> s.text().equals(ELLIPSIS_CRUMB))) {
                out.addFirst(Span.plain(ELLIPSIS_CRUMB).muted());
            }
            return out;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Span s = out.get(i);
            if (!s.look().muted() && s.text().length() > 4) {
                String t = s.text().endsWith("…") ? s.text().substring(0, s.text().length() - 1) : s.text();
                out.set(i, s.withText(t.substring(0, t.length() - Math.max(1, t.length() / 8)).stripTrailing() + "…"));
                return out;
            }
        }
        return null;
    }
}
