package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterValue;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Severity;
import io.weeklyreport.model.StatusMark;
import io.weeklyreport.model.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks one flexmark document and builds the sections, blocks and items of the model, collecting the
 * meeting block, front matter and diagnostics on the way. Metadata inference happens in {@link MetadataInference}.
 */
final class ModelBuilder {
    private static final Pattern IMG_SRC = Pattern.compile("(?is)<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']?([^\"'\\s>]+)");
    private static final Pattern IMG_ALT = Pattern.compile("(?is)<img\\b[^>]*?\\balt\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TIME_TITLE = Pattern.compile("(?i)^(时间|会议时间|日期|time|date|when)$");
    private static final Pattern MEETING_TITLE = Pattern.compile("(?i)^(加入会议|会议链接|会议信息|入会方式|参会方式|join|join the meeting|meeting link|meeting info|how to join)$");
    /** Bold pseudo-headings rank below real ones: numbered ones above plain ones. */
    private static final int RANK_BOLD_NUMBERED = 7;
    private static final int RANK_BOLD_PLAIN = 8;

    private final String source;
    private final Path baseDir;
    private final LineIndex lines;
    private final InlineReader inlines;
    private final StatusVocabulary vocabulary;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    final List<Block> preamble = new ArrayList<>();
    final Map<String, String> frontMatter = new LinkedHashMap<>();
    /** A lone top heading that names the note rather than a section, e.g. "# Weekly sync" or "## 01-06". */
    String titleHeading;
    int titleHeadingLine;
    Meeting meeting;

    private final List<SectionDraft> roots = new ArrayList<>();
    private final Deque<SectionDraft> open = new ArrayDeque<>();

    ModelBuilder(String source, Path baseDir, String text, RefRecognizer refs, StatusVocabulary vocabulary) {
        this.source = source;
        this.baseDir = baseDir;
        this.lines = new LineIndex(text);
        this.inlines = new InlineReader(refs);
        this.vocabulary = vocabulary;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void warn(int line, int column, String code, String message) {
        diagnostics.add(new Diagnostic(Severity.WARNING, line, column, code, message));
    }

    void info(int line, int column, String code, String message) {
        diagnostics.add(new Diagnostic(Severity.INFO, line, column, code, message));
    }

    List<Section> build(Document doc) {
        findTitleHeading(doc);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            topLevel(n);
        }
        List<Section> sections = new ArrayList<>();
        for (SectionDraft d : roots) {
            sections.add(d.build(1));
        }
        return sections;
    }

    private void findTitleHeading(Document doc) {
        Node first = doc.getFirstChild();
        while (first instanceof YamlFrontMatterBlock || first instanceof HtmlCommentBlock) {
            first = first.getNext();
        }
        if (!(first instanceof Heading h)) {
            return;
        }
        int min = h.getLevel();
        int sameOrHigher = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading other && other.getLevel() <= min) {
                sameOrHigher++;
            }
        }
        if (sameOrHigher == 1) {
            titleHeading = plain(InlineReader.trim(inlines.read(h)));
            inlines.takeImages();
            titleHeadingLine = line(h);
        }
    }

    private void topLevel(Node n) {
        switch (n) {
            case YamlFrontMatterBlock fm -> readFrontMatter(fm);
            case Heading h when titleHeading != null && line(h) == titleHeadingLine -> { }
            case Heading h -> {
                List<Inline> title = InlineReader.trim(inlines.read(h));
                openSection(h.getLevel(), title, line(h));
                addImages(inlines.takeImages());
            }
            case com.vladsch.flexmark.ast.Paragraph p when boldHeading(p) != null -> {
                List<Inline> title = InlineReader.trim(boldHeading(p).content());
                boolean numbered = !SectionNumbering.split(plain(title)).number().isEmpty();
                openSection(numbered ? RANK_BOLD_NUMBERED : RANK_BOLD_PLAIN, title, line(p));
            }
            default -> {
                List<Block> blocks = blocks(n);
                if (open.isEmpty()) {
                    preamble.addAll(blocks);
                } else {
                    open.peek().blocks.addAll(blocks);
                }
            }
        }
    }

    private void openSection(int rank, List<Inline> title, int line) {
        while (!open.isEmpty() && open.peek().rank >= rank) {
            open.pop();
        }
        SectionNumbering.Split split = SectionNumbering.split(plain(title));
        SectionDraft draft = new SectionDraft(rank, split.number(), InlineReader.dropPrefix(title, split.prefixLength()), line);
        if (open.isEmpty()) {
            roots.add(draft);
        } else {
            open.peek().children.add(draft);
        }
        open.push(draft);
    }

    /** The strong node of a paragraph that consists of bold text only, else null. */
    private Inline.Strong boldHeading(com.vladsch.flexmark.ast.Paragraph p) {
        List<Inline> content = InlineReader.trim(inlines.read(p));
        inlines.takeImages();
        if (content.size() == 1 && content.getFirst() instanceof Inline.Strong s) {
            String text = plain(s.content()).strip();
            if (!text.isEmpty() && text.length() <= 60 && !text.contains("\n")) {
                return s;
            }
        }
        return null;
    }

    private List<Block> blocks(Node n) {
        List<Block> out = new ArrayList<>();
        switch (n) {
            case com.vladsch.flexmark.ast.Paragraph p -> paragraph(p, out);
            case ListBlock list -> out.add(list(list));
            case FencedCodeBlock f -> fenced(f, out);
            case IndentedCodeBlock c -> out.add(new CodeBlock("", c.getContentChars().toString().stripTrailing(), line(c)));
            case BlockQuote q -> {
                List<Block> inner = new ArrayList<>();
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    inner.addAll(blocks(c));
                }
                out.add(new Quote(inner, line(q)));
            }
            case TableBlock t -> out.add(table(t));
            case HtmlCommentBlock c -> { }
            case HtmlBlock h -> htmlBlock(h, out);
            case ThematicBreak tb -> { }
            case Heading h -> {
                // A heading nested in a list or quote: keep its text as a bold paragraph.
                out.add(new Paragraph(List.of(new Inline.Strong(inlines.read(h))), line(h)));
                addImages(inlines.takeImages(), out);
            }
            default -> {
                if (n.hasChildren()) {
                    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                        out.addAll(blocks(c));
                    }
                }
            }
        }
        return out;
    }

    private void paragraph(com.vladsch.flexmark.ast.Paragraph p, List<Block> out) {
        List<Inline> content = InlineReader.trim(inlines.read(p));
        List<Node> images = inlines.takeImages();
        if (!content.isEmpty()) {
            out.add(new Paragraph(content, line(p)));
        }
        addImages(images, out);
    }

    private void addImages(List<Node> images) {
        List<Block> blocks = new ArrayList<>();
        addImages(images, blocks);
        if (open.isEmpty()) {
            preamble.addAll(blocks);
        } else {
            open.peek().blocks.addAll(blocks);
        }
    }

    private void addImages(List<Node> images, List<Block> out) {
        for (Node img : images) {
            if (img instanceof com.vladsch.flexmark.ast.Image i) {
                out.add(image(i.getUrl().toString(), i.getText().toString(), img));
            } else if (img instanceof HtmlInline h) {
                htmlImages(h.getChars().toString(), img, out);
            }
        }
    }

    private void htmlBlock(HtmlBlock h, List<Block> out) {
        String html = COMMENT.matcher(h.getChars().toString()).replaceAll("");
        htmlImages(html, h, out);
        String text = Escaping.unescapeString(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            out.add(new Paragraph(List.of(new Inline.Text(text)), line(h)));
        }
    }

    private void htmlImages(String html, Node at, List<Block> out) {
        Matcher m = Pattern.compile("(?is)<img\\b[^>]*>").matcher(html);
        while (m.find()) {
            Matcher src = IMG_SRC.matcher(m.group());
            Matcher alt = IMG_ALT.matcher(m.group());
            if (src.find()) {
                out.add(image(src.group(1), alt.find() ? alt.group(1) : "", at));
            }
        }
    }

    private Image image(String src, String alt, Node at) {
        String url = Escaping.unescapeString(src.strip());
        boolean remote = url.matches("(?i)^https?://.*");
        String file = null;
        if (!remote) {
            file = resolveLocal(url, at);
        }
        return new Image(url, alt, file, remote, line(at));
    }

    private String resolveLocal(String url, Node at) {
        if (baseDir == null) {
            warn(line(at), column(at), "image-not-resolved", "image '" + url + "' cannot be resolved: the note has no folder (standard input)");
            return null;
        }
        String decoded = url;
        try {
            decoded = java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it as written
        }
        try {
            Path root = baseDir.toAbsolutePath().normalize();
            Path resolved = root.resolve(decoded).normalize();
            if (!resolved.startsWith(root)) {
                warn(line(at), column(at), "image-outside-folder", "image '" + url + "' lies outside the note's folder; it is not read");
                return null;
            }
            if (!Files.isRegularFile(resolved)) {
                warn(line(at), column(at), "broken-image", "image '" + url + "' not found");
                return null;
            }
            return resolved.toString();
        } catch (java.nio.file.InvalidPathException e) {
            warn(line(at), column(at), "broken-image", "image '" + url + "' is not a valid path");
            return null;
        }
    }

    private void fenced(FencedCodeBlock f, List<Block> out) {
        String text = f.getContentChars().toString().stripTrailing();
        if (f.getClosingMarker().isEmpty()) {
            warn(line(f), column(f), "unclosed-fence", "code fence opened here is never closed; it runs to the end of the file");
        }
        if (meeting == null && MeetingBlock.looksLikeMeeting(text)) {
            meeting = MeetingBlock.parse(text, line(f));
            return;
        }
        out.add(new CodeBlock(f.getInfo().toString().strip(), text, line(f)));
    }

    private ItemList list(ListBlock list) {
        List<Item> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem li) {
                items.add(item(li));
            }
        }
        int start = list instanceof OrderedList ol ? ol.getStartNumber() : 1;
        return new ItemList(list instanceof OrderedList, start, items, line(list));
    }

    private Item item(ListItem li) {
        List<Inline> text = List.of();
        List<Block> body = new ArrayList<>();
        Node first = li.getFirstChild();
        if (first instanceof com.vladsch.flexmark.ast.Paragraph p) {
            text = InlineReader.trim(inlines.read(p));
            addImages(inlines.takeImages(), body);
            first = first.getNext();
        }
        for (Node n = first; n != null; n = n.getNext()) {
            body.addAll(blocks(n));
        }
        Item.Task task = Item.Task.NONE;
        if (li instanceof TaskListItem t) {
            task = t.isItemDoneMarker() ? Item.Task.CHECKED : Item.Task.OPEN;
        }
        StatusMark status = vocabulary.recognise(plain(text));
        if (!status.isKnown() && task == Item.Task.CHECKED) {
            status = new StatusMark(io.weeklyreport.model.Status.DONE, "[x]");
        }
        return new Item(text, status, refsOf(text), task, body, line(li));
    }

    private static List<Ref> refsOf(List<Inline> text) {
        List<Ref> refs = new ArrayList<>();
        collectRefs(text, refs);
        return refs;
    }

    private static void collectRefs(List<Inline> text, List<Ref> into) {
        for (Inline i : text) {
            switch (i) {
                case Inline.Link l -> into.add(l.ref());
                case Inline.Strong s -> collectRefs(s.content(), into);
                case Inline.Emphasis e -> collectRefs(e.content(), into);
                case Inline.Strike s -> collectRefs(s.content(), into);
                default -> { }
            }
        }
    }

    private Table table(TableBlock t) {
        List<Table.Cell> header = new ArrayList<>();
        List<List<Table.Cell>> rows = new ArrayList<>();
        boolean inHead = true;
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof com.vladsch.flexmark.ext.tables.TableHead;
            if (section instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
                continue;
            }
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow row)) {
                    continue;
                }
                List<Table.Cell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(new Table.Cell(InlineReader.trim(inlines.read(cell)), align(cell)));
                        inlines.takeImages();
                    }
                }
                if (head && inHead && header.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
            if (head) {
                inHead = false;
            }
        }
        return new Table(header, rows, line(t));
    }

    private static Table.Align align(TableCell cell) {
        if (cell.getAlignment() == null) {
            return Table.Align.DEFAULT;
        }
        return switch (cell.getAlignment()) {
            case LEFT -> Table.Align.LEFT;
            case CENTER -> Table.Align.CENTER;
            case RIGHT -> Table.Align.RIGHT;
            default -> Table.Align.DEFAULT;
        };
    }

    private void readFrontMatter(YamlFrontMatterBlock fm) {
        for (Node n = fm.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof YamlFrontMatterNode entry) {
                List<String> values = new ArrayList<>();
                for (Node v = entry.getFirstChild(); v != null; v = v.getNext()) {
                    if (v instanceof YamlFrontMatterValue value) {
                        values.add(unquote(value.getChars().toString().strip()));
                    }
                }
                frontMatter.put(entry.getKey().strip(), String.join(", ", values));
            }
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    static String plain(List<Inline> inlines) {
        return inlines.isEmpty() ? "" : new Section("", inlines, 1, Section.Role.CONTENT, List.of(), List.of(), 0).titleText();
    }

    private int line(Node n) {
        return lines.lineOf(n.getStartOffset());
    }

    private int column(Node n) {
        return lines.columnOf(n.getStartOffset());
    }

    /** A section while it is being read. */
    private final class SectionDraft {
        final int rank;
        final String number;
        final List<Inline> title;
        final int line;
        final List<Block> blocks = new ArrayList<>();
        final List<SectionDraft> children = new ArrayList<>();

        SectionDraft(int rank, String number, List<Inline> title, int line) {
            this.rank = rank;
            this.number = number;
            this.title = title;
            this.line = line;
        }

        Section build(int level) {
            List<Section> built = new ArrayList<>();
            for (SectionDraft c : children) {
                built.add(c.build(level + 1));
            }
            Section.Role role = role();
            if (blocks.isEmpty() && children.isEmpty() && role == Section.Role.CONTENT) {
                info(line, 1, "empty-section", "section '" + plain(title) + "' is empty");
            }
            return new Section(number, title, level, role, blocks, built, line);
        }

        private Section.Role role() {
            String t = plain(title).strip();
            if (children.isEmpty() && TIME_TITLE.matcher(t).matches() && blocks.stream().allMatch(
                    b -> b instanceof Paragraph p && DateTimes.find(plain(p.content())) != null) && !blocks.isEmpty()) {
                return Section.Role.TIME;
            }
            if (children.isEmpty() && blocks.isEmpty() && meeting != null && MEETING_TITLE.matcher(t).matches()) {
                return Section.Role.MEETING;
            }
            return Section.Role.CONTENT;
        }
    }
}
