package io.weeklyreport.model;

import java.util.List;

/** A block of section content. */
public sealed interface Block permits Paragraph, ItemList, Table, Image, CodeBlock, Quote, ThematicBreak {

    /** 1-based source line where the block starts. */
    int line();

    /** Adds this block's list items (and their nested items) to {@code into}, in document order. */
    default void collectItems(List<Item> into) {
        switch (this) {
            case ItemList list -> list.items().forEach(i -> i.collectItems(into));
            case Quote quote -> quote.blocks().forEach(b -> b.collectItems(into));
            default -> { }
        }
    }
}
