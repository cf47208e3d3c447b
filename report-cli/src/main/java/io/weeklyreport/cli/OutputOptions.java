package io.weeklyreport.cli;

import io.weeklyreport.render.Format;
import io.weeklyreport.render.PageSize;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options about how outputs look (formats, templates, fonts, paper); they win over weekly-report.yaml. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Formats, comma-separated: pdf, docx, pptx, html (default: " + RenderCommand.DEFAULT_FORMATS
                    + ", or `formats` in weekly-report.yaml).")
    List<Format> formats;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder whose templates, CSS and labels override the built-in ones (see `templates export`).")
    Path templateDir;

    @Option(names = "--page-size", paramLabel = "SIZE", converter = PageSizeConverter.class,
            description = "Paper of the PDF and DOCX: A4 or letter (default: A4).")
    PageSize pageSize;

    @Option(names = "--references", negatable = true, fallbackValue = "true",
            description = "End the PDF and DOCX with a list of every link (default: on; --no-references leaves it out).")
    Boolean references;

    @Option(names = "--font", paramLabel = "FILE", description = "A TrueType (.ttf) body font instead of the bundled Noto Sans SC.")
    Path font;

    @Option(names = "--font-bold", paramLabel = "FILE", description = "Its bold face (default: --font, or the bundled bold).")
    Path fontBold;

    @Option(names = "--reference-docx", paramLabel = "FILE", description = "A .docx whose styles, page setup, header and footer the DOCX takes.")
    Path referenceDocx;

    @Option(names = "--reference-pptx", paramLabel = "FILE", description = "A .pptx or .potx whose masters and layouts the deck uses.")
    Path referencePptx;

    @Option(names = "--slide-level", paramLabel = "N", converter = SlideLevelConverter.class,
            description = "The outline level that starts a slide, like pandoc's option: 1 for the note's top-level sections, 2 for "
                    + "their subsections (default: the deck is composed by what fits; a note's own `slide-level:` front matter wins).")
    Integer slideLevel;

    List<Settings.Value> values() {
        List<Settings.Value> values = new ArrayList<>();
        values.add(new Settings.Value("formats", formats == null ? null : List.copyOf(formats), "--format"));
        values.add(new Settings.Value("templates", templateDir, "--templates"));
        values.add(new Settings.Value("page-size", pageSize, "--page-size"));
        values.add(new Settings.Value("references", references, references == Boolean.FALSE ? "--no-references" : "--references"));
        values.add(new Settings.Value("fonts.regular", font, "--font"));
        values.add(new Settings.Value("fonts.bold", fontBold, "--font-bold"));
        values.add(new Settings.Value("reference-docx", referenceDocx, "--reference-docx"));
        values.add(new Settings.Value("reference-pptx", referencePptx, "--reference-pptx"));
        values.add(new Settings.Value("slide-level", slideLevel, "--slide-level"));
        return values;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            Format f = Format.byName(value);
            if (f == null) {
                throw new CommandLine.TypeConversionException("unknown format '" + value.strip() + "': use pdf, docx, pptx or html");
            }
            return f;
        }
    }

    static final class SlideLevelConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!value.strip().matches("[1-6]")) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no heading level: use 1 to 6");
            }
            return Integer.parseInt(value.strip());
        }
    }

    static final class PageSizeConverter implements CommandLine.ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            for (PageSize p : PageSize.values()) {
                if (p.name().equalsIgnoreCase(value.strip())) {
                    return p;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is no page size: use A4 or letter");
        }
    }
}
