package io.weeklyreport.parser;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata written as "Key: value" lines at the very top of a note, without YAML fences, as Pelican and
 * MultiMarkdown read them ({@code Title: Weekly digest 42}, {@code Date: 2023-01-08}, {@code Tags: a, b}).
 * They are metadata, not body text.
 */
final class HeaderLines {
    /**
     * The keys publishing tools define. A first paragraph with any other key ("Attendees: …") is the
     * note's own text, so nothing of it is taken away from the body.
     */
    private static final Set<String> KEYS = Set.of("title", "subtitle", "date", "modified", "updated", "author", "authors",
            "tags", "tag", "category", "categories", "keywords", "slug", "summary", "description", "lang", "language",
            "status", "template", "save_as", "url", "translation", "series", "draft", "type", "layout", "id", "weight");
    private static final Pattern LINE = Pattern.compile("^([A-Za-z][A-Za-z_ -]{0,24}):\\s*(.*?)\\s*$");
    /** MultiMarkdown lets a value continue on lines indented under it. */
    private static final Pattern CONTINUATION = Pattern.compile("^[ \\t]+\\S.*$");

    private HeaderLines() {
    }

    /**
     * The keys (lower case) and values of {@code text}, the note's first paragraph as written, when every
     * line of it is a header line with a known key and a title or date is among them; else null.
     */
    static Map<String, String> read(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String key = null;
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches() && KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT))) {
                key = m.group(1).strip().toLowerCase(Locale.ROOT);
                values.merge(key, m.group(2), (a, b) -> a + ", " + b);
            } else if (key != null && CONTINUATION.matcher(line).matches()) {
                values.merge(key, line.strip(), (a, b) -> a.isEmpty() ? b : a + " " + b);
            } else if (!line.isBlank()) {
                return null;
            }
        }
        return values.containsKey("title") || values.containsKey("date") ? values : null;
    }
}
