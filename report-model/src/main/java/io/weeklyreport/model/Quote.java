package io.weeklyreport.model;

import java.util.List;

/** A block quote. */
public record Quote(List<Block> blocks, int line) implements Block {
    public Quote {
        blocks = List.copyOf(blocks);
    }
}
