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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.weeklyreport.model.Block;
import io.weeklyreport.model.CodeBlock;
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
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:div|p|br|hr|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|h[1-6]|section|article|details|summary"
                    + "|blockquote|pre|center|figure|figcaption)\\b[^>]*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    static final Pattern TIME_TITLE = Pattern.compile("(?i)^(时间|会议时间|日期|时间地点|time|date|when)[:：]?$");
    static final Pattern MEETING_TITLE = Pattern.compile(
            "(?i)^(加入会议|会议链接|会议信息|入会方式|参会方式|会议入口|join|join the meeting|joining info|meeting link|meeting info|how to join)[:：]?$");
    /**
     * Sections nest by rank: headings rank by level (10-60); bold paragraphs used as headings rank below
     * every real heading, numbered ones ("**1. 当前进展**") above plain ones ("**CurveBS**").
     */
    private static final int RANK_BOLD_NUMBERED = 70;
    private static final int RANK_BOLD_PLAIN = 80;
    /** A plain bold heading directly followed by numbered ones ("**会议纪要**", "**1. …**") holds them. */
    private static final int RANK_BOLD_CONTAINER = 65;

    private final String source;
    /** Parses pieces of the same source (keeping their offsets) where flexmark needs a second look. */
    private final FlexmarkParser fragments;
    private final Path baseDir;
    /** Where images may come from: the note's folder unless the user allowed a wider folder. */
    private final Path resourceRoot;
    private final LineIndex lines;
    private final InlineReader inlines;
    private final StatusVocabulary vocabulary;
    private final DiagnosticLog log;

    final List<Block> preamble = new ArrayList<>();
    final Map<String, String> frontMatter = new LinkedHashMap<>();
    /** The heading that names the note rather than a section, e.g. "# Weekly sync" or a lone "## 01-06". */
    String titleHeading;
    int titleHeadingLine;
    private Node titleHeadingNode;
    Meeting meeting;
    /** "会议时间：…", "**主持人**：…" lines of the body, for the metadata. */
    final LabelLines labels = new LabelLines();
    /** What held the front matter: YAML, or "Title: …" header lines read as such. */
    String frontMatterName = "front matter";
    private Node headerLinesNode;

    /** The text of a meeting invitation pasted as paragraphs, while its paragraphs are being read. */
    private StringBuilder unfencedMeeting;
    private int unfencedMeetingLine;
    private final List<SectionDraft> roots = new ArrayList<>();
    /** How many quotes and list items enclose the block being read. */
    private int depth;
    private final Deque<SectionDraft> open = new ArrayDeque<>();

    ModelBuilder(FlexmarkParser fragments, String source, Path baseDir, Path resourceRoot, LineIndex lines, DiagnosticLog log, RefRecognizer refs,
                 StatusVocabulary vocabulary) {
        this.source = source;
        this.fragments = fragments;
        this.baseDir = baseDir;
        this.resourceRoot = resourceRoot;
        this.lines = lines;
        this.log = log;
        this.inlines = new InlineReader(refs, log);
        this.vocabulary = vocabulary;
    }

    private void warn(Node at, String code, String message) {
        log.at(Severity.WARNING, at.getStartOffset(), code, message);
    }

    List<Section> build(Document doc) {
        if (doc.getFirstChild() instanceof YamlFrontMatterBlock fm) {
            readFrontMatter(fm);
        } else if (doc.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph p && p.getStartOffset() == 0) {
            Map<String, String> header = HeaderLines.read(p.getChars().toString());
            if (header != null) {
                frontMatter.putAll(header);
                frontMatterName = "header lines";
                headerLinesNode = p;
            }
        }
        // A title in the front matter leaves every heading a section, but the heading that repeats it.
        findTitleHeading(doc);
        String fmTitle = frontMatter.get("title");
        if (fmTitle != null && titleHeading != null && !fmTitle.strip().equalsIgnoreCase(titleHeading.strip())) {
            titleHeading = null;
            titleHeadingLine = 0;
            titleHeadingNode = null;
        }
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            topLevel(n);
        }
        List<Section> sections = new ArrayList<>();
        for (SectionDraft d : roots) {
            sections.add(d.build(1));
        }
        return sections;
    }

    /**
     * The note's title heading: its first heading when that is a "#" heading, or when no other heading
     * is as high ("## 01-06" above "###" sections). A heading that names a role ("## 时间") is a section.
     */
    private void findTitleHeading(Document doc) {
        Heading first = null;
        for (Node n = doc.getFirstChild(); n != null && first == null; n = n.getNext()) {
            if (n instanceof Heading h) {
                first = h;
            }
        }
        if (first == null) {
            return;
        }
        int sameOrHigher = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading other && other.getLevel() <= first.getLevel()) {
                sameOrHigher++;
            }
        }
        String text = plain(InlineReader.trim(inlines.read(first))).strip();
        inlines.takeImages();
        boolean role = TIME_TITLE.matcher(text).matches() || MEETING_TITLE.matcher(text).matches();
        if (!text.isEmpty() && !role && (first.getLevel() == 1 || sameOrHigher == 1)) {
            titleHeading = text;
            titleHeadingLine = line(first);
            titleHeadingNode = first;
        }
    }

    private void topLevel(Node n) {
        if (unfencedMeeting != null && !(n instanceof com.vladsch.flexmark.ast.Paragraph)) {
            unfencedMeeting = null;
        }
        switch (n) {
            case YamlFrontMatterBlock fm -> { }
            case com.vladsch.flexmark.ast.Paragraph p when p == headerLinesNode -> { }
            case Heading h when h == titleHeadingNode -> inlines.takeImages();
            case Heading h -> {
                List<Inline> title = InlineReader.trim(inlines.read(h));
                openSection(h.getLevel() * 10, title, h);
                addImages(inlines.takeImages());
            }
            case com.vladsch.flexmark.ast.Paragraph p when boldHeading(p) != null -> {
                List<Inline> title = InlineReader.trim(boldHeading(p).content());
                boolean numbered = !SectionNumbering.split(plain(title)).number().isEmpty();
                openSection(numbered ? RANK_BOLD_NUMBERED : RANK_BOLD_PLAIN, title, p);
            }
            case com.vladsch.flexmark.ast.Paragraph p when unfencedMeeting != null
                    || meeting == null && inMeetingSection() && MeetingBlock.looksLikeMeeting(p.getChars().toString()) -> {
                // Invitation text pasted without a fence: it runs over several paragraphs of its section.
                if (unfencedMeeting == null) {
                    unfencedMeeting = new StringBuilder();
                    unfencedMeetingLine = line(p);
                }
                unfencedMeeting.append(p.getContentChars()).append('\n');
                meeting = MeetingBlock.parse(unfencedMeeting.toString(), unfencedMeetingLine);
                markMeetingHolder();
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

    /** The section the meeting block stood in is a meeting section when nothing else is in it. */
    private void markMeetingHolder() {
        if (!open.isEmpty()) {
            open.peek().heldMeeting = true;
        }
    }

    private boolean inMeetingSection() {
        return !open.isEmpty() && MEETING_TITLE.matcher(plain(open.peek().title).strip()).matches();
    }

    private void openSection(int rank, List<Inline> title, Node at) {
        SectionDraft top = open.peek();
        if (rank == RANK_BOLD_NUMBERED && top != null && top.rank == RANK_BOLD_PLAIN && top.blocks.isEmpty()
                && top.children.isEmpty()) {
            top.rank = RANK_BOLD_CONTAINER;
        }
        while (!open.isEmpty() && open.peek().rank >= rank) {
            open.pop();
        }
        SectionNumbering.Split split = SectionNumbering.split(plain(title));
        SectionDraft draft = new SectionDraft(rank, split.number(), InlineReader.dropPrefix(title, split.prefixLength()), at);
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
            case ListBlock list when depth >= Limits.READABLE_DEPTH -> flatten(list, out);
            case BlockQuote q when depth >= Limits.READABLE_DEPTH -> flatten(q, out);
            case ListBlock list -> out.add(list(list));
            case FencedCodeBlock f -> fenced(f, out);
            case IndentedCodeBlock c -> out.add(new CodeBlock("", c.getContentChars().toString().stripTrailing(), line(c)));
            case BlockQuote q -> {
                List<Block> inner = new ArrayList<>();
                depth++;
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    inner.addAll(blocks(c));
                }
                depth--;
                out.add(new Quote(inner, line(q)));
            }
            case TableBlock t -> table(t, out);
            case HtmlCommentBlock c -> { }
            case HtmlBlock h -> htmlBlock(h, out);
            case ThematicBreak tb -> out.add(new io.weeklyreport.model.ThematicBreak(line(tb)));
            case Heading h -> {
                // A heading nested in a list or quote: keep its text as a bold paragraph.
                out.add(new Paragraph(List.of(inlines.readAsStrong(h)), line(h)));
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
        int tableAt = tableHeaderInside(p);
        if (tableAt > 0) {
            // GitHub starts a table right under a line of text; flexmark only at a paragraph's start. Read
            // the text before and the table (and anything after it) as fragments of the same source, so
            // every offset, and with it every line number, stays that of the note.
            BasedSequence chars = p.getChars();
            int start = chars.getStartOffset();
            for (BasedSequence part : List.of(chars.subSequence(0, tableAt - start), chars.subSequence(tableAt - start))) {
                for (Node n = fragments.parse(part, log).getFirstChild(); n != null; n = n.getNext()) {
                    out.addAll(blocks(n));
                }
            }
            return;
        }
        List<Inline> content = InlineReader.trim(inlines.read(p));
        List<Node> images = inlines.takeImages();
        if (!content.isEmpty()) {
            out.add(new Paragraph(content, line(p)));
            if (!MeetingBlock.hasJoinLink(p.getChars().toString())) {
                labels.read(p, open.isEmpty());
            }
        }
        addImages(images, out);
    }

    /** The source offset of a table header row that stands below other lines of a paragraph, or -1. */
    private static int tableHeaderInside(com.vladsch.flexmark.ast.Paragraph p) {
        BasedSequence chars = p.getChars();
        String text = chars.toString();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (i > 0 && GfmTables.opensTable(lines[i], lines[i + 1]) && !lines[i - 1].contains("|")) {
                return chars.getStartOffset() + offset;
            }
            offset += lines[i].length() + 1;
        }
        return -1;
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
            } else if (img instanceof com.vladsch.flexmark.ast.ImageRef r && InlineReader.referenceOf(r) != null) {
                // "![alt][ref]" with "[ref]: path" elsewhere in the note: the same image as "![alt](path)".
                out.add(image(InlineReader.referenceOf(r).getUrl().toString(), r.getText().toString(), img));
            } else if (img instanceof HtmlInline h) {
                htmlImages(h.getChars().toString(), img, out);
            }
        }
    }

    private void htmlBlock(HtmlBlock h, List<Block> out) {
        String html = COMMENT.matcher(h.getChars().toString()).replaceAll("");
        htmlImages(html, h, out);
        // Block-level tags separate words; inline ones ("<b>") sit inside a Chinese sentence without a space.
        String spaced = BLOCK_TAG.matcher(html).replaceAll(" ");
        String text = Escaping.unescapeString(TAG.matcher(spaced).replaceAll("")).replaceAll("\\s+", " ").strip();
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
        boolean otherScheme = !remote && url.matches("(?i)^[a-z][a-z0-9+.-]+:.*");
        String file = null;
        if (otherScheme) {
            log.at(Severity.INFO, at.getStartOffset(), "image-not-local",
                    "image '" + abbreviate(url) + "' is neither a local file nor an http(s) URL; it is recorded, not read");
        } else if (!remote) {
            file = resolveLocal(url, at);
        }
        return new Image(url, alt, file, remote, line(at));
    }

    private String resolveLocal(String url, Node at) {
        if (baseDir == null) {
            warn(at, "image-not-resolved", "image '" + url + "' cannot be resolved: the note has no folder (standard input)");
            return null;
        }
        String decoded = url;
        try {
            decoded = java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep it as written
        }
        try {
            Path root = (resourceRoot != null ? resourceRoot : baseDir).toAbsolutePath().normalize();
            Path resolved = baseDir.toAbsolutePath().normalize().resolve(decoded).normalize();
            if (!resolved.startsWith(root)) {
                warn(at, "image-outside-folder", "image '" + url + "' lies outside the note's folder; it is not read"
                        + " (allow a wider folder with --resource-root)");
                return null;
            }
            if (!Files.isRegularFile(resolved)) {
                warn(at, "broken-image", "image '" + url + "' not found");
                return null;
            }
            // The name lies inside; where it leads is what counts: a symbolic link (or a linked folder on
            // the way) may point anywhere. The real path is also what the writers read, so nothing can
            // swap the link for another between this check and the render.
            Path real = resolved.toRealPath();
            if (!real.startsWith(root.toRealPath()) && !real.startsWith(baseDir.toRealPath())) {
                warn(at, "image-outside-folder", "image '" + url + "' is a symbolic link to a file outside the note's folder;"
                        + " it is not read (allow that folder with --resource-root)");
                return null;
            }
            return real.toString();
        } catch (java.nio.file.InvalidPathException e) {
            warn(at, "broken-image", "image '" + url + "' is not a valid path");
            return null;
        } catch (java.io.IOException e) {
            warn(at, "broken-image", "image '" + url + "' cannot be read");
            return null;
        }
    }

    private void fenced(FencedCodeBlock f, List<Block> out) {
        String text = f.getContentChars().toString().stripTrailing();
        if (f.getClosingMarker().isEmpty()) {
            warn(f, "unclosed-fence", "code fence opened here is never closed; it runs to the end of the file");
        }
        if (meeting == null && MeetingBlock.looksLikeMeeting(text)) {
            meeting = MeetingBlock.parse(text, line(f));
            markMeetingHolder();
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

    /**
     * Quotes and lists beyond the readable depth, read without recursing: every list item below becomes
     * an item of one flat list (its status and links kept), every other block a block of that item or of
     * this level, in the order written. One warning says where the flattening starts.
     */
    private void flatten(Node container, List<Block> out) {
        warn(container, "deep-nesting", "quotes or lists nested more than " + Limits.READABLE_DEPTH
                + " levels deep; the deeper levels are shown at level " + Limits.READABLE_DEPTH);
        record Open(ListItem item, List<Inline> text, List<Block> body) { }
        List<Object> flat = new ArrayList<>();   // blocks of this level, and the items of the flat list as Open
        Deque<Object> todo = new ArrayDeque<>();   // nodes to read, and the Open whose children end there
        Deque<Open> items = new ArrayDeque<>();
        todo.push(container);
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof Open done) {
                items.remove(done);
                continue;
            }
            Node n = (Node) next;
            List<Node> children = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            if (n instanceof ListItem li) {
                List<Inline> text = List.of();
                List<Block> body = new ArrayList<>();
                if (!children.isEmpty() && children.getFirst() instanceof com.vladsch.flexmark.ast.Paragraph p) {
                    text = InlineReader.trim(inlines.read(p));
                    addImages(inlines.takeImages(), body);
                    children.removeFirst();
                }
                Open open = new Open(li, text, body);
                flat.add(open);
                items.push(open);
                todo.push(open);
            } else if (!(n instanceof ListBlock || n instanceof BlockQuote)) {
                List<Block> blocks = leafBlocks(n);
                if (blocks != null) {
                    if (items.isEmpty()) {
                        flat.addAll(blocks);
                    } else {
                        items.peek().body().addAll(blocks);
                    }
                    continue;
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        List<Item> run = new ArrayList<>();
        for (Object o : flat) {
            if (o instanceof Open open) {
                run.add(item(open.item(), open.text(), open.body()));
                continue;
            }
            if (!run.isEmpty()) {
                out.add(new ItemList(false, 1, run, run.getFirst().line()));
                run = new ArrayList<>();
            }
            out.add((Block) o);
        }
        if (!run.isEmpty()) {
            out.add(new ItemList(false, 1, run, run.getFirst().line()));
        }
    }

    /** The blocks of a node that holds no quote or list, or null when it may hold some. */
    private List<Block> leafBlocks(Node n) {
        boolean leaf = switch (n) {
            case com.vladsch.flexmark.ast.Paragraph p -> true;
            case FencedCodeBlock f -> true;
            case IndentedCodeBlock c -> true;
            case TableBlock t -> true;
            case HtmlBlock h -> true;
            case HtmlCommentBlock c -> true;
            case ThematicBreak tb -> true;
            case Heading h -> true;
            default -> !n.hasChildren();
        };
        return leaf ? blocks(n) : null;
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
        depth++;
        for (Node n = first; n != null; n = n.getNext()) {
            body.addAll(blocks(n));
        }
        depth--;
        return item(li, text, body);
    }

    private Item item(ListItem li, List<Inline> text, List<Block> body) {
        Item.Task task = Item.Task.NONE;
        if (li instanceof TaskListItem t) {
            task = t.isItemDoneMarker() ? Item.Task.CHECKED : Item.Task.OPEN;
        }
        StatusMark status = AttachedStatus.of(text, task, vocabulary);
        return new Item(text, status, refsOf(text), task, body, line(li), ItemOwners.of(plain(text), status));
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

    /** A table, followed by the images its cells hold (a cell is rich text only). */
    private void table(TableBlock t, List<Block> out) {
        List<Node> cellImages = new ArrayList<>();
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
                        cellImages.addAll(inlines.takeImages());
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
        int columns = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        if (columns > Limits.TABLE_COLUMNS) {
            // no page or slide holds it, and laying it out costs minutes: its rows as lines of text instead
            warn(t, "table-too-wide", "a table of " + columns + " columns is shown as text, a paragraph per row (more than "
                    + Limits.TABLE_COLUMNS + " columns fit no page or slide)");
            List<List<Table.Cell>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (List<Table.Cell> row : all) {
                List<Inline> content = new ArrayList<>();
                for (Table.Cell cell : row) {
                    if (!content.isEmpty()) {
                        content.add(new Inline.Text(" | "));
                    }
                    content.addAll(cell.content());
                }
                if (!content.isEmpty()) {
                    out.add(new Paragraph(InlineReader.merge(content), line(t)));
                }
            }
        } else {
            out.add(new Table(header, rows, line(t)));
        }
        addImages(cellImages, out);
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
        FrontMatterYaml.Problem invalid = FrontMatterYaml.check(fm.getChars().toString());
        if (invalid != null) {
            log.atLine(Severity.WARNING, line(fm) + invalid.line(), "front-matter-yaml", invalid.message());
        }
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
        return Inline.plainText(inlines);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private int line(Node n) {
        return lines.lineOf(n.getStartOffset());
    }

    /** A section while it is being read. */
    private final class SectionDraft {
        int rank;
        final String number;
        final List<Inline> title;
        final int line;
        final int offset;
        final List<Block> blocks = new ArrayList<>();
        final List<SectionDraft> children = new ArrayList<>();
        boolean heldMeeting;

        SectionDraft(int rank, String number, List<Inline> title, Node at) {
            this.rank = rank;
            this.number = number;
            this.title = title;
            this.line = line(at);
            this.offset = at.getStartOffset();
        }

        Section build(int level) {
            List<Section> built = new ArrayList<>();
            for (SectionDraft c : children) {
                built.add(c.build(level + 1));
            }
            Section.Role role = role();
            if (blocks.isEmpty() && children.isEmpty() && role == Section.Role.CONTENT) {
                log.at(Severity.INFO, offset, "empty-section", "section '" + plain(title) + "' is empty");
            }
            return new Section(number, title, level, role, blocks, built, line);
        }

        private Section.Role role() {
            String t = plain(title).strip();
            if (children.isEmpty() && TIME_TITLE.matcher(t).matches() && blocks.stream().allMatch(
                    b -> b instanceof Paragraph p && DateTimes.find(plain(p.content())) != null) && !blocks.isEmpty()) {
                return Section.Role.TIME;
            }
            if (children.isEmpty() && blocks.isEmpty() && meeting != null && (heldMeeting || MEETING_TITLE.matcher(t).matches())) {
                return Section.Role.MEETING;
            }
            return Section.Role.CONTENT;
        }
    }
}
