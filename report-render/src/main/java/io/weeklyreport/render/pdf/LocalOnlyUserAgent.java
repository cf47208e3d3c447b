package io.weeklyreport.render.pdf;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

import java.io.IOException;
import java.io.InputStream;

/**
 * Lets Flying Saucer read local files only. Images reach the XHTML as file: URLs that the parser already
 * checked to lie inside the note's folder, and Flying Saucer's own default stylesheet comes from its jar;
 * anything else (http, ftp ...) is refused, so rendering never reaches the network.
 */
final class LocalOnlyUserAgent extends ITextUserAgent {
    LocalOnlyUserAgent(ITextOutputDevice device, int dotsPerPixel) {
        super(device, dotsPerPixel);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (uri == null || !(uri.startsWith("file:") || uri.startsWith("jar:file:"))) {
            throw new IOException("refused to fetch " + uri + ": rendering reads local files only");
        }
        return super.openStream(uri);
    }
}
