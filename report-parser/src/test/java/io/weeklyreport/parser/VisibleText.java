package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.ThematicBreak;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees, counted two independent ways: from flexmark's AST of the Markdown, and from
 * everything the model holds. URLs are left out on both sides (a link's target is not visible text),
 * and so is punctuation; each Han character counts as one word, Latin words and numbers as one each.
 */
final class VisibleText {
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF<>\"]*");
    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<[^>]*>");
    private static final Pattern IMG = Pattern.compile("(?is)<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("(?is)\\balt\\s*=\\s*[\"']([^\"']*)[\"']");

    private VisibleText() {
    }

    /** Word counts of a text. */
    static Map<String, Integer> words(CharSequence text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(URL.matcher(text).replaceAll(" "));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** What the Markdown shows, leaving out the nodes that hold the meeting invitation. */
    static String ofMarkdown(Node document, java.util.Set<Node> meetingNodes) {
        StringBuilder sb = new StringBuilder();
        collect(document, sb, meetingNodes);
        return sb.toString();
    }

    /** Words run on across inline nodes ("使用[milestone](…)的形式" is one run); blocks and breaks separate. */
    private static void collect(Node n, StringBuilder sb, java.util.Set<Node> skip) {
        if (skip.contains(n)) {
            return;
        }
        switch (n) {
            case YamlFrontMatterBlock fm -> { }
            case HtmlCommentBlock c -> { }
            case HtmlInlineComment c -> { }
            case Reference r -> { }
            case FencedCodeBlock f -> sb.append(' ').append(f.getContentChars()).append(' ');
            case IndentedCodeBlock c -> sb.append(' ').append(c.getContentChars()).append(' ');
            case Code c -> sb.append(c.getText());
            case HtmlBlock h -> html(h.getChars().toString(), sb);
            case HtmlInline h -> html(h.getChars().toString(), sb);
            case Text t -> sb.append(Escaping.unescapeString(t.getChars().toString()));
            case SoftLineBreak br -> sb.append(' ');
            case HardLineBreak br -> sb.append(' ');
            default -> {
                if (!n.hasChildren() && n.getClass().getSimpleName().equals("HtmlEntity")) {
                    sb.append(Escaping.unescapeString(n.getChars().toString()));
                }
                boolean block = n instanceof com.vladsch.flexmark.util.ast.Block
                        || n instanceof com.vladsch.flexmark.ext.tables.TableCell;
                if (block) {
                    sb.append(' ');
                }
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    collect(c, sb, skip);
                }
                if (block) {
                    sb.append(' ');
                }
            }
        }
    }

    /** The raw text of the meeting nodes. */
    static String ofNodes(java.util.Set<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            sb.append(n instanceof FencedCodeBlock f ? f.getContentChars() : n.getChars()).append('\n');
        }
        return sb.toString();
    }

    private static void html(String html, StringBuilder sb) {
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Matcher alt = ALT.matcher(img.group());
            if (alt.find()) {
                sb.append(' ').append(alt.group(1)).append(' ');
            }
        }
        sb.append(Escaping.unescapeString(TAG.matcher(html).replaceAll("")));
    }

    /** Everything the model holds as text, except the meeting (see {@link #ofMeeting}). */
    static String ofModel(Report report) {
        StringBuilder sb = new StringBuilder();
        Metadata m = report.metadata();
        if (m.titleSource() == Metadata.TitleSource.HEADING) {
            sb.append(m.title()).append(' ');
        }
        if (m.extra().containsKey("heading")) {
            sb.append(m.extra().get("heading")).append(' ');
        }
        blocks(report.preamble(), sb);
        for (Section s : report.allSections()) {
            sb.append(s.number()).append(' ');
            inlines(s.title(), sb);
            blocks(s.blocks(), sb);
        }
        return sb.toString();
    }

    /** The meeting's fields and kept lines. */
    static String ofMeeting(Meeting meeting) {
        if (meeting == null) {
            return "";
        }
        List<Object> parts = new ArrayList<>();
        parts.add(meeting.topic());
        parts.add(meeting.date());
        parts.add(meeting.start());
        parts.add(meeting.end());
        // The time as parsed, or, when the note's metadata holds it, the line as the invitation wrote it.
        parts.add(meeting.date() == null ? meeting.timeText() : null);
        parts.add(meeting.timeZone());
        parts.add(meeting.joinUrl());
        parts.add(meeting.meetingNumber());
        parts.add(meeting.passcode());
        parts.addAll(meeting.dialIns());
        parts.addAll(meeting.otherLines());
        parts.addAll(meeting.boilerplate());
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p != null) {
                sb.append(p).append(' ');
            }
        }
        return sb.toString();
    }

    private static void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            switch (b) {
                case Paragraph p -> inlines(p.content(), sb);
                case ItemList l -> {
                    for (Item i : l.items()) {
                        inlines(i.text(), sb);
                        blocks(i.body(), sb);
                    }
                }
                case Table t -> {
                    t.header().forEach(c -> inlines(c.content(), sb));
                    t.rows().forEach(r -> r.forEach(c -> inlines(c.content(), sb)));
                }
                case Image i -> sb.append(i.alt()).append(' ');
                case CodeBlock c -> sb.append(c.text()).append(' ');
                case Quote q -> blocks(q.blocks(), sb);
                case ThematicBreak t -> { }
            }
        }
    }

    private static void inlines(List<Inline> inlines, StringBuilder sb) {
        sb.append(Inline.plainText(inlines)).append(' ');
    }
}
