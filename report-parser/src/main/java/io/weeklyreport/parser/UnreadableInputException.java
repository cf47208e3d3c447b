package io.weeklyreport.parser;

/** The input cannot be read as a text note at all: missing, a folder, binary, or badly encoded. */
public final class UnreadableInputException extends Exception {
    private final String source;
    private final int line;

    public UnreadableInputException(String source, int line, String problem) {
        super(problem);
        this.source = source;
        this.line = line;
    }

    /** The file name as the user gave it. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** "notes.md:3: invalid UTF-8 ..." */
    public String describe() {
        return source + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
