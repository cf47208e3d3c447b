package io.weeklyreport.model;

import java.util.List;

/**
 * A bullet or numbered list.
 *
 * @param ordered whether the author numbered it
 * @param start   the first number of an ordered list (1 otherwise)
 */
public record ItemList(boolean ordered, int start, List<Item> items, int line) implements Block {
    public ItemList {
        items = List.copyOf(items);
    }
}
