package io.weeklyreport.render.pdf;

import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.Xhtml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import io.weeklyreport.render.fonts.BundledFonts;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The document XHTML through Flying Saucer on OpenPDF, with the CJK font embedded as a subset and every
 * picture fitted to the page ({@link FittedImages}). A pure step: XHTML in, the PDF's bytes out; what it
 * notices on the way goes to the warnings it is given. Internal: public only for {@code ReportRenderer}.
 */
public final class PdfWriter {
    private final RenderOptions options;
    private final Consumer<String> warnings;

    public PdfWriter(RenderOptions options, Consumer<String> warnings) {
        this.options = options;
        this.warnings = warnings;
    }

    public byte[] write(String xhtml) throws RenderException {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, new LocalOnlyUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, warnings));
        renderer.getSharedContext().setReplacedElementFactory(new FittedImages(device));
        registerFonts(renderer);
        renderer.setPDFProducer("weekly-report (Flying Saucer, OpenPDF)");
        renderer.setPDFCreator("weekly-report");
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            renderer.setDocument(withDefaultFonts(Xhtml.parse(xhtml)), baseUrl());
            renderer.layout();
            renderer.createPDF(out);
        } catch (RuntimeException e) {
            throw new RenderException("PDF rendering failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Puts the bundled fonts first in line, before any stylesheet of the template: a user's template
     * that names no font still renders Chinese instead of dropping it (Flying Saucer's default is Times).
     */
    private static Document withDefaultFonts(Document doc) {
        Element head = (Element) doc.getElementsByTagNameNS(Xhtml.NAMESPACE, "head").item(0);
        if (head != null) {
            Element style = doc.createElementNS(Xhtml.NAMESPACE, "style");
            style.setTextContent("html, body { font-family: \"" + BundledFonts.SANS_FAMILY + "\", \""
                    + BundledFonts.SYMBOL_FAMILY + "\"; }");
            head.insertBefore(style, head.getFirstChild());
        }
        return doc;
    }

    private void registerFonts(ITextRenderer renderer) throws RenderException {
        var resolver = renderer.getFontResolver();
        Path regular = options.fontRegular();
        // A user font without a bold face is used for bold too, so no glyph falls back to the bundled font.
        Path bold = options.fontBold() != null ? options.fontBold() : regular;
        // Flying Saucer reads the file again for its underline and strike-out lines: a file path, or (much slower,
        // the whole font inflated for every PDF) a class-path resource.
        resolver.addFont(font(BundledFonts.Face.REGULAR, regular), location(BundledFonts.Face.REGULAR, regular), BundledFonts.SANS_FAMILY);
        resolver.addFont(font(BundledFonts.Face.BOLD, bold), location(BundledFonts.Face.BOLD, bold), BundledFonts.SANS_FAMILY);
        resolver.addFont(font(BundledFonts.Face.MONO, null), location(BundledFonts.Face.MONO, null), BundledFonts.MONO_FAMILY);
        resolver.addFont(font(BundledFonts.Face.SYMBOLS, null), location(BundledFonts.Face.SYMBOLS, null), BundledFonts.SYMBOL_FAMILY);
    }

    private static String location(BundledFonts.Face face, Path userFile) {
        return userFile != null ? userFile.toAbsolutePath().toString()
                : BundledFonts.file(face).map(Path::toString).orElse(BundledFonts.resourcePath(face));
    }

    private static BaseFont font(BundledFonts.Face face, Path userFile) throws RenderException {
        try {
            return BundledFonts.pdfFont(face, userFile);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new RenderException("font " + (userFile != null ? userFile : face.resource()) + " cannot be used: "
                    + e.getMessage() + " (a TrueType .ttf font is needed)", e);
        }
    }

    /** Images reach the XHTML as absolute file: URLs; the base only anchors what a custom template leaves relative. */
    private static String baseUrl() {
        return Path.of(System.getProperty("user.dir")).toUri().toString();
    }
}
