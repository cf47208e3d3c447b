package io.weeklyreport.render.pdf;

import io.weeklyreport.render.ImageFile;
import org.openpdf.text.Image;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lets Flying Saucer read local files only. Pictures reach the XHTML as file: URLs that the parser already
 * checked to lie inside the note's folder; they are read here through {@link ImageFile} (format by content,
 * size from the header, files cut short refused) instead of Flying Saucer's own loader, which would try
 * SVG through Batik and log a stack trace for every file it cannot read. Flying Saucer's default
 * stylesheet comes from its jar; anything else (http, ftp ...) is refused, so rendering never reaches the
 * network.
 */
final class LocalOnlyUserAgent extends ITextUserAgent {
    private final int dotsPerPixel;
    private final Consumer<String> warnings;
    private final Map<String, ImageResource> images = new HashMap<>();

    LocalOnlyUserAgent(ITextOutputDevice device, int dotsPerPixel, Consumer<String> warnings) {
        super(device, dotsPerPixel);
        this.dotsPerPixel = dotsPerPixel;
        this.warnings = warnings;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (uri == null || !(uri.startsWith("file:") || uri.startsWith("jar:file:"))) {
            throw new IOException("refused to fetch " + uri + ": rendering reads local files only");
        }
        return super.openStream(uri);
    }

    /** The picture at 96 pixels per inch, as browsers size it; a resource without an image when it cannot be read. */
    @Override
    public ImageResource getImageResource(String uri) {
        return images.computeIfAbsent(uri == null ? "" : uri, this::load);
    }

    private ImageResource load(String uri) {
        ImageFile file = ImageFile.localPath(uri).flatMap(ImageFile::read).orElse(null);
        if (file == null) {
            warnings.accept("picture " + uri + " is not a readable local picture; left out");
            return new ImageResource(uri, null);
        }
        try {
            Image image = Image.getInstance(file.bytes());
            image.scaleAbsolute((float) file.width() * dotsPerPixel, (float) file.height() * dotsPerPixel);
            return new ImageResource(uri, new ITextFSImage(image));
        } catch (IOException | RuntimeException e) {
            warnings.accept("picture " + file.path().getFileName() + " cannot be drawn (" + e.getClass().getSimpleName() + "); left out");
            return new ImageResource(uri, null);
        }
    }
}
