package io.weeklyreport.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One list item: its own text, what it says about progress, what it links to, and what is nested in it.
 *
 * @param text   the item's own first paragraph
 * @param status the progress stated in the item's own words (never inherited from a child)
 * @param refs   PR / issue / commit / other links found in {@code text}, in order
 * @param task   the check box of a task-list item
 * @param body   nested blocks: further paragraphs and nested lists
 * @param line   1-based source line
 * @param owners who the item belongs to, as the author wrote them ("@Wine93", "陈海霞"), in order; empty when
 *               the note names nobody
 */
public record Item(List<Inline> text, StatusMark status, List<Ref> refs, Task task, List<Block> body, int line,
                   List<String> owners) {

    public Item {
        text = List.copyOf(text);
        refs = List.copyOf(refs);
        body = List.copyOf(body);
        owners = List.copyOf(owners);
    }

    /** An item whose note names no owner. */
    public Item(List<Inline> text, StatusMark status, List<Ref> refs, Task task, List<Block> body, int line) {
        this(text, status, refs, task, body, line, List.of());
    }

    /** A task-list check box. */
    public enum Task { NONE, OPEN, CHECKED }

    public String plainText() {
        return Inline.plainText(text);
    }

    /** The items of the lists nested directly in this one. */
    public List<Item> children() {
        List<Item> children = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof ItemList list) {
                children.addAll(list.items());
            }
        }
        return children;
    }

    void collectItems(List<Item> into) {
        into.add(this);
        body.forEach(b -> b.collectItems(into));
    }
}
