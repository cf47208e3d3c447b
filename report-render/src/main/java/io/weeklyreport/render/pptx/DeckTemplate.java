package io.weeklyreport.render.pptx;

import io.weeklyreport.render.RenderException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The presentation a deck is built on: POI's built-in Office theme made 16:9 and given the deck's fonts, or
 * the masters and layouts of a user's .pptx/.potx. It answers which layout a slide uses and where its title,
 * body, footer and slide number go.
 */
final class DeckTemplate {
    /** 13.333 × 7.5 in, PowerPoint's widescreen. */
    static final Dimension WIDESCREEN = new Dimension(960, 540);
    /** A reference deck bigger than this is not a template someone made by hand. */
    static final long MAX_REFERENCE_BYTES = 64L * 1024 * 1024;

    private static final String POTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml";
    private static final String PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    private final XMLSlideShow show;
    private final boolean builtIn;
    /** The reference deck's file name, for warnings. */
    private final String source;
    private final java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
    private final java.util.Map<SlideKind, SlideGeometry> geometries = new java.util.EnumMap<>(SlideKind.class);

    private DeckTemplate(XMLSlideShow show, boolean builtIn, String source) {
        this.show = show;
        this.builtIn = builtIn;
        this.source = source;
    }

    XMLSlideShow show() {
        return show;
    }

    boolean builtIn() {
        return builtIn;
    }

    Dimension pageSize() {
        return show.getPageSize();
    }

    /** A built-in template's fonts and accent. */
    private record Look(String eastAsiaFont, String latinFont, java.awt.Color accent) {
    }

    /**
     * The built-in template of each look asked for more than once in this process, as written: opening it is half the
     * work of making it again (stretching, placing and restyling every layout). Made on the second deck of a look, so
     * that a single deck pays nothing for it; a handful of looks at most (the cap keeps it so).
     */
    private static final java.util.Map<Look, byte[]> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Look, Boolean> MADE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LOOKS_KEPT = 8;

    /** POI's Office theme, stretched to 16:9, with roomier title and body boxes, the deck's fonts and accent. */
    static DeckTemplate builtIn(String eastAsiaFont, String latinFont, java.awt.Color accent) {
        Look look = new Look(eastAsiaFont, latinFont, accent);
        byte[] written = WRITTEN.get(look);
        if (written != null) {
            try {
                return new DeckTemplate(new XMLSlideShow(new java.io.ByteArrayInputStream(written)), true, "");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the built-in deck template cannot be read back", e);
            }
        }
        DeckTemplate made = make(look);
        if (MADE.putIfAbsent(look, Boolean.TRUE) != null && WRITTEN.size() < LOOKS_KEPT) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
            try {
                made.show.write(out);   // the template as it is now, before this deck's slides
                WRITTEN.putIfAbsent(look, out.toByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the built-in deck template cannot be kept", e);
            }
        }
        return made;
    }

    private static DeckTemplate make(Look look) {
        String eastAsiaFont = look.eastAsiaFont();
        String latinFont = look.latinFont();
        java.awt.Color accent = look.accent();
        XMLSlideShow show = new XMLSlideShow();
        Dimension old = show.getPageSize();
        double sx = WIDESCREEN.getWidth() / old.getWidth();
        show.setPageSize(WIDESCREEN);
        for (XSLFSlideMaster master : show.getSlideMasters()) {
            stretch(master.getShapes(), sx);
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                stretch(layout.getShapes(), sx);
            }
            place(master.getShapes());
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                place(layout, layout.getType(), accent);
            }
            // the master's body shrinks text to fit; our slides are measured instead
            for (XSLFShape s : master.getShapes()) {
                if (s instanceof XSLFTextShape t) {
                    CTTextBodyProperties bodyPr = t.getTextBody().getXmlObject().getBodyPr();
                    if (bodyPr != null && bodyPr.isSetNormAutofit()) {
                        bodyPr.unsetNormAutofit();
                    }
                }
            }
            themeFonts(master.getTheme(), eastAsiaFont, latinFont);
            // the Office section header sets its title in capitals: "OPEN QUESTIONS" shouts, and Chinese has none
            noCapitals(master.getXmlObject().getDomNode());
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                noCapitals(layout.getXmlObject().getDomNode());
            }
        }
        return new DeckTemplate(show, true, "");
    }

    /**
     * Prepares the notes master made for a deck. POI copies every shape of it into every notes page, which costs a
     * quarter of the time of a deck; header, date, footer and number of a notes page are never used here, so they
     * go. And POI's master places the slide picture and the notes for a page 10 inches wide, while the notes page it
     * declares is 7.5 inches wide (portrait): printed, every line of the notes ran off the right edge. The picture
     * and the notes are placed on the page declared, the picture in the slides' proportions.
     */
    static void trimNotesMaster(XMLSlideShow show) {
        var master = show.getNotesMaster();
        List<XSLFShape> unused = master.getShapes().stream()
                .filter(s -> s instanceof XSLFSimpleShape simple && simple.getPlaceholderDetails() != null
                        && switch (simple.getPlaceholderDetails().getPlaceholder()) {
                            case HEADER, DATETIME, FOOTER, SLIDE_NUMBER -> true;
                            case null, default -> false;
                        })
                .toList();
        unused.forEach(master::removeShape);
        // its body's sample text ("Click to edit Master text styles" and four levels more) is copied, run by run
        // and property by property, into every notes page, only to be cleared there: a fifth of a deck's time
        for (XSLFShape s : master.getShapes()) {
            if (s instanceof XSLFTextShape text && text.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                text.setText("");
            }
        }
        placeOnNotesPage(show, master);
    }

    /** Inches in points. */
    private static final double INCH = 72;

    private static void placeOnNotesPage(XMLSlideShow show, org.apache.poi.xslf.usermodel.XSLFNotesMaster master) {
        var size = show.getCTPresentation().getNotesSz();
        double pageWidth = size.getCx() / 12700.0;
        double pageHeight = size.getCy() / 12700.0;
        double margin = 0.75 * INCH;
        double width = pageWidth - 2 * margin;
        Dimension slide = show.getPageSize();
        double pictureHeight = width * slide.getHeight() / slide.getWidth();
        Rectangle2D picture = new Rectangle2D.Double(margin, 0.5 * INCH, width, pictureHeight);
        double notesTop = picture.getMaxY() + 0.375 * INCH;
        Rectangle2D notes = new Rectangle2D.Double(margin, notesTop, width, pageHeight - notesTop - margin);
        for (XSLFShape s : master.getShapes()) {
            if (s instanceof XSLFSimpleShape simple && simple.getPlaceholderDetails() != null) {
                switch (simple.getPlaceholderDetails().getPlaceholder()) {
                    case SLIDE_IMAGE -> simple.setAnchor(picture);
                    case BODY -> simple.setAnchor(notes);
                    case null, default -> { }
                }
            }
        }
    }

    private static void noCapitals(org.w3c.dom.Node node) {
        if (node instanceof org.w3c.dom.Element e && e.hasAttribute("cap")) {
            e.removeAttribute("cap");
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            noCapitals(c);
        }
    }

    private static void stretch(List<XSLFShape> shapes, double sx) {
        for (XSLFShape s : shapes) {
            if (s instanceof XSLFSimpleShape simple && simple.getAnchor() != null) {
                Rectangle2D a = simple.getAnchor();
                simple.setAnchor(new Rectangle2D.Double(a.getX() * sx, a.getY(), a.getWidth() * sx, a.getHeight()));
            }
        }
    }

    private static void place(List<XSLFShape> masterShapes) {
        for (XSLFShape s : masterShapes) {
            if (s instanceof XSLFSimpleShape simple && simple.getPlaceholderDetails() != null) {
                Placeholder ph = simple.getPlaceholderDetails().getPlaceholder();
                Rectangle2D box = standardBox(ph);
                if (box != null) {
                    simple.setAnchor(box);
                }
            }
        }
    }

    private static void place(XSLFSlideLayout layout, SlideLayout type, java.awt.Color accent) {
        boolean titleLayout = type == SlideLayout.TITLE;
        boolean sectionLayout = type == SlideLayout.SECTION_HEADER;
        for (XSLFShape s : layout.getShapes()) {
            if (!(s instanceof XSLFSimpleShape simple) || simple.getPlaceholderDetails() == null) {
                continue;
            }
            Placeholder ph = simple.getPlaceholderDetails().getPlaceholder();
            Rectangle2D box;
            if (titleLayout) {
                box = switch (ph) {
                    case CENTERED_TITLE, TITLE -> new Rectangle2D.Double(72, 96, 816, 132);
                    case SUBTITLE -> new Rectangle2D.Double(72, 234, 816, 44);
                    default -> standardBox(ph);
                };
            } else if (sectionLayout) {
                box = switch (ph) {
                    case TITLE -> new Rectangle2D.Double(72, 196, 816, 110);
                    case BODY -> new Rectangle2D.Double(72, 310, 816, 60);
                    default -> standardBox(ph);
                };
            } else if (type == SlideLayout.TITLE_AND_CONTENT || type == SlideLayout.TITLE_ONLY) {
                box = standardBox(ph);
            } else {
                box = null;
            }
            if (box != null) {
                simple.setAnchor(box);
            }
        }
        if (type == SlideLayout.TITLE_AND_CONTENT || type == SlideLayout.TITLE_ONLY) {
            // a thin rule under the title: the one ornament of the built-in look
            XSLFAutoShape rule = layout.createAutoShape();
            rule.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
            rule.setAnchor(new Rectangle2D.Double(48, 96, 864, 1.5));
            rule.setFillColor(accent);
            rule.setLineColor(null);
        }
    }

    /** Title, body, footer and slide number of the built-in 16:9 look. */
    private static Rectangle2D standardBox(Placeholder ph) {
        return switch (ph) {
            case TITLE -> new Rectangle2D.Double(48, 14, 864, 80);
            case BODY, CONTENT -> new Rectangle2D.Double(48, 106, 864, 384);
            case FOOTER -> new Rectangle2D.Double(48, 504, 720, 24);
            case SLIDE_NUMBER -> new Rectangle2D.Double(792, 504, 120, 24);
            case DATETIME -> new Rectangle2D.Double(48, 504, 1, 24);
            default -> null;
        };
    }

    private static void themeFonts(XSLFTheme theme, String eastAsia, String latin) {
        var scheme = theme.getXmlObject().getThemeElements().getFontScheme();
        for (CTFontCollection fonts : new CTFontCollection[] {scheme.getMajorFont(), scheme.getMinorFont()}) {
            fonts.getLatin().setTypeface(latin);
            (fonts.getEa() != null ? fonts.getEa() : fonts.addNewEa()).setTypeface(eastAsia);
            // the per-script list names 宋体 for Simplified Chinese; POI's lite schema has no type for it, so DOM
            for (org.w3c.dom.Node n = fonts.getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element e && "font".equals(e.getLocalName()) && "Hans".equals(e.getAttribute("script"))) {
                    e.setAttribute("typeface", eastAsia);
                }
            }
        }
    }

    /**
     * A user's .pptx or .potx: its masters, layouts, theme and page size are used; its slides are dropped.
     * POI's zip-bomb limits ({@link ZipSecureFile}: inflate ratio, entry size) apply while it is read.
     */
    static DeckTemplate reference(Path file) throws RenderException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RenderException("reference deck " + file + " does not exist or is not a file");
            }
            if (Files.size(file) > MAX_REFERENCE_BYTES) {
                throw new RenderException("reference deck " + file + " is larger than "
                        + MAX_REFERENCE_BYTES / (1024 * 1024) + " MB");
            }
            XMLSlideShow show;
            try (InputStream in = Files.newInputStream(file)) {
                show = new XMLSlideShow(in);
            }
            if (show.getSlideMasters().isEmpty() || show.getSlideMasters().getFirst().getSlideLayouts().length == 0) {
                throw new RenderException("reference deck " + file + " has no slide master with layouts");
            }
            while (!show.getSlides().isEmpty()) {
                show.removeSlide(show.getSlides().size() - 1);
            }
            // a template (.potx) becomes a presentation, or PowerPoint refuses the file as a .pptx
            show.getPackage().replaceContentType(POTX_MAIN, PPTX_MAIN);
            return new DeckTemplate(show, false, String.valueOf(file.getFileName()));
        } catch (RenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or hostile file (not a zip, no presentation part, a zip bomb) this way
            throw new RenderException("reference deck " + file + " cannot be used: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * The layout a slide is drawn on: by type, then by name as PowerPoint, LibreOffice Impress and pandoc's
     * reference deck call them ("Title Slide", "Title and Content" or "Title, Content", "Section Header", "Title
     * Only"), then a fallback. A reference deck that lacks the first choice is told once, in {@link #warnings()}.
     */
    XSLFSlideLayout layout(SlideKind kind) {
        List<Wanted> wanted = switch (kind) {
            case TITLE -> List.of(Wanted.TITLE, Wanted.SECTION_HEADER, Wanted.TITLE_ONLY, Wanted.CONTENT);
            case CLOSING, SECTION -> List.of(Wanted.SECTION_HEADER, Wanted.TITLE, Wanted.TITLE_ONLY, Wanted.CONTENT);
            case IMAGE, TABLE -> List.of(Wanted.TITLE_ONLY, Wanted.CONTENT);
            case AGENDA, CONTENT -> List.of(Wanted.CONTENT, Wanted.TEXT, Wanted.TITLE_ONLY);
        };
        for (Wanted w : wanted) {
            XSLFSlideLayout found = find(w);
            if (found != null) {
                if (w != wanted.getFirst() && !builtIn) {
                    warnings.add("reference deck " + source + " has no '" + wanted.getFirst().label + "' layout: "
                            + kind.id() + " slides use '" + found.getName() + "'");
                }
                return found;
            }
        }
        XSLFSlideLayout first = show.getSlideMasters().getFirst().getSlideLayouts()[0];
        if (!builtIn) {
            warnings.add("reference deck " + source + " has no '" + wanted.getFirst().label + "' layout: "
                    + kind.id() + " slides use '" + first.getName() + "'");
        }
        return first;
    }

    /** What the writer noticed about a reference deck (a layout it lacks), each once. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A layout by its type, or by one of the names slide programs give it (case, spaces and commas aside). */
    private enum Wanted {
        TITLE(SlideLayout.TITLE, "Title Slide", "titleslide"),
        CONTENT(SlideLayout.TITLE_AND_CONTENT, "Title and Content", "titleandcontent", "titlecontent"),
        TEXT(SlideLayout.TEXT, "Title and Text", "titleandtext"),
        SECTION_HEADER(SlideLayout.SECTION_HEADER, "Section Header", "sectionheader", "sectiontitle"),
        TITLE_ONLY(SlideLayout.TITLE_ONLY, "Title Only", "titleonly");

        final SlideLayout type;
        final String label;
        final List<String> names;

        Wanted(SlideLayout type, String label, String... names) {
            this.type = type;
            this.label = label;
            this.names = List.of(names);
        }
    }

    private XSLFSlideLayout find(Wanted w) {
        for (XSLFSlideMaster master : show.getSlideMasters()) {
            for (XSLFSlideLayout l : master.getSlideLayouts()) {
                // Impress types its "Title Slide" as text: a layout named for another kind is not taken by type
                boolean namedOtherwise = Arrays.stream(Wanted.values()).anyMatch(o -> o != w && o.names.contains(normalised(l.getName())));
                if (l.getType() == w.type && !namedOtherwise) {
                    return l;
                }
            }
        }
        for (XSLFSlideMaster master : show.getSlideMasters()) {
            for (XSLFSlideLayout l : master.getSlideLayouts()) {
                if (w.names.contains(normalised(l.getName()))) {
                    return l;
                }
            }
        }
        return null;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A placeholder's box on a layout, falling back to the master's; null when neither has one. */
    static Rectangle2D box(XSLFSlideLayout layout, Placeholder... kinds) {
        for (Placeholder kind : kinds) {
            for (var sheet : List.of(layout, layout.getSlideMaster())) {
                for (XSLFShape s : sheet.getShapes()) {
                    if (s instanceof XSLFSimpleShape simple && simple.getPlaceholderDetails() != null
                            && simple.getPlaceholderDetails().getPlaceholder() == kind && simple.getAnchor() != null) {
                        return simple.getAnchor();
                    }
                }
            }
        }
        return null;
    }

    /** Where a slide of this kind puts title, subtitle, body, footer and number: its layout's boxes, else ours. */
    SlideGeometry geometry(SlideKind kind) {
        return geometries.computeIfAbsent(kind, this::measureGeometry);
    }

    private SlideGeometry measureGeometry(SlideKind kind) {
        XSLFSlideLayout layout = layout(kind);
        Dimension page = show.getPageSize();
        Rectangle2D defaultTitle = new Rectangle2D.Double(page.width * 0.05, page.height * 0.03, page.width * 0.9, page.height * 0.15);
        Rectangle2D footer = boxOr(layout, new Rectangle2D.Double(page.width * 0.05, page.height * 0.93,
                page.width * 0.7, page.height * 0.045), Placeholder.FOOTER);
        Rectangle2D number = boxOr(layout, new Rectangle2D.Double(page.width * 0.8, page.height * 0.93,
                page.width * 0.15, page.height * 0.045), Placeholder.SLIDE_NUMBER);
        double footerTop = footerTop(layout);
        switch (kind) {
            case TITLE -> {
                Rectangle2D title = boxOr(layout, defaultTitle, Placeholder.CENTERED_TITLE, Placeholder.TITLE);
                Rectangle2D subtitle = boxOr(layout, new Rectangle2D.Double(title.getX(), title.getMaxY() + 4,
                        title.getWidth(), 44), Placeholder.SUBTITLE);
                double top = Math.max(subtitle.getMaxY(), title.getMaxY()) + 8;
                Rectangle2D area = new Rectangle2D.Double(title.getX(), top, title.getWidth(), footerTop - 6 - top);
                return new SlideGeometry(title, subtitle, area, footer, number);
            }
            case CLOSING, SECTION -> {
                Rectangle2D title = boxOr(layout, defaultTitle, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
                Rectangle2D subtitle = boxOr(layout, new Rectangle2D.Double(title.getX(), title.getMaxY() + 6,
                        title.getWidth(), 60), Placeholder.BODY, Placeholder.SUBTITLE);
                return new SlideGeometry(title, subtitle, subtitle, footer, number);
            }
            case AGENDA, CONTENT -> {
                Rectangle2D title = boxOr(layout, defaultTitle, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
                Rectangle2D body = boxOr(layout, defaultBody(layout, title, footerTop), Placeholder.BODY, Placeholder.CONTENT);
                return new SlideGeometry(title, title, body, footer, number);
            }
            default -> {   // IMAGE, TABLE: the content layout's body area, on a layout that may have none
                Rectangle2D title = boxOr(layout, defaultTitle, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
                return new SlideGeometry(title, title, defaultBody(layout, title, footerTop), footer, number);
            }
        }
    }

    /**
     * The built-in title slide with its title lifted towards the top, for an opening that holds the meeting's
     * details and the agenda side by side; the standard geometry for a reference deck, whose design it keeps.
     */
    SlideGeometry compactOpening() {
        SlideGeometry standard = geometry(SlideKind.TITLE);
        if (!builtIn) {
            return standard;
        }
        Rectangle2D title = new Rectangle2D.Double(72, 36, 816, 100);
        Rectangle2D subtitle = new Rectangle2D.Double(72, 140, 816, 40);
        double top = subtitle.getMaxY() + 8;
        Rectangle2D area = new Rectangle2D.Double(72, top, 816, standard.body().getMaxY() - top);
        return new SlideGeometry(title, subtitle, area, standard.footer(), standard.number());
    }

    private static Rectangle2D boxOr(XSLFSlideLayout layout, Rectangle2D fallback, Placeholder... kinds) {
        Rectangle2D box = box(layout, kinds);
        return box != null && box.getWidth() > 0 && box.getHeight() > 0 ? box : fallback;
    }

    /** Where a slide's content goes: the content layout's body box, else the room between title and footer. */
    private Rectangle2D defaultBody(XSLFSlideLayout layout, Rectangle2D title, double footerTop) {
        Rectangle2D body = box(layout(SlideKind.CONTENT), Placeholder.BODY, Placeholder.CONTENT);
        if (body != null) {
            return body;
        }
        double top = title.getMaxY() + 10;
        return new Rectangle2D.Double(title.getX(), top, title.getWidth(), footerTop - 8 - top);
    }

    private double footerTop(XSLFSlideLayout layout) {
        Rectangle2D footer = box(layout, Placeholder.FOOTER, Placeholder.SLIDE_NUMBER, Placeholder.DATETIME);
        return footer != null ? footer.getY() : show.getPageSize().height * 0.92;
    }
}
