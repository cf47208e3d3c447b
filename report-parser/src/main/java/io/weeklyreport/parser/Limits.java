package io.weeklyreport.parser;

/**
 * What a note may be before it is refused or flattened. Every limit is checked before the work it
 * protects starts, so a hostile or runaway note costs at most a linear pass over its text.
 */
final class Limits {
    /** Meeting notes are kilobytes; a file this large is almost certainly the wrong file. */
    static final int MAX_NOTE_CHARS = 16 * 1024 * 1024;
    /**
     * Quotes and lists nested deeper than this are shown at this depth. No reader follows more, the deck
     * shows three levels, and every writer recurses per level.
     */
    static final int READABLE_DEPTH = 12;
    /** Emphasis, strikethrough and links nested deeper than this are shown as plain text. */
    static final int INLINE_DEPTH = 12;
    /** CommonMark's limit: a longer "[...]" is no link label, only text. */
    static final int LINK_LABEL_CHARS = 999;
    /**
     * A table wider than this is shown as text: an A4 page holds about a dozen readable columns, and
     * Flying Saucer and POI lay out a table of 50,000 columns in minutes.
     */
    static final int TABLE_COLUMNS = 64;
    /** Findings of one kind beyond this many are summed up in one line instead of repeated. */
    static final int FINDINGS_PER_CODE = 20;

    private Limits() {
    }
}
