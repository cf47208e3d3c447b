package io.weeklyreport.render;

import java.nio.file.Path;

/**
 * How to render.
 *
 * @param templateDir   a user folder whose templates, CSS and labels override the built-in ones; null for none
 * @param fontRegular   a user TrueType font for body text (PDF embedding, PPTX measuring); null for the bundled one
 * @param fontBold      its bold face; null to use {@code fontRegular} (or the bundled bold)
 * @param pageSize      paper of the PDF and DOCX
 * @param references    whether the PDF and DOCX end with the "参考链接 / References" appendix
 * @param referenceDocx a user .docx whose styles, page setup, header and footer the DOCX takes; null for none
 * @param referencePptx a user .pptx/.potx whose masters and layouts the deck uses; null for none
 * @param eastAsiaFont  the East-Asian font named in DOCX and PPTX files (Office files name fonts, they do not carry them)
 * @param latinFont     the Latin font named in DOCX and PPTX files
 * @param theme         colours and logo over the template's own
 * @param embedImages   whether the HTML carries its local pictures inside (data: URIs) rather than linking to them
 * @param slideLevel    the outline level that starts a slide (pandoc's {@code --slide-level}; 1 for the note's top-level
 *                      sections, as {@code Section.level} counts); 0 to let the deck writer compose slides by what fits.
 *                      A note's own {@code slide-level} front matter wins
 */
public record RenderOptions(Path templateDir, Path fontRegular, Path fontBold, PageSize pageSize, boolean references,
                            Path referenceDocx, Path referencePptx, String eastAsiaFont, String latinFont, Theme theme,
                            boolean embedImages, int slideLevel) {

    /** Options whose HTML embeds its pictures. */
    public RenderOptions(Path templateDir, Path fontRegular, Path fontBold, PageSize pageSize, boolean references,
                         Path referenceDocx, Path referencePptx, String eastAsiaFont, String latinFont, Theme theme) {
        this(templateDir, fontRegular, fontBold, pageSize, references, referenceDocx, referencePptx, eastAsiaFont, latinFont,
                theme, true, 0);
    }

    /**
     * A team's look: colours by name ("accent", and a status such as "in-review" for its chip) as
     * {@code #rgb} or {@code #rrggbb}, and a logo image for the title block (null for none).
     */
    public record Theme(java.util.Map<String, String> colors, Path logo) {
        public static final Theme NONE = new Theme(java.util.Map.of(), null);

        public Theme {
            colors = java.util.Map.copyOf(colors);
        }
    }

    public static RenderOptions defaults() {
        return new RenderOptions(null, null, null, PageSize.A4, true, null, null, "Microsoft YaHei", "Calibri", Theme.NONE, true, 0);
    }

    public RenderOptions withTemplateDir(Path dir) {
        return new RenderOptions(dir, fontRegular, fontBold, pageSize, references, referenceDocx, referencePptx, eastAsiaFont, latinFont, theme, embedImages, slideLevel);
    }

    public RenderOptions withFonts(Path regular, Path bold) {
        return new RenderOptions(templateDir, regular, bold, pageSize, references, referenceDocx, referencePptx, eastAsiaFont, latinFont, theme, embedImages, slideLevel);
    }

    public RenderOptions withPageSize(PageSize size) {
        return new RenderOptions(templateDir, fontRegular, fontBold, size, references, referenceDocx, referencePptx, eastAsiaFont, latinFont, theme, embedImages, slideLevel);
    }

    public RenderOptions withReferences(boolean on) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, on, referenceDocx, referencePptx, eastAsiaFont, latinFont, theme, embedImages, slideLevel);
    }

    public RenderOptions withReferenceDocx(Path docx) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, references, docx, referencePptx, eastAsiaFont, latinFont, theme, embedImages, slideLevel);
    }

    public RenderOptions withReferencePptx(Path pptx) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, references, referenceDocx, pptx, eastAsiaFont, latinFont, theme, embedImages, slideLevel);
    }

    public RenderOptions withOfficeFonts(String eastAsia, String latin) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, references, referenceDocx, referencePptx, eastAsia, latin, theme, embedImages, slideLevel);
    }

    public RenderOptions withEmbeddedImages(boolean embed) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, references, referenceDocx, referencePptx, eastAsiaFont, latinFont, theme, embed, slideLevel);
    }

    public RenderOptions withTheme(Theme newTheme) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, references, referenceDocx, referencePptx, eastAsiaFont, latinFont, newTheme, embedImages, slideLevel);
    }

    public RenderOptions withSlideLevel(int level) {
        return new RenderOptions(templateDir, fontRegular, fontBold, pageSize, references, referenceDocx, referencePptx, eastAsiaFont, latinFont, theme, embedImages, level);
    }
}
