package io.weeklyreport.cli;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.series.Carryover;
import io.weeklyreport.series.MeetingNote;
import io.weeklyreport.series.Series;
import io.weeklyreport.series.TrackedItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The draft of the next meeting's note. The parser stays the only reader of Markdown: what the draft
 * keeps of the note's skeleton (front matter, title line, section headings, the time section, the meeting
 * invitation) is the author's own lines, found by the line numbers the model gives and copied with the
 * date moved; the carried items are written from the model (their first paragraph, the sub-items that
 * still say something, {@link Carryover}), each marked with the meeting it is now at. Paragraphs, tables,
 * images, code and the items that are done stay with the meeting they belong to.
 */
final class NextDraft {
    /** @param carried how many list items (top-level and nested) went on to the draft */
    record Draft(String markdown, int carried) {
    }

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})");

    private final List<String> lines;
    private final Report report;
    private final Series history;
    private final MeetingNote meeting;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Integer> headingLines = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private int carried;

    private final String defaultRepo;

    private NextDraft(String source, Series history, MeetingNote meeting, LocalDate to, String defaultRepo) {
        this.defaultRepo = defaultRepo;
        this.lines = List.of(source.replace("\uFEFF", "").split("\\R", -1));
        this.report = meeting.report();
        this.history = history;
        this.meeting = meeting;
        this.from = meeting.date();
        this.to = to;
        report.allSections().forEach(s -> headingLines.add(s.line()));
        headingLines.sort(null);
    }

    /**
     * @param source  the note's text as read from its file
     * @param history the series up to and including the note's meeting
     * @param meeting the note's meeting in that series
     * @param to      the next meeting's date
     * @param defaultRepo the repository a bare "#123" of the note means (the settings' {@code repo}), or null
     */
    static Draft compose(String source, Series history, MeetingNote meeting, LocalDate to, String defaultRepo) {
        NextDraft draft = new NextDraft(source, history, meeting, to, defaultRepo);
        draft.write();
        return new Draft(draft.out.toString().stripTrailing() + "\n", draft.carried);
    }

    private void write() {
        int body = frontMatter();
        title(body);
        blocks(report.preamble(), null);
        for (Section s : report.sections()) {
            section(s);
        }
    }

    /** YAML front matter, copied with its date moved; returns the first line after it. */
    private int frontMatter() {
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return 1;
        }
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                copy(1, i + 2);
                blank();
                return i + 2;
            }
        }
        return 1;
    }

    /**
     * A heading before the first section (the title, or a date the parser read as one), as the author
     * wrote it, date moved.
     */
    private void title(int body) {
        int end = headingLines.isEmpty() ? lines.size() + 1 : headingLines.getFirst();
        for (int line = body; line < end && line <= lines.size(); line++) {
            if (ATX_HEADING.matcher(lines.get(line - 1)).matches()) {
                copy(line, line + 1);
                blank();
                return;
            }
        }
    }

    private void section(Section s) {
        int end = nextHeadingAfter(s.line());
        switch (s.role()) {
            case TIME -> {
                copyTrimmed(s.line(), end);
                blank();
            }
            case MEETING -> {
                copyTrimmed(s.line(), end);
                blank();
                todoForLink();
            }
            case CONTENT -> {
                heading(s);
                blocks(s.blocks(), s);
            }
        }
        for (Section child : s.children()) {
            section(child);
        }
    }

    private void heading(Section s) {
        int line = s.line();
        boolean setext = line < lines.size() && SETEXT_UNDERLINE.matcher(lines.get(line)).matches()
                && !lines.get(line - 1).isBlank();
        copy(line, setext ? line + 2 : line + 1);
        blank();
    }

    /**
     * A container's own blocks: its lists, carried; a paragraph that spells the meeting's date (a time
     * line outside a time section), copied; the invitation, when it stands here rather than in a section of
     * its own. The container is a section, or null for the part before the first heading.
     */
    private void blocks(List<Block> blocks, Section owner) {
        Meeting invitation = report.meeting();
        if (invitation != null && invitationBelongsTo(owner)) {
            copyTrimmed(invitation.line(), blockEnd(invitation.line()));
            blank();
            todoForLink();
        }
        for (Block b : blocks) {
            switch (b) {
                case ItemList list -> {
                    int before = out.length();
                    list(list, "", true);
                    if (out.length() > before) {
                        blank();
                    }
                }
                case Paragraph p when DateSpelling.mentions(Inline.plainText(p.content()), from) -> {
                    copyTrimmed(p.line(), blockEnd(p.line()));
                    blank();
                }
                case Quote q -> blocks(q.blocks(), owner);
                default -> { }
            }
        }
    }

    private void list(ItemList list, String indent, boolean topLevel) {
        int number = list.start();
        for (Item item : list.items()) {
            if (topLevel ? Carryover.carriesTopLevel(item) : Carryover.carriesNested(item)) {
                item(item, indent, list.ordered() ? (number++) + "." : "-");
            }
        }
    }

    private void item(Item item, String indent, String bullet) {
        String inner = indent + " ".repeat(bullet.length() + 1);
        String box = item.task() == Item.Task.OPEN ? "[ ] " : "";
        String text = Carryover.withoutMarker(MarkdownText.of(item.text(), inner, defaultRepo)).stripTrailing();
        out.append(indent).append(bullet).append(' ').append(box).append(text).append(marker(item)).append('\n');
        carried++;
        for (Block b : item.body()) {
            if (b instanceof ItemList nested) {
                list(nested, inner, false);
            }
        }
    }

    /** "（第 3 次）": the meeting the draft is for is the item's third while it has been open. */
    private String marker(Item item) {
        Optional<TrackedItem> tracked = history.itemOf(item);
        if (tracked.isEmpty() || !tracked.get().work()) {
            return "";
        }
        Language language = report.metadata().language();
        return Carryover.marker(tracked.get().openAt(meeting) + 1, language);
    }

    /**
     * A join link that changes from meeting to meeting (Tencent Meeting makes one per meeting) is kept,
     * with a comment for the organiser; a standing link (the same as at the meeting before) is not flagged.
     */
    private void todoForLink() {
        Meeting invitation = report.meeting();
        if (invitation == null || invitation.joinUrl() == null || standing(invitation.joinUrl())) {
            return;
        }
        out.append(report.metadata().language() == Language.ZH
                ? "<!-- TODO: 会议链接和会议号还是上次会议的，请换成本次会议的 -->"
                : "<!-- TODO: the join link and meeting number are still the last meeting's: replace them with this meeting's -->");
        out.append('\n');
        blank();
    }

    private boolean standing(String joinUrl) {
        for (int i = meeting.index() - 1; i >= 0; i--) {
            Meeting earlier = history.meetings().get(i).report().meeting();
            if (earlier != null && earlier.joinUrl() != null) {
                return earlier.joinUrl().equals(joinUrl);
            }
        }
        return false;
    }

    /** Whether the invitation's block stands in this container's own part (null: before the first heading). */
    private boolean invitationBelongsTo(Section owner) {
        int line = report.meeting().line();
        Section container = null;
        for (Section s : report.allSections()) {
            if (s.line() <= line && (container == null || s.line() > container.line())) {
                container = s;
            }
        }
        if (container != null && container.role() == Section.Role.MEETING) {
            return false;
        }
        return container == owner;
    }

    private int nextHeadingAfter(int line) {
        for (int h : headingLines) {
            if (h > line) {
                return h;
            }
        }
        return lines.size() + 1;
    }

    /** The line after a block that starts at {@code line}: past its closing fence, or its first blank line. */
    private int blockEnd(int line) {
        var fence = FENCE.matcher(lines.get(line - 1));
        if (fence.find()) {
            String marker = fence.group(1);
            for (int i = line; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.length() >= marker.length() && l.chars().allMatch(c -> c == marker.charAt(0))) {
                    return i + 2;
                }
            }
            return lines.size() + 1;
        }
        int i = line;
        while (i <= lines.size() && !lines.get(i - 1).isBlank()) {
            i++;
        }
        return i;
    }

    /** Lines [start, end) without the blank ones at the end. */
    private void copyTrimmed(int start, int end) {
        int last = Math.min(end, lines.size() + 1);
        while (last > start && lines.get(last - 2).isBlank()) {
            last--;
        }
        copy(start, last);
    }

    private void copy(int start, int end) {
        for (int line = start; line < end && line <= lines.size(); line++) {
            out.append(DateSpelling.move(lines.get(line - 1), from, to)).append('\n');
        }
    }

    /** One blank line between blocks, however many parts ask for it. */
    private void blank() {
        int n = out.length();
        if (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return;
        }
        out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
    }
}
