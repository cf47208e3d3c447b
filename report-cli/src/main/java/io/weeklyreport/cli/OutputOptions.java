package io.weeklyreport.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Options about how outputs look (formats, templates, fonts, paper); they win over weekly-report.yaml. Values
 * stay text here: each is read by its {@link Setting}'s type, as the same key in a weekly-report.yaml is.
 */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", completionCandidates = Candidates.Formats.class,
            description = "Formats, comma-separated: pdf, docx, pptx, html (default: pdf,docx,pptx, or `formats` in "
                    + "weekly-report.yaml; an -o FILE.pdf implies its own).")
    List<String> formats;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder whose templates, CSS and labels override the built-in ones (see `templates export`).")
    String templateDir;

    @Option(names = "--page-size", paramLabel = "SIZE", completionCandidates = Candidates.PageSizes.class,
            description = "Paper of the PDF and DOCX: A4 or letter (default: A4).")
    String pageSize;

    @Option(names = "--references", negatable = true, fallbackValue = "true",
            description = "End the PDF and DOCX with a list of every link (default: on; --no-references leaves it out).")
    Boolean references;

    @Option(names = "--embed", negatable = true, fallbackValue = "true",
            description = "HTML carries its local pictures inside as data: URIs (default: on; --no-embed links to them, "
                    + "relative to the page).")
    Boolean embed;

    @Option(names = "--font", paramLabel = "FILE", description = "A TrueType (.ttf) body font instead of the bundled Noto Sans SC.")
    String font;

    @Option(names = "--font-bold", paramLabel = "FILE", description = "Its bold face (default: --font, or the bundled bold).")
    String fontBold;

    @Option(names = "--reference-docx", paramLabel = "FILE", description = "A .docx whose styles, page setup, header and footer the DOCX takes.")
    String referenceDocx;

    @Option(names = "--reference-pptx", paramLabel = "FILE", description = "A .pptx or .potx whose masters and layouts the deck uses.")
    String referencePptx;

    @Option(names = "--slide-level", paramLabel = "N",
            description = "The heading level that starts a slide, like pandoc's option: 1 for the note's top-level sections, 2 "
                    + "for their subsections (default: the deck is composed by what fits; a note's `slide-level:` front matter wins).")
    String slideLevel;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "The time one note may take to render: 90s, 5m, 1h, or none (default: 5m, or `timeout` in "
                    + "weekly-report.yaml). A note that takes longer fails with a message; the others still render.")
    String timeout;

    List<Setting.Given> given() {
        List<Optional<Setting.Given>> given = new ArrayList<>();
        given.add(Setting.Given.of(Setting.FORMATS, formats, "--format"));
        given.add(Setting.Given.of(Setting.TEMPLATES, templateDir, "--templates"));
        given.add(Setting.Given.of(Setting.PAGE_SIZE, pageSize, "--page-size"));
        given.add(Setting.Given.of(Setting.REFERENCES, references, references == Boolean.FALSE ? "--no-references" : "--references"));
        given.add(Setting.Given.of(Setting.EMBED, embed, embed == Boolean.FALSE ? "--no-embed" : "--embed"));
        given.add(Setting.Given.of(Setting.FONT_REGULAR, font, "--font"));
        given.add(Setting.Given.of(Setting.FONT_BOLD, fontBold, "--font-bold"));
        given.add(Setting.Given.of(Setting.REFERENCE_DOCX, referenceDocx, "--reference-docx"));
        given.add(Setting.Given.of(Setting.REFERENCE_PPTX, referencePptx, "--reference-pptx"));
        given.add(Setting.Given.of(Setting.SLIDE_LEVEL, slideLevel, "--slide-level"));
        given.add(Setting.Given.of(Setting.TIMEOUT, timeout, "--timeout"));
        return given.stream().flatMap(Optional::stream).toList();
    }
}
