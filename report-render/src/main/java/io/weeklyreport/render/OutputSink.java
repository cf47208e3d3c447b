package io.weeklyreport.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where one rendered output goes. It receives the complete file once, after rendering succeeded, so a
 * failed render leaves nothing half-written behind (the CLI writes it atomically into place).
 */
@FunctionalInterface
public interface OutputSink {
    void accept(byte[] content) throws IOException;

    /** The bytes written to a stream (which the caller closes). */
    static OutputSink of(OutputStream out) {
        return out::write;
    }
}
