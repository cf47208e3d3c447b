package io.weeklyreport.model;

import java.util.List;

/** A table: a header row and body rows of rich-text cells. */
public record Table(List<Cell> header, List<List<Cell>> rows, int line) implements Block {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public enum Align { DEFAULT, LEFT, CENTER, RIGHT }

    public record Cell(List<Inline> content, Align align) {
        public Cell {
            content = List.copyOf(content);
        }
    }
}
