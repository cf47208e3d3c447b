package io.weeklyreport.render.tracker;

import io.weeklyreport.model.Language;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Status;
import io.weeklyreport.render.Palette;
import io.weeklyreport.series.MeetingNote;
import io.weeklyreport.series.Sighting;
import io.weeklyreport.series.TrackedItem;
import io.weeklyreport.series.Tracker;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The tracker as every format shows it: the title lines, the chart's bars and legend, and one row per tracked
 * item with its status at each meeting from first to last seen. {@code tracker.ftlh} draws it for PDF and HTML,
 * the DOCX and PPTX writers from the same records, so the four say the same. Texts come from the labels.
 *
 * <p>A series may have forty meetings: a column per meeting would not fit a page, so each row carries its own
 * strip, one step per meeting from its first to its last sighting (a dash for meetings that do not mention it,
 * one dash for a run of them), which wraps inside its cell. Internal: public only for the writers of this
 * package and {@code TrackerRenderer}.
 *
 * @param lang     BCP 47 tag of the series' language
 * @param title    the series' name (its folder)
 * @param subtitle date range, meetings, rows and stalled rows
 * @param chart    status counts per meeting
 * @param header   the table's column titles, in order: item, owner, first seen, last seen, status per meeting, open
 * @param rows     stalled rows first
 * @param colours  the team's accent and reference chip, from the palette, for every format alike
 */
public record TrackerView(String lang, String title, String subtitle, String chartTitle, Chart chart,
                          List<String> header, List<Row> rows, String stalledLabel, String continuedLabel,
                          String pageFooter, Colours colours) {

    /** The columns' shares of the table's width in DOCX and PPTX, as tracker.css gives them to the PDF and HTML. */
    static final double[] COLUMNS = {0.33, 0.09, 0.08, 0.08, 0.33, 0.09};

    /** Longer titles (a pasted paragraph) are cut here, in every format alike: the row must fit a slide. */
    static final int TITLE_LIMIT = 140;

    public TrackerView {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** CSS colours ("#1f5fbf"): the rule under the title, and a PR or issue reference's chip. */
    public record Colours(String accent, String referenceFill, String referenceText) {
        static Colours of(Palette palette) {
            return new Colours(palette.accent().css(), palette.reference().fill().css(), palette.reference().text().css());
        }
    }

    /** One meeting of the chart: its stacked segments, bottom first. */
    public record Bar(String date, String label, boolean labelled, int total, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }
    }

    /** Part of a bar: the items at one status at that meeting. */
    public record Segment(String status, int count) {
    }

    /** One status of the chart: a series in DOCX and PPTX, a legend entry everywhere. */
    public record Series(String status, String label, String fill, String text, List<Integer> counts) {
        public Series {
            counts = List.copyOf(counts);
        }
    }

    /**
     * @param bars   one per meeting, in order
     * @param series one per status that some meeting has, in the model's order (done first, no status last)
     * @param max    the highest bar
     */
    public record Chart(List<Bar> bars, List<Series> series, int max) {
        public Chart {
            bars = List.copyOf(bars);
            series = List.copyOf(series);
        }
    }

    /** One meeting of an item's strip: its status chip there, or a dash for meetings that did not mention it. */
    public record Step(String date, String status, String label, boolean absent) {
    }

    /**
     * @param refs  its PRs and issues, short: "#2387" in the series' usual repository, "TSC#1614" in another
     * @param steps from its first to its last sighting
     */
    public record Row(String title, List<String> refs, String owners, String firstSeen, String lastSeen,
                      List<Step> steps, int meetingsOpen, boolean stalled) {
        public Row {
            refs = List.copyOf(refs);
            steps = List.copyOf(steps);
        }

        /** The title with its references, as one line of text. */
        public String titleWithRefs() {
            return refs.isEmpty() ? title : title + " " + String.join(" ", refs);
        }
    }

    /** The statuses as they are stacked, bottom first; the chart and the legend follow it. */
    private static final List<Status> STACK = List.of(Status.DONE, Status.IN_REVIEW, Status.IN_PROGRESS, Status.PLANNED,
            Status.BLOCKED, Status.NONE);
    /**
     * A meeting in a strip or under the chart: "05/18", which line breaking keeps whole (a break may follow the
     * hyphen of "05-18", and LibreOffice takes it), so a step never parts from its chip.
     */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM/dd", Locale.ROOT);
    /** About as many date labels under the chart as fit without touching at the narrowest format. */
    private static final int DATE_LABELS = 20;

    /**
     * @param name   the series' name, its folder's
     * @param labels the labels of the series' language
     */
    public static TrackerView of(Tracker tracker, String name, Language language, Properties labels, Palette palette) {
        Locale locale = language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.US;
        List<MeetingNote> meetings = tracker.meetings();
        String range = meetings.isEmpty() ? "" : meetings.getFirst().date() + " – " + meetings.getLast().date();
        long stalled = tracker.rows().stream().filter(r -> r.item().stalled()).count();
        List<String> facts = new ArrayList<>();
        if (!range.isEmpty()) {
            facts.add(range);
        }
        facts.add(format(labels, "tracker.meetings", locale, meetings.size()));
        facts.add(format(labels, "tracker.items", locale, tracker.rows().size()));
        if (stalled > 0) {
            facts.add(format(labels, "tracker.stalled-count", locale, stalled));
        }
        List<String> header = List.of(label(labels, "tracker.item"), label(labels, "tracker.owner"),
                label(labels, "tracker.first"), label(labels, "tracker.last"), label(labels, "tracker.history"),
                label(labels, "tracker.open"));
        String usualRepo = usualRepository(tracker);
        List<Row> rows = new ArrayList<>();
        for (Tracker.Row r : tracker.rows()) {
            rows.add(row(r.item(), meetings, labels, usualRepo, language));
        }
        return new TrackerView(language.tag(), name, String.join(" · ", facts), label(labels, "tracker.chart"),
                chart(tracker, labels, palette), header, rows, label(labels, "tracker.stalled"),
                labels.getProperty("slides.continued", "({n}/{total})"), labels.getProperty("page.footer", "{page} / {pages}"),
                Colours.of(palette));
    }

    private static Row row(TrackedItem item, List<MeetingNote> meetings, Properties labels, String usualRepo, Language language) {
        List<Step> steps = new ArrayList<>();
        int absent = 0;
        String absentSince = null;
        for (int i = item.firstSeen().index(); i <= item.lastSeen().index(); i++) {
            MeetingNote m = meetings.get(i);
            Sighting s = item.at(m);
            if (s == null) {
                if (absent++ == 0) {
                    absentSince = m.date().format(SHORT);
                }
                continue;
            }
            if (absent > 0) {
                steps.add(new Step(absentSince, null, absent == 1 ? "—" : "— ×" + absent, true));
                absent = 0;
            }
            Status status = s.status().status();
            String label = status == Status.NONE ? label(labels, "tracker.mentioned") : label(labels, "status." + status.cssName());
            steps.add(new Step(m.date().format(SHORT), status.cssName(), label, false));
        }
        String title = shortened(item.title());
        List<String> refs = new ArrayList<>();
        for (Ref ref : item.refs()) {
            if (ref.kind() == Ref.Kind.PULL_REQUEST || ref.kind() == Ref.Kind.ISSUE) {
                boolean usual = ref.repo() == null || ref.repo().equalsIgnoreCase(usualRepo);
                String label = usual ? ref.shortLabel() : ref.repo().substring(ref.repo().lastIndexOf('/') + 1) + ref.shortLabel();
                // The title already shows a link of the note as "#903": once is enough.
                if (!Pattern.compile("(?<![\\w#])" + Pattern.quote(label) + "(?!\\d)").matcher(title).find()) {
                    refs.add(label);
                }
            }
        }
        String separator = language == Language.ZH ? "、" : ", ";
        return new Row(title, refs, String.join(separator, item.owners()), item.firstSeen().date().toString(),
                item.lastSeen().date().toString(), steps, item.meetingsOpen(), item.stalled());
    }

    private static Chart chart(Tracker tracker, Properties labels, Palette palette) {
        List<Tracker.MeetingCounts> counts = tracker.counts();
        Map<Status, List<Integer>> byStatus = new HashMap<>();
        for (Status s : STACK) {
            byStatus.put(s, new ArrayList<>());
        }
        int every = Math.max(1, (counts.size() + DATE_LABELS - 1) / DATE_LABELS);
        List<Bar> bars = new ArrayList<>();
        int max = 0;
        for (int i = 0; i < counts.size(); i++) {
            Tracker.MeetingCounts c = counts.get(i);
            List<Segment> segments = new ArrayList<>();
            for (Status s : STACK) {
                int n = count(c, s);
                byStatus.get(s).add(n);
                if (n > 0) {
                    segments.add(new Segment(s.cssName(), n));
                }
            }
            LocalDate date = c.meeting().date();
            bars.add(new Bar(date.toString(), date.format(SHORT), i % every == 0, c.total(), segments));
            max = Math.max(max, c.total());
        }
        List<Series> series = new ArrayList<>();
        for (Status s : STACK) {
            List<Integer> values = byStatus.get(s);
            if (values.stream().anyMatch(v -> v > 0)) {
                Palette.Chip chip = palette.chip(s);
                String label = s == Status.NONE ? label(labels, "tracker.no-status") : label(labels, "status." + s.cssName());
                series.add(new Series(s.cssName(), label, chip.fill().css(), chip.text().css(), values));
            }
        }
        return new Chart(bars, series, max);
    }

    private static int count(Tracker.MeetingCounts counts, Status status) {
        return counts.counts().stream().filter(n -> n.status() == status).mapToInt(Tracker.Count::count).sum();
    }

    /**
     * The repository most of the rows' PRs and issues are in: those are written "#2387", as the notes write them;
     * the others name their repository ("TSC#1614"), since the same number recurs in every repository.
     */
    private static String usualRepository(Tracker tracker) {
        Map<String, Integer> repos = new HashMap<>();
        for (Tracker.Row r : tracker.rows()) {
            for (Ref ref : r.item().refs()) {
                if (ref.repo() != null && (ref.kind() == Ref.Kind.PULL_REQUEST || ref.kind() == Ref.Kind.ISSUE)) {
                    repos.merge(ref.repo().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        String usual = null;
        for (var e : new java.util.TreeMap<>(repos).entrySet()) {
            if (usual == null || e.getValue() > repos.get(usual)) {
                usual = e.getKey();
            }
        }
        return usual;
    }

    static String shortened(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= TITLE_LIMIT) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, TITLE_LIMIT - 1)).strip() + "…";
    }

    private static String label(Properties labels, String key) {
        return labels.getProperty(key, key);
    }

    private static String format(Properties labels, String key, Locale locale, long n) {
        return new MessageFormat(label(labels, key), locale).format(new Object[] {n});
    }
}
