package io.weeklyreport.render;

import io.weeklyreport.render.pptx.PptxWriter;

/**
 * The first steps of every cold render, taken ahead on a core that would sit idle while the command line is read
 * and the note parsed: the bundled fonts opened for measuring and for the PDF (kept, as they always are), and the
 * built-in deck template built once and thrown away, so that the libraries under it (POI, XMLBeans) are loaded,
 * initialised and compiled when the deck of the note is made. It writes nothing and changes no result; on one
 * core it does not start, as it would only compete with the render.
 */
public final class Preheat {
    private Preheat() {
    }

    /** Starts it on a background thread (never waited for; the process may end before it does). */
    public static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || "off".equals(System.getProperty("weeklyreport.preheat"))) {
            return;
        }
        Thread.ofPlatform().daemon().name("preheat").start(() -> {
            try {
                PptxWriter.preheat();
                GlyphCoverage.fallbackClass('a', false);
            } catch (RuntimeException | LinkageError e) {
                // only a head start: the render itself meets and reports whatever went wrong here
            }
        });
    }
}
