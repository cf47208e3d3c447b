package io.weeklyreport.model;

import java.util.List;

/** Rich text inside a paragraph, item, heading or table cell. */
public sealed interface Inline {

    record Text(String text) implements Inline { }

    record Strong(List<Inline> content) implements Inline {
        public Strong { content = List.copyOf(content); }
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis { content = List.copyOf(content); }
    }

    record Code(String code) implements Inline { }

    record Strike(List<Inline> content) implements Inline {
        public Strike { content = List.copyOf(content); }
    }

    /** A link; {@code ref} is what the parser understood of its URL (never null). */
    record Link(String url, List<Inline> content, Ref ref) implements Inline {
        public Link { content = List.copyOf(content); }
    }

    record LineBreak() implements Inline { }

    /** The visible text of inline content: what a reader sees, without markup or URLs. */
    static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        appendPlain(inlines, sb);
        return sb.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> sb.append(t.text());
                case Strong s -> appendPlain(s.content(), sb);
                case Emphasis e -> appendPlain(e.content(), sb);
                case Code c -> sb.append(c.code());
                case Strike s -> appendPlain(s.content(), sb);
                case Link l -> appendPlain(l.content(), sb);
                case LineBreak br -> sb.append('\n');
            }
        }
    }
}
