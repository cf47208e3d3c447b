package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Table;
import io.weeklyreport.model.ThematicBreak;
import io.weeklyreport.render.pptx.SlideDirective;
import io.weeklyreport.render.pptx.SlideKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data {@code slides.ftlh} receives: everything {@link DocumentView} gives, plus the deck's plan as typed
 * records (the slides, the agenda, the meeting's labelled lines) and the {@code <@slide>} directive that writes
 * a slide. A planned slide is what the template writes as one {@code <section class="slide">}; the PPTX writer
 * may spread it over continuation slides, or stack short ones on one slide, when it composes the deck.
 *
 * <p>The plan lives here rather than in the template because walking the section tree with a title path,
 * unwrapping a "会议内容" container and hoisting images out of list items is awkward in FreeMarker; the template
 * still decides what each slide shows and in which order.
 */
final class DeckView {
    /** An agenda line: a top-level section as the author numbered it. */
    public record AgendaEntry(String number, List<Inline> title, Section section) {
    }

    /**
     * One step of a slide's title path: its text, and a key that tells two sections of the same name apart
     * (the heading's line), which the writer uses to tell siblings from cousins when it stacks short sections.
     */
    public record Crumb(String key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A line of the title slide as the note wrote it: "时间" and its text. */
    public record LabelledText(String label, String text) {
    }

    /**
     * A slide the template writes: its kind, its title path (its own heading last), what it shows.
     *
     * @param blocks      the text blocks of a content slide, the table of a table slide
     * @param image       the picture of an image slide, else null
     * @param level       the heading level of its section (1 for the top), 0 for a slide of no section
     * @param breakBefore whether the author asked for a new slide before it ({@code ---})
     */
    public record PlannedSlide(SlideKind layout, List<Crumb> path, List<Block> blocks, Image image, int level, boolean breakBefore) {
        public PlannedSlide {
            path = List.copyOf(path);
            blocks = List.copyOf(blocks);
        }
    }

    /** The key of the text before the first heading, which the deck writer stacks without a heading of its own. */
    static final String PREAMBLE_KEY = "preamble";

    private DeckView() {
    }

    static Map<String, Object> of(Report report, TemplateSet templates, RenderOptions options) throws RenderException {
        Map<String, Object> data = DocumentView.of(report, templates, options, null);
        List<Section> wrappers = new ArrayList<>();
        List<Section> roots = new ArrayList<>(agendaRoots(report.sections(), wrappers));
        Section meetingHeading = meetingHeading(report);
        roots.remove(meetingHeading);
        List<AgendaEntry> agenda = new ArrayList<>();
        for (Section s : roots) {
            agenda.add(new AgendaEntry(s.number(), s.title(), s));
        }
        Planner planner = new Planner(meetingHeading);
        if (!report.preamble().isEmpty()) {
            planner.blocks(report.preamble(), List.of(new Crumb(PREAMBLE_KEY, report.metadata().title())), 0);
        }
        for (Section s : roots) {
            planner.section(s, List.of());
        }
        List<PlannedSlide> slides = planner.slides();
        data.put("agenda", agenda);
        // the headings looked through still say something ("会议内容"): the agenda slide's title path shows them
        data.put("agendaPath", wrappers.stream().map(DeckView::pathTitle).toList());
        data.put("timeSections", roleSections(report.sections(), Section.Role.TIME));
        List<LabelledText> meetingSections = new ArrayList<>(roleSections(report.sections(), Section.Role.MEETING));
        if (meetingHeading != null) {
            meetingSections.add(new LabelledText(meetingHeading.titleText(), ""));
        }
        data.put("meetingSections", meetingSections);
        data.put("slides", slides);
        data.put("endsWithClosing", !slides.isEmpty() && slides.getLast().layout() == SlideKind.CLOSING);
        data.put("slide", new SlideDirective());
        data.put("meetingTime", meetingTime(report));
        data.put("meetingTimeDiffers", meetingTimeDiffers(report));
        data.put("slideLevel", slideLevel(report, options));
        return data;
    }

    /**
     * The sections the agenda lists and the title paths start from. Notes often wrap everything in one
     * heading ("会议内容", "03-10"): a lone wrapper is looked through, and so is the one unnumbered wrapper
     * beside short sections like "议题" or "答疑". A numbered wrapper ("一、近期工作") is a real section.
     */
    static List<Section> agendaRoots(List<Section> sections, List<Section> wrappers) {
        List<Section> roots = content(sections);
        while (roots.size() == 1 && isWrapper(roots.getFirst())) {
            wrappers.add(roots.getFirst());
            roots = content(roots.getFirst().children());
        }
        List<Section> unnumberedWrappers = roots.stream().filter(s -> isWrapper(s) && s.number().isEmpty()).toList();
        if (roots.size() > 1 && unnumberedWrappers.size() == 1) {
            wrappers.add(unnumberedWrappers.getFirst());
            List<Section> unwrapped = new ArrayList<>();
            for (Section s : roots) {
                if (s == unnumberedWrappers.getFirst()) {
                    unwrapped.addAll(content(s.children()));
                } else {
                    unwrapped.add(s);
                }
            }
            roots = unwrapped;
        }
        return roots;
    }

    /**
     * An empty content section whose only content the parser turned into the meeting (an English "## Meeting"
     * over a Zoom block): it belongs on the title slide like a MEETING section, not on a slide of its own.
     */
    static Section meetingHeading(Report report) {
        if (report.meeting() == null) {
            return null;
        }
        List<Section> all = report.allSections();
        boolean hasMeetingRole = all.stream().anyMatch(s -> s.role() == Section.Role.MEETING);
        if (hasMeetingRole) {
            return null;
        }
        int line = report.meeting().line();
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            int nextLine = i + 1 < all.size() ? all.get(i + 1).line() : Integer.MAX_VALUE;
            if (s.role() == Section.Role.CONTENT && s.isEmpty() && s.line() < line && line < nextLine) {
                return s;
            }
        }
        return null;
    }

    /**
     * The "时间" and "加入会议" sections anywhere in the tree, as label and text: the title slide shows them
     * as written, next to the parsed meeting, because notes are not always consistent (a heading dated
     * 05-26 over a meeting on 06-09).
     */
    private static List<LabelledText> roleSections(List<Section> sections, Section.Role role) {
        List<LabelledText> out = new ArrayList<>();
        for (Section top : sections) {
            List<Section> all = new ArrayList<>();
            collect(top, all);
            for (Section s : all) {
                if (s.role() == role) {
                    StringBuilder text = new StringBuilder();
                    for (Block b : s.blocks()) {
                        if (b instanceof io.weeklyreport.model.Paragraph p) {
                            text.append(text.isEmpty() ? "" : " ").append(io.weeklyreport.model.Inline.plainText(p.content()).strip());
                        }
                    }
                    out.add(new LabelledText(s.titleText(), text.toString()));
                }
            }
        }
        return out;
    }

    private static void collect(Section s, List<Section> into) {
        into.add(s);
        s.children().forEach(c -> collect(c, into));
    }

    private static boolean isWrapper(Section s) {
        return s.blocks().isEmpty() && !content(s.children()).isEmpty();
    }

    private static List<Section> content(List<Section> sections) {
        return sections.stream().filter(s -> s.role() == Section.Role.CONTENT).toList();
    }

    /** The title for a path: "：会议内容概要" (after a "0" number) loses its leading punctuation. */
    static String pathTitle(Section s) {
        String t = s.titleText().replaceFirst("^[\\s：:、.．)）]+", "");
        return t.isEmpty() ? s.titleText() : t;
    }

    /** "一、近期工作", "1. Highlights": what stands between number and title as in the handout. */
    static String numbered(Section s) {
        String number = s.number();
        if (number.isEmpty()) {
            return pathTitle(s);
        }
        return number + Section.gapAfter(number) + pathTitle(s);
    }

    /**
     * Walks the section tree into planned slides. A section's text blocks make a content slide, a table or a local
     * picture a slide of its own; a remote or missing picture stays in the text as a line (it is never fetched).
     * A thematic break starts a new slide; an empty section is a heading in the flow, or the closing slide when
     * it ends the note; a heading whose content is only its subsections plans a section divider, which the
     * template writes only when it asks for dividers.
     */
    private static final class Planner {
        private final Section meetingHeading;
        private final List<PlannedSlide> slides = new ArrayList<>();
        /** A key per section, in the order they are met: two headings of one name or one line stay apart. */
        private final Map<Section, String> keys = new java.util.IdentityHashMap<>();
        private boolean breakPending;

        Planner(Section meetingHeading) {
            this.meetingHeading = meetingHeading;
        }

        /** The plan: an empty section is the closing slide only at the very end. */
        List<PlannedSlide> slides() {
            List<PlannedSlide> out = new ArrayList<>();
            for (int i = 0; i < slides.size(); i++) {
                PlannedSlide p = slides.get(i);
                boolean last = slides.subList(i + 1, slides.size()).stream().allMatch(n -> n.layout() == SlideKind.SECTION);
                out.add(p.layout() == SlideKind.CLOSING && !last
                        ? new PlannedSlide(SlideKind.CONTENT, p.path(), List.of(), null, p.level(), p.breakBefore()) : p);
            }
            return out;
        }

        void section(Section section, List<Crumb> parentPath) {
            if (section == meetingHeading) {
                return;
            }
            // the slide's own heading keeps the author's number ("1.感恩/致谢"); the path before it is names only
            String key = keys.computeIfAbsent(section, s -> "s" + (keys.size() + 1));
            List<Crumb> path = new ArrayList<>(parentPath);
            path.add(new Crumb(key, numbered(section)));
            if (section.isEmpty()) {
                add(SlideKind.CLOSING, path, List.of(), null, section.level());
                return;
            }
            if (section.blocks().isEmpty()) {
                add(SlideKind.SECTION, path, List.of(), null, section.level());
            }
            blocks(section.blocks(), path, section.level());
            List<Crumb> childPath = new ArrayList<>(parentPath);
            childPath.add(new Crumb(key, pathTitle(section)));
            for (Section child : content(section.children())) {
                section(child, childPath);
            }
        }

        void blocks(List<Block> blocks, List<Crumb> path, int level) {
            List<Block> text = new ArrayList<>();
            List<Image> nestedImages = new ArrayList<>();
            for (Block b : blocks) {
                switch (b) {
                    case Table t -> {
                        flush(text, nestedImages, path, level);
                        add(SlideKind.TABLE, path, List.of(t), null, level);
                    }
                    case Image i when i.file() != null -> {
                        flush(text, nestedImages, path, level);
                        add(SlideKind.IMAGE, path, List.of(), i, level);
                    }
                    case ThematicBreak t -> {
                        flush(text, nestedImages, path, level);
                        breakPending = true;
                    }
                    default -> {
                        text.add(b);
                        collectNestedImages(b, nestedImages);
                    }
                }
            }
            flush(text, nestedImages, path, level);
        }

        private void flush(List<Block> text, List<Image> nestedImages, List<Crumb> path, int level) {
            if (!text.isEmpty()) {
                add(SlideKind.CONTENT, path, text, null, level);
            }
            for (Image i : nestedImages) {
                add(SlideKind.IMAGE, path, List.of(), i, level);
            }
            text.clear();
            nestedImages.clear();
        }

        private void add(SlideKind layout, List<Crumb> path, List<Block> blocks, Image image, int level) {
            // a divider does not take the break: the slide after it starts afresh anyway
            slides.add(new PlannedSlide(layout, path, blocks, image, level, breakPending && layout != SlideKind.SECTION));
            if (layout != SlideKind.SECTION) {
                breakPending = false;
            }
        }
    }

    /** Local pictures inside list items cannot sit in a bullet; they follow the slide of their list. */
    private static void collectNestedImages(Block block, List<Image> into) {
        switch (block) {
            case ItemList l -> {
                for (Item i : l.items()) {
                    i.body().forEach(b -> {
                        if (b instanceof Image image && image.file() != null) {
                            into.add(image);
                        } else {
                            collectNestedImages(b, into);
                        }
                    });
                }
            }
            case Quote q -> q.blocks().forEach(b -> {
                if (b instanceof Image image && image.file() != null) {
                    into.add(image);
                } else {
                    collectNestedImages(b, into);
                }
            });
            default -> { }
        }
    }

    /** Whether the invitation's date or start time is not the note's: then the title slide shows both. */
    static boolean meetingTimeDiffers(Report report) {
        var m = report.meeting();
        var meta = report.metadata();
        if (m == null || (m.date() == null && m.start() == null)) {
            return false;
        }
        return meta.date() == null || (m.date() != null && !m.date().equals(meta.date()))
                || (m.start() != null && meta.start() != null && !m.start().equals(meta.start()));
    }

    /** "2023/05/18 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京": the meeting time as invitations write it. */
    static String meetingTime(Report report) {
        var m = report.meeting();
        if (m == null || (m.date() == null && m.timeText() == null)) {
            return "";
        }
        if (m.timeText() != null) {
            return m.timeZone() == null ? m.timeText() : m.timeText() + " " + m.timeZone();
        }
        StringBuilder sb = new StringBuilder(m.date().toString().replace('-', '/'));
        if (m.start() != null) {
            sb.append(' ').append(m.start());
            if (m.end() != null) {
                sb.append('-').append(m.end());
            }
        }
        if (m.timeZone() != null) {
            sb.append(' ').append(m.timeZone());
        }
        return sb.toString();
    }

    /**
     * The heading level that starts a slide, like pandoc's {@code --slide-level}: the note's own front matter
     * ({@code slide-level: 2}) first, then the option ({@code --slide-level}, {@code weekly-report.yaml}); 0 when
     * neither says, and the writer composes slides by what fits.
     */
    static int slideLevel(Report report, RenderOptions options) {
        String own = report.metadata().extra().get("slide-level");
        if (own != null && own.strip().matches("[0-6]")) {
            return Integer.parseInt(own.strip());
        }
        return options.slideLevel();
    }
}
