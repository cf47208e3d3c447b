package io.weeklyreport.model;

import java.util.List;

/** A paragraph of rich text. */
public record Paragraph(List<Inline> content, int line) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }
}
