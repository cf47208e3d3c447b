package io.weeklyreport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One meeting note, understood.
 *
 * @param metadata    title, date, language and the like
 * @param meeting     the "join the meeting" information, or {@code null} when the note has none
 * @param preamble    blocks that stand before the first section heading
 * @param sections    the top-level sections, each with its sub-sections
 * @param diagnostics what the parser noticed, in source order
 */
public record Report(Metadata metadata, Meeting meeting, List<Block> preamble, List<Section> sections,
                     List<Diagnostic> diagnostics) {

    public Report {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every section of the tree, depth first, in document order. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        sections.forEach(s -> s.walk(all::add));
        return all;
    }

    /** Every list item of the report, depth first, in document order (nested items included). */
    public List<Item> allItems() {
        List<Item> items = new ArrayList<>();
        Consumer<Block> collect = b -> b.collectItems(items);
        preamble.forEach(collect);
        for (Section s : allSections()) {
            s.blocks().forEach(collect);
        }
        return items;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** A copy with other metadata (the CLI's --title, --date, -M options). */
    public Report withMetadata(Metadata other) {
        return new Report(other, meeting, preamble, sections, diagnostics);
    }
}
