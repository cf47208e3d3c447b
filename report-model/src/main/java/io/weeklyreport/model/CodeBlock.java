package io.weeklyreport.model;

/** A fenced or indented code block that is not meeting information. */
public record CodeBlock(String language, String text, int line) implements Block {
}
