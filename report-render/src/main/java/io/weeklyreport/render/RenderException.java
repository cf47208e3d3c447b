package io.weeklyreport.render;

/** Rendering failed for a reason the user can act on (a template error, a broken reference document, a bad font). */
public final class RenderException extends Exception {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
