package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Ref;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts flexmark inline nodes into the model's rich text. Images found inline are handed back separately. */
final class InlineReader {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BARE_ISSUE = Pattern.compile("(?<![\\w&/])#(\\d{1,6})\\b");

    private final RefRecognizer refs;
    private final List<Node> inlineImages = new ArrayList<>();

    InlineReader(RefRecognizer refs) {
        this.refs = refs;
    }

    /** Images met during the last {@link #read} calls, in order; cleared by {@link #takeImages()}. */
    List<Node> takeImages() {
        List<Node> images = List.copyOf(inlineImages);
        inlineImages.clear();
        return images;
    }

    List<Inline> read(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            readNode(n, out);
        }
        return merge(out);
    }

    private void readNode(Node n, List<Inline> out) {
        switch (n) {
            case Text t -> addText(Escaping.unescapeString(t.getChars().toString()), out);
            case SoftLineBreak br -> out.add(new Inline.Text(" "));
            case HardLineBreak br -> out.add(new Inline.LineBreak());
            case StrongEmphasis s -> out.add(new Inline.Strong(read(s)));
            case Emphasis e -> out.add(new Inline.Emphasis(read(e)));
            case Code c -> out.add(new Inline.Code(c.getText().toString()));
            case Strikethrough s -> out.add(new Inline.Strike(read(s)));
            case Link l -> out.add(link(l.getUrl().toString(), read(l)));
            case AutoLink a -> out.add(link(a.getUrl().toString(), List.of(new Inline.Text(a.getText().toString()))));
            case MailLink m -> out.add(link("mailto:" + m.getText(), List.of(new Inline.Text(m.getText().toString()))));
            case Image img -> inlineImages.add(img);
            case HtmlEntity e -> out.add(new Inline.Text(Escaping.unescapeString(e.getChars().toString())));
            case HtmlInlineComment c -> { }
            case HtmlInline h -> html(h, out);
            case LinkRef r -> out.add(new Inline.Text(r.getChars().toString()));
            default -> {
                if (n.hasChildren()) {
                    out.addAll(read(n));
                } else {
                    addText(n.getChars().toString(), out);
                }
            }
        }
    }

    /** Raw HTML is never passed through as markup: an {@code <img>} becomes an image, a {@code <br>} a break. */
    private void html(HtmlInline h, List<Inline> out) {
        String tag = h.getChars().toString();
        if (tag.matches("(?is)<img\\b.*")) {
            inlineImages.add(h);
        } else if (tag.matches("(?is)<br\\s*/?>")) {
            out.add(new Inline.LineBreak());
        } else {
            String text = TAG.matcher(tag).replaceAll("");
            if (!text.isEmpty()) {
                out.add(new Inline.Text(text));
            }
        }
    }

    private Inline link(String url, List<Inline> content) {
        return new Inline.Link(url, content, refs.recognise(url));
    }

    /** Plain text, with "#123" made a link when a default repository is configured. */
    private void addText(String text, List<Inline> out) {
        Matcher m = BARE_ISSUE.matcher(text);
        int last = 0;
        while (m.find()) {
            Ref ref = refs.recogniseBareNumber(m.group());
            if (ref == null) {
                continue;
            }
            if (m.start() > last) {
                out.add(new Inline.Text(text.substring(last, m.start())));
            }
            out.add(new Inline.Link(ref.url(), List.of(new Inline.Text(m.group())), ref));
            last = m.end();
        }
        if (last < text.length()) {
            out.add(new Inline.Text(text.substring(last)));
        }
    }

    /** Adjacent text runs joined, so the model reads as the author wrote it. */
    static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Text t && !out.isEmpty() && out.getLast() instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** Drops leading and trailing white space (and line breaks) of a run of inlines. */
    static List<Inline> trim(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty() && (out.getFirst() instanceof Inline.LineBreak
                || out.getFirst() instanceof Inline.Text t && t.text().isBlank())) {
            out.removeFirst();
        }
        while (!out.isEmpty() && (out.getLast() instanceof Inline.LineBreak
                || out.getLast() instanceof Inline.Text t && t.text().isBlank())) {
            out.removeLast();
        }
        if (!out.isEmpty() && out.getFirst() instanceof Inline.Text t) {
            out.set(0, new Inline.Text(t.text().stripLeading()));
        }
        if (!out.isEmpty() && out.getLast() instanceof Inline.Text t) {
            out.set(out.size() - 1, new Inline.Text(t.text().stripTrailing()));
        }
        return out;
    }

    /** Removes the first {@code length} characters of visible text (a heading's numbering). */
    static List<Inline> dropPrefix(List<Inline> in, int length) {
        if (length == 0 || in.isEmpty() || !(in.getFirst() instanceof Inline.Text t) || t.text().length() < length) {
            return in;
        }
        List<Inline> out = new ArrayList<>(in);
        String rest = t.text().substring(length);
        if (rest.isEmpty()) {
            out.removeFirst();
        } else {
            out.set(0, new Inline.Text(rest));
        }
        return out;
    }
}
