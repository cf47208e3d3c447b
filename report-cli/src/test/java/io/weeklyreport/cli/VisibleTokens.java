package io.weeklyreport.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader counts as the words of a note: CJK characters and Latin words, case-folded, URLs and
 * markup left out (the same tokens as ../shared/tools/fidelity.py).
 */
final class VisibleTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}]|[A-Za-z0-9][A-Za-z0-9_.+-]*[A-Za-z0-9]|[A-Za-z0-9]");

    private VisibleTokens() {
    }

    /** The tokens of a text with how often each occurs, sorted so failure messages read the same each run. */
    static Map<String, Integer> of(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    /** The visible text of Markdown source, roughly: markup, HTML tags, image paths and URLs removed. */
    static String ofMarkdown(String markdown) {
        // front matter is metadata, not text: YAML between --- lines, or a MultiMarkdown-style header block
        // ("Title: ...", "Date: ..." lines up to the first blank line), which the parser reads the same way
        String s = markdown.replaceFirst("(?s)^---\n.*?\n---\n", " ")
                .replaceFirst("^(?:[A-Za-z][A-Za-z0-9 _-]*:[ \t][^\n]*\n)+\n", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("]\\([^)\\s]*\\)", "] ")
                .replaceAll("(?m)^\\s*(```|~~~).*$", " ")
                .replaceAll("https?://\\S+", " ");
        return s;
    }

    /** The share of {@code reference}'s tokens that {@code output} holds as often. */
    static double coverage(Map<String, Integer> reference, Map<String, Integer> output) {
        int total = 0;
        int found = 0;
        for (var e : reference.entrySet()) {
            total += e.getValue();
            found += Math.min(e.getValue(), output.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 1.0 : (double) found / total;
    }

    /** The share of {@code reference}'s tokens that {@code output} holds as often. */
    static double coverage(String reference, String output) {
        return coverage(of(reference), of(output));
    }

    /** Tokens of {@code reference} missing from {@code output}, for failure messages. */
    static String missing(Map<String, Integer> reference, Map<String, Integer> output) {
        StringBuilder sb = new StringBuilder();
        reference.forEach((t, n) -> {
            int lacking = n - output.getOrDefault(t, 0);
            if (lacking > 0) {
                sb.append(t).append('×').append(lacking).append(' ');
            }
        });
        return sb.toString();
    }

    /** Tokens of {@code reference} missing from {@code output}, for failure messages. */
    static String missing(String reference, String output) {
        return missing(of(reference), of(output));
    }
}
