package io.weeklyreport.render.pdf;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextImageElement;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Sizes every picture to the page: at most its natural size (96 pixels per inch, never blown up), at most
 * the width of the block it sits in (the text column, a list item, a table cell), at most the page's text
 * height, always keeping its aspect ratio. Flying Saucer itself lays a picture out at its pixel size and
 * ignores {@code max-width}, which cut a 1838-pixel screenshot at both sides and over the footer.
 *
 * <p>A picture that does not fit below what precedes it moves to the next page as a whole; when that would
 * leave much of the page empty, it is scaled down to fill the space left instead, as long as it keeps at
 * least {@link #MIN_SHRINK} of its size.
 */
final class FittedImages extends ITextReplacedElementFactory {
    /** A picture scaled below this share of its fitted size gets hard to read: it moves to the next page instead. */
    static final double MIN_SHRINK = 0.55;
    /** Room left under a moved picture that a reader would call a gap: a fifth of the page's text height. */
    static final double GAP_SHARE = 0.2;
    /** What a line box adds around a picture (strut, descent): kept free so a filled-in picture really fits. */
    static final int SLACK_PX = 24;

    FittedImages(ITextOutputDevice device) {
        super(device);
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e == null || !"img".equals(e.getNodeName()) || e.getAttribute("src").isEmpty()) {
            return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
        }
        FSImage image = uac.getImageResource(e.getAttribute("src")).getImage();
        if (image == null) {
            return null;
        }
        if (cssWidth > 0 || cssHeight > 0) {
            image = image.scale(cssWidth, cssHeight);   // a size the template asked for, then fitted like any
        }
        double w = image.getWidth();
        double h = image.getHeight();
        double scale = Math.min(1.0, available(box) / w);
        int top = top(box);
        PageBox page = pageAt(c, top);
        if (page != null) {
            double caption = captionAllowance(c, e);
            double textHeight = page.getContentHeight(c);
            scale = Math.min(scale, (textHeight - caption) / h);
            double room = page.getBottom() - top - caption - SLACK_PX * c.getDotsPerPixel();
            boolean fits = h * scale <= room;
            // Moving it would leave a gap: fill the room instead, if the picture stays readable.
            if (!fits && room >= GAP_SHARE * textHeight && room >= MIN_SHRINK * h * scale) {
                scale = room / h;
            }
        }
        int width = Math.max(1, (int) Math.floor(w * scale));
        int height = Math.max(1, (int) Math.floor(h * scale));
        return new ITextImageElement(image.scale(width, height));
    }

    /**
     * Where the picture's block starts. When Flying Saucer moves a block to the next page and lays it out
     * again, the picture's own box still has its old position; the block around it (the figure) has the new one.
     */
    private static int top(BlockBox box) {
        Box block = box.getContainingBlock();
        return block != null ? block.getAbsY() : box.getAbsY();
    }

    /** The page whose text area holds this position of the layout, or the last page laid out so far. */
    private static PageBox pageAt(LayoutContext c, int y) {
        for (PageBox p : c.getRootLayer().getPages()) {
            if (y >= p.getTop() && y < p.getBottom()) {
                return p;
            }
        }
        return c.getRootLayer().getLastPage();
    }

    /** The content width of the block the picture sits in. */
    private static int available(BlockBox box) {
        Box block = box.getContainingBlock();
        return block != null && block.getContentWidth() > 0 ? block.getContentWidth() : Integer.MAX_VALUE;
    }

    /** Room for a caption under the picture in its figure, so the two stay on one page. */
    private static double captionAllowance(LayoutContext c, Element img) {
        Node parent = img.getParentNode();
        if (parent instanceof Element figure) {
            for (Node n = figure.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element p && p.getAttribute("class").contains("caption")) {
                    return 3 * 12 * c.getDotsPerPixel();   // two lines of caption and their margin
                }
            }
        }
        return 0;
    }
}
