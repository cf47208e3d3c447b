package io.weeklyreport.model;

/**
 * A thematic break ({@code ---}, {@code ***}) between blocks: the author's "something new starts here". The
 * deck starts a new slide at it; the handout and the report show nothing for it.
 */
public record ThematicBreak(int line) implements Block {
}
