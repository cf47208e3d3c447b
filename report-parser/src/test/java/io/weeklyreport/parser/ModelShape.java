package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Table;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * How deep a report nests, whether its text holds a character no XML document may carry, and all its
 * text (one run a line, in no particular order), measured
 * without recursing (a report that breaks the limits must not break the test that checks them).
 */
record ModelShape(int blockDepth, int inlineDepth, int refusedCharacter, String text) {
    private record At(Object node, int depth) { }

    static ModelShape of(Report report) {
        int blocks = 0;
        int inlines = 0;
        int refused = -1;
        StringBuilder text = new StringBuilder();
        Deque<At> todo = new ArrayDeque<>();
        report.preamble().forEach(b -> todo.push(new At(b, 1)));
        for (Section s : report.allSections()) {
            s.blocks().forEach(b -> todo.push(new At(b, 1)));
            todo.push(new At(s.title(), 0));
        }
        todo.push(new At(List.of(new Inline.Text(report.metadata().title())), 0));
        while (!todo.isEmpty()) {
            At at = todo.pop();
            int d = at.depth();
            switch (at.node()) {
                case Quote q -> {
                    blocks = Math.max(blocks, d);
                    q.blocks().forEach(b -> todo.push(new At(b, d + 1)));
                }
                case ItemList l -> {
                    blocks = Math.max(blocks, d);
                    for (Item i : l.items()) {
                        todo.push(new At(i.text(), 0));
                        i.body().forEach(b -> todo.push(new At(b, d + 1)));
                    }
                }
                case Paragraph p -> todo.push(new At(p.content(), 0));
                case Table t -> {
                    t.header().forEach(c -> todo.push(new At(c.content(), 0)));
                    t.rows().forEach(r -> r.forEach(c -> todo.push(new At(c.content(), 0))));
                }
                case CodeBlock c -> {
                    text.append(c.text()).append('\n');
                    refused = Math.max(refused, refused(c.text()));
                }
                case Image i -> refused = Math.max(refused, Math.max(refused(i.alt()), refused(i.source())));
                case List<?> runs -> runs.forEach(r -> todo.push(new At(r, d + 1)));
                case Inline.Text t -> {
                    inlines = Math.max(inlines, d);
                    text.append(t.text()).append('\n');
                    refused = Math.max(refused, refused(t.text()));
                }
                case Inline.Strong s -> todo.push(new At(s.content(), d));
                case Inline.Emphasis e -> todo.push(new At(e.content(), d));
                case Inline.Strike s -> todo.push(new At(s.content(), d));
                case Inline.Link l -> todo.push(new At(l.content(), d));
                case Inline.Code c -> {
                    text.append(c.code()).append('\n');
                    refused = Math.max(refused, refused(c.code()));
                }
                default -> { }
            }
        }
        return new ModelShape(blocks, inlines, refused, text.toString());
    }

    private static int refused(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(++i)))) {
                return c;
            }
        }
        return -1;
    }
}
