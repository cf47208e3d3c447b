package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
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
import io.weeklyreport.model.Severity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts flexmark inline nodes into the model's rich text. Images found inline are handed back separately. */
final class InlineReader {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BARE_ISSUE = Pattern.compile("(?<![\\w&/])#(\\d{1,6})\\b");
    /** Where a bare URL ends when the autolinker ran on into Chinese text or full-width punctuation. */
    private static final Pattern URL_END = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201F]");
    /** "(Merge block storage …)" after a reversed "[https://…]". */
    private static final Pattern PAREN_TEXT = Pattern.compile("^\\(([^()\\n]+)\\)");

    private final RefRecognizer refs;
    private final DiagnosticLog log;
    private final List<Node> inlineImages = new ArrayList<>();
    /** How many inline nodes enclose the one being read. */
    private int depth;
    /** The documents whose deep inline nesting was already reported (once each is enough). */
    private final List<Node> flattenedOnce = new ArrayList<>();

    InlineReader(RefRecognizer refs, DiagnosticLog log) {
        this.refs = refs;
        this.log = log;
    }

    /** Images met during the last {@link #read} calls, in order; cleared by {@link #takeImages()}. */
    List<Node> takeImages() {
        List<Node> images = List.copyOf(inlineImages);
        inlineImages.clear();
        return images;
    }

    List<Inline> read(Node parent) {
        if (depth >= Limits.INLINE_DEPTH) {
            return flattened(parent);
        }
        depth++;
        try {
            return readChildren(parent);
        } finally {
            depth--;
        }
    }

    /**
     * The content of a node shown as bold text (a heading nested in a list or quote): the bold wrapper
     * is one more level, so it counts towards the readable depth like any emphasis.
     */
    Inline.Strong readAsStrong(Node parent) {
        depth++;
        try {
            return new Inline.Strong(read(parent));
        } finally {
            depth--;
        }
    }

    /**
     * The visible text under a node nested beyond the readable depth, gathered without recursing: the
     * emphasis, links and strikethrough below that depth are dropped, their words kept.
     */
    private List<Inline> flattened(Node parent) {
        if (!flattenedOnce.contains(parent.getDocument())) {
            flattenedOnce.add(parent.getDocument());
            log.at(Severity.WARNING, parent.getStartOffset(), "deep-nesting", "emphasis, links or strikethrough nested more than "
                    + Limits.INLINE_DEPTH + " levels deep; the deeper levels are shown as plain text");
        }
        StringBuilder text = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            switch (n) {
                case Text t -> text.append(Escaping.unescapeString(t.getChars().toString()));
                case Code c -> text.append(c.getText());
                case SoftLineBreak br -> text.append(' ');
                case HardLineBreak br -> text.append(' ');
                case HtmlInline h -> text.append(TAG.matcher(h.getChars()).replaceAll(""));
                case Image img -> inlineImages.add(img);
                case ImageRef img when referenceOf(img) != null -> inlineImages.add(img);
                default -> {
                    if (!n.hasChildren()) {
                        text.append(n.getChars());
                    }
                    for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                        todo.push(c);
                    }
                }
            }
        }
        return List.of(new Inline.Text(text.toString()));
    }

    private List<Inline> readChildren(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof LinkRef r && n.getNext() instanceof Text after && reversedLink(r, after, out)) {
                n = n.getNext();
                continue;
            }
            if (n instanceof LinkRef r && spacedLink(r, out)) {
                n = n.getNext();
                continue;
            }
            readNode(n, out);
        }
        return merge(out);
    }

    /**
     * "[https://github.com/o/r/pull/2089](Merge block storage …)": the author swapped text and URL. CommonMark
     * reads it as a reference and plain text because of the spaces; the intent is plain, so it becomes a link.
     */
    private boolean reversedLink(LinkRef r, Text after, List<Inline> out) {
        String url = r.getReference().toString().strip();
        Matcher m = PAREN_TEXT.matcher(after.getChars());
        if (!RefRecognizer.looksLikeUrl(url) || !m.find()) {
            return false;
        }
        String text = Escaping.unescapeString(m.group(1).strip());
        reportReversed(r.getStartOffset(), url, text);
        out.add(link(url, List.of(new Inline.Text(text))));
        String rest = after.getChars().subSequence(m.end(), after.getChars().length()).toString();
        if (!rest.isEmpty()) {
            addText(Escaping.unescapeString(rest), out);
        }
        return true;
    }

    /**
     * "[2022-12-05] (https://…)": a space between "]" and "(" makes CommonMark print brackets, parentheses
     * and a bare URL. The author meant a link (the curve notes do this in a dozen places), so it becomes one.
     */
    private boolean spacedLink(LinkRef r, List<Inline> out) {
        // The autolinker wraps what follows in one text node: " (", the URL, ") and the rest".
        Node after = r.getNext();
        if (r.isDefined() || after == null || !(after.getFirstChild() instanceof Text open)
                || !(open.getNext() instanceof AutoLink url) || !(url.getNext() instanceof Text close)
                || close.getNext() != null) {
            return false;
        }
        if (!open.getChars().toString().matches("[ \\t]+\\(") || !close.getChars().toString().startsWith(")")) {
            return false;
        }
        String target = url.getText().toString();
        List<Inline> text = read(r);
        log.at(Severity.WARNING, r.getStartOffset(), "spaced-link",
                "a space between ] and ( leaves this as text; read as a link to " + target);
        out.add(link(target, text));
        String rest = close.getChars().toString().substring(1);
        if (!rest.isEmpty()) {
            addText(Escaping.unescapeString(rest), out);
        }
        return true;
    }

    private void reportReversed(int offset, String url, String text) {
        log.at(Severity.WARNING, offset, "reversed-link",
                "link text and URL are swapped ([URL](text)); read as a link to " + url + " with text \"" + text + "\"");
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
            case Link l -> readLink(l, out);
            case AutoLink a -> autoLink(a.getText().toString(), out);
            case MailLink m -> out.add(link("mailto:" + m.getText(), List.of(new Inline.Text(m.getText().toString()))));
            case Image img -> inlineImages.add(img);
            case ImageRef img when referenceOf(img) != null -> inlineImages.add(img);
            case ImageRef img -> addText(Escaping.unescapeString(img.getChars().toString()), out);
            case HtmlEntity e -> out.add(new Inline.Text(Escaping.unescapeString(e.getChars().toString())));
            case HtmlInlineComment c -> { }
            case HtmlInline h -> html(h, out);
            case LinkRef r -> linkRef(r, out);
            default -> {
                if (n.hasChildren()) {
                    out.addAll(read(n));
                } else {
                    addText(n.getChars().toString(), out);
                }
            }
        }
    }

    private void readLink(Link l, List<Inline> out) {
        String url = Escaping.unescapeString(l.getUrl().toString());
        List<Inline> content = read(l);
        String text = Inline.plainText(content).strip();
        // "[https://x/pull/1](Merge)": a one-word destination that is no URL and a URL as text.
        if (!url.isEmpty() && !url.matches(".*[:/.#?].*") && RefRecognizer.looksLikeUrl(text)) {
            reportReversed(l.getStartOffset(), text, url);
            out.add(link(text, List.of(new Inline.Text(url))));
            return;
        }
        out.add(link(url, content));
    }

    /**
     * The definition a "[text][ref]" or "![alt][ref]" points to, or null when there is none (also when the
     * note was read block by block, which leaves definitions in other blocks out of reach).
     */
    static com.vladsch.flexmark.ast.Reference referenceOf(com.vladsch.flexmark.ast.RefNode r) {
        try {
            return r.isDefined() && r.getDocument() != null ? r.getReferenceNode(r.getDocument()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "[text][ref]" with a definition is a link; an undefined "[text]" is the text as written, brackets and all. */
    private void linkRef(LinkRef r, List<Inline> out) {
        com.vladsch.flexmark.ast.Reference target = referenceOf(r);
        if (target != null) {
            out.add(link(Escaping.unescapeString(target.getUrl().toString()), read(r)));
            return;
        }
        out.add(new Inline.Text("["));
        out.addAll(read(r));
        int close = r.getTextClosingMarker().getStartOffset() - r.getStartOffset();
        out.add(new Inline.Text(close > 0 ? r.getChars().subSequence(close, r.getChars().length()).toString() : "]"));
    }

    /** A bare URL; the autolinker runs on through Chinese text ("https://x/1，欢迎"), so it is cut there. */
    private void autoLink(String written, List<Inline> out) {
        Matcher end = URL_END.matcher(written);
        String url = end.find() ? written.substring(0, end.start()) : written;
        String rest = written.substring(url.length());
        while (!url.isEmpty() && ".,;:!?'\")".indexOf(url.charAt(url.length() - 1)) >= 0 && !balancedParen(url)) {
            rest = url.charAt(url.length() - 1) + rest;
            url = url.substring(0, url.length() - 1);
        }
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*://.+") || url.startsWith("www.")) {
            String target = url.startsWith("www.") ? "https://" + url : url;
            out.add(link(target, List.of(new Inline.Text(url))));
        } else {
            rest = written;
        }
        if (!rest.isEmpty()) {
            addText(rest, out);
        }
    }

    /** A URL ending in ")" keeps it when it opened one, as Wikipedia links do. */
    private static boolean balancedParen(String url) {
        return url.endsWith(")") && url.chars().filter(c -> c == '(').count() >= url.chars().filter(c -> c == ')').count();
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

    /**
     * Adjacent text runs joined, so the model reads as the author wrote it; a run of spaces and tabs in text
     * is one space, as every reader of Markdown shows it (code keeps its own). Flying Saucer breaks lines in
     * time quadratic in the length of a run of spaces: 100,000 of them in one item took 212 s to lay out.
     */
    static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Text t && !out.isEmpty() && out.getLast() instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(i);
            }
        }
        out.replaceAll(i -> i instanceof Inline.Text t && SPACE_RUN.matcher(t.text()).find()
                ? new Inline.Text(SPACE_RUN.matcher(t.text()).replaceAll(" ")) : i);
        return out;
    }

    /** Two or more spaces or tabs, or a tab alone. */
    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[ \\t]{2,}|\\t");

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
