package io.weeklyreport.cli;

import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Ref;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the model's rich text back as CommonMark that the parser reads as the same text: emphasis,
 * code, links and line breaks as Markdown, and the characters that would start markup escaped. Only what
 * a list item's first paragraph can hold; the author's own lines are copied as written elsewhere.
 */
final class MarkdownText {
    /** Characters that open or close inline markup wherever they stand. */
    private static final Pattern ALWAYS = Pattern.compile("([\\\\`*\\[\\]<])");
    /** "~~" is strikethrough; a single "~" ("19:00~19:30") is text. */
    private static final Pattern TILDES = Pattern.compile("~(?=~)|(?<=~)~");
    /** "_" opens emphasis only next to a non-word character; "curve_ops_tool" stays as it is. */
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?\\w+;)");
    /** What would make a line a heading, quote, list item or thematic break when it starts one. */
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)(#|>|[-+=]|\\d+[.)])");

    private final String continuation;
    private final String defaultRepo;

    private MarkdownText(String continuation, String defaultRepo) {
        this.continuation = continuation;
        this.defaultRepo = defaultRepo;
    }

    /**
     * The inlines as Markdown on one line; a hard line break continues on a new line indented by
     * {@code continuation} so the text stays inside its list item.
     *
     * @param defaultRepo the repository a bare "#123" means when the note is read again (the settings'
     *                    {@code repo}), or null: a link the parser made of a bare number is written back
     *                    as that number, so it reads the same and does not become a link inside a link
     */
    static String of(List<Inline> inlines, String continuation, String defaultRepo) {
        StringBuilder sb = new StringBuilder();
        new MarkdownText(continuation, defaultRepo).write(inlines, sb);
        return sb.toString();
    }

    private void write(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> text(t.text(), sb);
                case Inline.Strong s -> wrap("**", s.content(), sb);
                case Inline.Emphasis e -> wrap("*", e.content(), sb);
                case Inline.Strike s -> wrap("~~", s.content(), sb);
                case Inline.Code c -> code(c.code(), sb);
                case Inline.Link l -> link(l, sb);
                case Inline.LineBreak br -> sb.append("\\\n").append(continuation);
            }
        }
    }

    private void wrap(String delimiter, List<Inline> content, StringBuilder sb) {
        sb.append(delimiter);
        write(content, sb);
        sb.append(delimiter);
    }

    private static void text(String text, StringBuilder sb) {
        String escaped = ALWAYS.matcher(text).replaceAll("\\\\$1");
        escaped = UNDERSCORE.matcher(escaped).replaceAll("\\\\_");
        escaped = ENTITY.matcher(escaped).replaceAll("\\\\&");
        escaped = TILDES.matcher(escaped).replaceAll("\\\\~");
        if (sb.isEmpty() || sb.charAt(sb.length() - 1) == '\n' || lineIsBlankSoFar(sb)) {
            Matcher m = LINE_START.matcher(escaped);
            if (m.find()) {
                // The backslash goes before the punctuation: "1\. " is text, "\1. " would still be a list.
                int at = Character.isDigit(m.group(2).charAt(0)) ? m.end(2) - 1 : m.start(2);
                escaped = escaped.substring(0, at) + "\\" + escaped.substring(at);
            }
        }
        sb.append(escaped.replace("\n", " "));
    }

    private static boolean lineIsBlankSoFar(StringBuilder sb) {
        int lineStart = sb.lastIndexOf("\n") + 1;
        return sb.substring(lineStart).isBlank();
    }

    private static void code(String code, StringBuilder sb) {
        int longest = 0;
        for (Matcher m = Pattern.compile("`+").matcher(code); m.find(); ) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = code.startsWith("`") || code.endsWith("`");
        sb.append(fence).append(pad ? " " : "").append(code).append(pad ? " " : "").append(fence);
    }

    private void link(Inline.Link l, StringBuilder sb) {
        String text = Inline.plainText(l.content());
        Ref ref = l.ref();
        if (ref.repo() != null && ref.repo().equals(defaultRepo) && text.equals("#" + ref.number())
                && l.url().equals("https://github.com/" + ref.repo() + "/pull/" + ref.number())) {
            sb.append(text);
            return;
        }
        boolean bare = text.strip().equals(l.url());
        if (bare && !l.url().contains(">") && !l.url().contains(" ")) {
            sb.append('<').append(l.url()).append('>');
            return;
        }
        sb.append('[');
        write(l.content(), sb);
        sb.append("](");
        String url = l.url();
        if (url.contains(" ") || url.contains("(") || url.contains(")") || url.contains("<")) {
            sb.append('<').append(url.replace(">", "%3E").replace("<", "%3C")).append('>');
        } else {
            sb.append(url);
        }
        sb.append(')');
    }
}
