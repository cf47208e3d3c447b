package io.weeklyreport.render.pptx;

import java.awt.geom.Rectangle2D;

/**
 * Where a layout puts a slide's parts, in points: what the composer paginates for and the drawer draws into.
 *
 * @param title    the title's box
 * @param subtitle the subtitle's box (title and closing slides; below the title elsewhere)
 * @param body     the text, table or picture area
 * @param footer   the footer text's box
 * @param number   the slide number's box
 */
record SlideGeometry(Rectangle2D title, Rectangle2D subtitle, Rectangle2D body, Rectangle2D footer, Rectangle2D number) {

    /** A box less the text insets: the room text has inside it. */
    static Rectangle2D inner(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() + SlideStyle.INSET_X, box.getY() + SlideStyle.INSET_Y,
                box.getWidth() - 2 * SlideStyle.INSET_X, box.getHeight() - 2 * SlideStyle.INSET_Y);
    }

    /** The body as two columns side by side, with a gap between them. */
    Rectangle2D[] columns() {
        double gap = 24;
        double half = (body.getWidth() - gap) / 2;
        return new Rectangle2D[] {
            new Rectangle2D.Double(body.getX(), body.getY(), half, body.getHeight()),
            new Rectangle2D.Double(body.getX() + half + gap, body.getY(), half, body.getHeight())};
    }

    /** The width text wraps in inside the body. */
    double bodyWidth() {
        return inner(body).getWidth();
    }

    /** The height the paginator fills inside the body: the inner height less a safety share. */
    double bodyRoom() {
        return inner(body).getHeight() * SlideStyle.HEIGHT_SAFETY;
    }
}
