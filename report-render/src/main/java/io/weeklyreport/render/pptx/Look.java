package io.weeklyreport.render.pptx;

import io.weeklyreport.model.Status;

/**
 * How a run of slide text looks. {@link #NONE} is plain body text; every other look is a named change of it
 * ({@code Look.NONE.asBold().linkedTo(url)}), as inline elements pass their look down to the text inside them.
 *
 * @param chip         the status whose chip the run is, else null
 * @param href         the link target, else null
 * @param continuation the "（续 2/3）" a continuation slide's title ends with
 */
record Look(boolean bold, boolean italic, boolean mono, boolean strike, boolean muted, Status chip, String href,
            boolean continuation) {

    static final Look NONE = new Look(false, false, false, false, false, null, null, false);

    Look asBold() {
        return new Look(true, italic, mono, strike, muted, chip, href, continuation);
    }

    Look asItalic() {
        return new Look(bold, true, mono, strike, muted, chip, href, continuation);
    }

    Look asMono() {
        return new Look(bold, italic, true, strike, muted, chip, href, continuation);
    }

    Look asStruck() {
        return new Look(bold, italic, mono, true, muted, chip, href, continuation);
    }

    Look asMuted() {
        return new Look(bold, italic, mono, strike, true, chip, href, continuation);
    }

    /** A status chip: bold, in the palette's colours for the status. */
    Look asChip(Status status) {
        return new Look(true, italic, mono, strike, muted, status, href, continuation);
    }

    Look linkedTo(String target) {
        return new Look(bold, italic, mono, strike, muted, chip, target, continuation);
    }

    Look asContinuation() {
        return new Look(bold, italic, mono, strike, true, chip, href, true);
    }
}
