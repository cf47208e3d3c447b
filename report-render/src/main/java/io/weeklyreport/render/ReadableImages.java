package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's local pictures, each checked once for all formats. A picture that cannot be
 * used (cut short, not a picture, SVG, too many pixels ...) leaves the report as the parser leaves a
 * missing one, without a file, so every template and writer shows its placeholder; each such picture
 * gives one warning.
 *
 * @param report   the report with unusable pictures turned into placeholders (the same object when all are fine)
 * @param logo     the team's logo for the title block when it is usable, else null
 * @param warnings one per unusable picture, at its line (the logo's at line 0)
 */
record ReadableImages(Report report, Path logo, List<Diagnostic> warnings) {
    static final String CODE = "unreadable-image";

    ReadableImages {
        warnings = List.copyOf(warnings);
    }

    /** Checks the report's pictures and the logo ({@code null} for none). */
    static ReadableImages of(Report report, Path logo) {
        Checker checker = new Checker();
        List<Block> preamble = checker.blocks(report.preamble());
        List<Section> sections = report.sections().stream().map(checker::section).toList();
        Report checked = checker.warnings.isEmpty() ? report
                : new Report(report.metadata(), report.meeting(), preamble, sections, report.diagnostics());
        Path usableLogo = null;
        if (logo != null) {
            switch (ImageFile.check(logo)) {
                case ImageFile file -> usableLogo = logo;
                case ImageCheck.Unusable why -> checker.warnings.add(new Diagnostic(Severity.WARNING, 0, 0, CODE,
                        "logo '" + logo + "' cannot be shown: " + why.reason() + "; the title block goes without it"));
            }
        }
        return new ReadableImages(checked, usableLogo, checker.warnings);
    }

    private static final class Checker {
        private final Map<Path, ImageCheck> seen = new HashMap<>();
        private final List<Diagnostic> warnings = new ArrayList<>();

        Section section(Section s) {
            return new Section(s.number(), s.title(), s.level(), s.role(), blocks(s.blocks()),
                    s.children().stream().map(this::section).toList(), s.line());
        }

        List<Block> blocks(List<Block> blocks) {
            List<Block> out = new ArrayList<>(blocks.size());
            for (Block b : blocks) {
                out.add(switch (b) {
                    case Image i -> image(i);
                    case ItemList l -> new ItemList(l.ordered(), l.start(), l.items().stream().map(this::item).toList(), l.line());
                    case Quote q -> new Quote(blocks(q.blocks()), q.line());
                    default -> b;
                });
            }
            return out;
        }

        private Item item(Item i) {
            return new Item(i.text(), i.status(), i.refs(), i.task(), blocks(i.body()), i.line(), i.owners());
        }

        private Image image(Image i) {
            if (i.file() == null) {
                return i;
            }
            Path path = Path.of(i.file()).toAbsolutePath().normalize();
            ImageCheck check = seen.computeIfAbsent(path, ImageFile::check);
            switch (check) {
                case ImageFile file -> {
                    return i;
                }
                case ImageCheck.Unusable why -> {
                    warnings.add(new Diagnostic(Severity.WARNING, i.line(), 0, CODE,
                            "image '" + i.source() + "' cannot be shown: " + why.reason() + "; a placeholder stands in its place"));
                    return new Image(i.source(), i.alt(), null, false, i.line());
                }
            }
        }
    }
}
