package io.weeklyreport.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * A section of the note: from a {@code #}–{@code ####} heading or a bold-only paragraph used as one.
 *
 * @param number   the author's own numbering as written ("一、", "1.", "2.3"), or "" when none
 * @param title    the heading text without the numbering
 * @param level    depth in the tree, 1 for top-level sections
 * @param role     what the section is for
 * @param blocks   its own content, before its first sub-section
 * @param children its sub-sections
 * @param line     1-based source line of the heading
 */
public record Section(String number, List<Inline> title, int level, Role role, List<Block> blocks,
                      List<Section> children, int line) {

    public Section {
        title = List.copyOf(title);
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /**
     * What a section is for. A section whose content the parser turned into metadata (a "时间" line)
     * or into the {@link Meeting} is kept in the tree, marked, so renderers show it as a title block
     * or meeting card instead of repeating it.
     */
    public enum Role { CONTENT, TIME, MEETING }

    /** The title as plain text. */
    public String titleText() {
        return Inline.plainText(title);
    }

    /** "一、近期工作", "1. Highlights": numbering and title as the author wrote them. */
    public String fullTitle() {
        return number + gapAfter(number) + titleText();
    }

    /** What stands between a number and its title: nothing after "一、", "（一）" or "0：", a space after "1." or "1.1". */
    public static String gapAfter(String number) {
        return number.isEmpty() || number.endsWith("、") || number.endsWith("）") || number.endsWith("：") ? "" : " ";
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && children.isEmpty();
    }

    void walk(Consumer<Section> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.walk(visitor));
    }
}
