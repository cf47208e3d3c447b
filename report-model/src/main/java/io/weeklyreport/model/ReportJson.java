package io.weeklyreport.model;


import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one JSON form of a report: what `weekly-report model` prints and what the parser's golden files hold
 * (as pandoc-types carries the JSON of pandoc's document model beside the model itself). Written by hand, so
 * the model still needs no library, and stable and readable in review: a block says what it is by its first
 * key, which holds its source line ({@code {"list": 12, ...}}); inline content stays on one line; fields the
 * model gained later (an item's owners, a period's end date, the invitation's stock lines) appear only when
 * they hold something, so notes without them print as before.
 */
public final class ReportJson {
    private final StringBuilder out = new StringBuilder();
    private final Path baseDir;
    private int depth;

    private ReportJson(Path baseDir) {
        this.baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
    }

    /** The report as JSON, image paths absolute, ending with a line break. */
    public static String write(Report report) {
        return write(report, null);
    }

    /**
     * The report as JSON, with the paths of images below {@code baseDir} shown relative to it (so that golden
     * files do not depend on where the repository is checked out); null for absolute paths.
     */
    public static String write(Report report, Path baseDir) {
        ReportJson json = new ReportJson(baseDir);
        json.report(report);
        return json.out.append('\n').toString();
    }

    private void report(Report r) {
        open('{');
        key("metadata");
        metadata(r.metadata());
        comma();
        key("meeting");
        if (r.meeting() == null) {
            out.append("null");
        } else {
            meeting(r.meeting());
        }
        comma();
        key("preamble");
        blocks(r.preamble());
        comma();
        key("sections");
        array(r.sections(), this::section);
        comma();
        key("diagnostics");
        array(r.diagnostics(), this::diagnostic);
        close('}');
    }

    private void metadata(Metadata m) {
        open('{');
        field("title", m.title());
        field("titleSource", m.titleSource());
        field("date", m.date());
        if (m.endDate() != null) {
            field("endDate", m.endDate());
        }
        field("start", m.start());
        field("end", m.end());
        field("language", m.language());
        field("author", m.author());
        field("source", m.source());
        key("extra");
        map(m.extra());
        close('}');
    }

    private void meeting(Meeting m) {
        open('{');
        field("platform", m.platform());
        field("topic", m.topic());
        field("date", m.date());
        field("start", m.start());
        field("end", m.end());
        field("timeZone", m.timeZone());
        field("timeText", m.timeText());
        field("joinUrl", m.joinUrl());
        field("meetingNumber", m.meetingNumber());
        field("passcode", m.passcode());
        key("dialIns");
        strings(m.dialIns());
        comma();
        key("otherLines");
        strings(m.otherLines());
        comma();
        if (!m.boilerplate().isEmpty()) {
            key("boilerplate");
            strings(m.boilerplate());
            comma();
        }
        key("line");
        out.append(m.line());
        close('}');
    }

    private void section(Section s) {
        open('{');
        field("number", s.number());
        key("title");
        inlines(s.title());
        comma();
        key("level");
        out.append(s.level());
        comma();
        field("role", s.role());
        key("line");
        out.append(s.line());
        comma();
        key("blocks");
        blocks(s.blocks());
        comma();
        key("children");
        array(s.children(), this::section);
        close('}');
    }

    private void blocks(List<Block> blocks) {
        array(blocks, this::block);
    }

    private void block(Block b) {
        open('{');
        switch (b) {
            case Paragraph p -> {
                field("paragraph", p.line());
                key("content");
                inlines(p.content());
            }
            case ItemList l -> {
                field("list", l.line());
                field("ordered", l.ordered());
                field("start", l.start());
                key("items");
                array(l.items(), this::item);
            }
            case Table t -> {
                field("table", t.line());
                key("header");
                array(t.header(), this::cell);
                comma();
                key("rows");
                array(t.rows(), row -> array(row, this::cell));
            }
            case Image i -> {
                field("image", i.line());
                field("source", i.source());
                field("alt", i.alt());
                field("file", i.file() == null ? null : shown(i.file()));
                key("remote");
                out.append(i.remote());
            }
            case CodeBlock c -> {
                field("code", c.line());
                field("language", c.language());
                key("text");
                string(c.text());
            }
            case Quote q -> {
                field("quote", q.line());
                key("blocks");
                blocks(q.blocks());
            }
            case ThematicBreak t -> field("break", t.line());
        }
        close('}');
    }

    private void cell(Table.Cell c) {
        out.append("{\"align\": ");
        string(c.align().name());
        out.append(", \"content\": ");
        inlines(c.content());
        out.append('}');
    }

    private void item(Item i) {
        open('{');
        field("item", i.line());
        key("text");
        inlines(i.text());
        comma();
        key("status");
        out.append("{\"status\": ");
        string(i.status().status().name());
        out.append(", \"phrase\": ");
        string(i.status().phrase());
        out.append('}');
        comma();
        field("task", i.task());
        key("refs");
        inlineArray(i.refs(), this::ref);
        if (!i.owners().isEmpty()) {
            comma();
            key("owners");
            strings(i.owners());
        }
        if (!i.body().isEmpty()) {
            comma();
            key("body");
            blocks(i.body());
        }
        close('}');
    }

    private void ref(Ref r) {
        out.append("{\"kind\": ");
        string(r.kind().name());
        out.append(", \"repo\": ");
        string(r.repo());
        out.append(", \"number\": ");
        string(r.number());
        out.append(", \"url\": ");
        string(r.url());
        out.append('}');
    }

    /** A link's ref in one word or three: its URL is already printed beside it. */
    private static String refLabel(Ref r) {
        return r.kind() == Ref.Kind.LINK ? "LINK" : r.kind() + " " + r.repo() + " " + r.number();
    }

    private void diagnostic(Diagnostic d) {
        out.append("{\"severity\": ");
        string(d.severity().name());
        out.append(", \"line\": ").append(d.line()).append(", \"column\": ").append(d.column());
        out.append(", \"code\": ");
        string(d.code());
        out.append(", \"message\": ");
        string(d.message());
        out.append('}');
    }

    /** Inline content on one line: short and diffable. */
    private void inlines(List<Inline> inlines) {
        inlineArray(inlines, this::inline);
    }

    private void inline(Inline i) {
        switch (i) {
            case Inline.Text t -> {
                out.append("{\"text\": ");
                string(t.text());
                out.append('}');
            }
            case Inline.Strong s -> {
                out.append("{\"strong\": ");
                inlines(s.content());
                out.append('}');
            }
            case Inline.Emphasis e -> {
                out.append("{\"emphasis\": ");
                inlines(e.content());
                out.append('}');
            }
            case Inline.Code c -> {
                out.append("{\"code\": ");
                string(c.code());
                out.append('}');
            }
            case Inline.Strike s -> {
                out.append("{\"strike\": ");
                inlines(s.content());
                out.append('}');
            }
            case Inline.Link l -> {
                out.append("{\"link\": ");
                string(l.url());
                out.append(", \"ref\": ");
                string(refLabel(l.ref()));
                out.append(", \"content\": ");
                inlines(l.content());
                out.append('}');
            }
            case Inline.LineBreak br -> out.append("{\"break\": true}");
        }
    }

    private String shown(String file) {
        Path p = Path.of(file);
        return baseDir != null && p.startsWith(baseDir) ? baseDir.relativize(p).toString().replace('\\', '/') : file;
    }

    private <T> void inlineArray(List<T> values, java.util.function.Consumer<T> each) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            each.accept(values.get(i));
        }
        out.append(']');
    }

    private <T> void array(List<T> values, java.util.function.Consumer<T> each) {
        if (values.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        depth++;
        for (int i = 0; i < values.size(); i++) {
            newline();
            each.accept(values.get(i));
            if (i < values.size() - 1) {
                out.append(',');
            }
        }
        depth--;
        newline();
        out.append(']');
    }

    private void strings(List<String> values) {
        inlineArray(values, this::string);
    }

    private void map(Map<String, String> map) {
        out.append('{');
        boolean first = true;
        for (var e : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(e.getKey());
            out.append(": ");
            string(e.getValue());
        }
        out.append('}');
    }

    private void open(char c) {
        out.append(c);
        depth++;
        newline();
    }

    private void close(char c) {
        depth--;
        newline();
        out.append(c);
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    private void key(String key) {
        string(key);
        out.append(": ");
    }

    private void comma() {
        out.append(',');
        newline();
    }

    private void field(String key, Object value) {
        key(key);
        switch (value) {
            case null -> out.append("null");
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            default -> string(value.toString());
        }
        comma();
    }

    private void string(String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
