package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Severity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides title, date (or period), time range and language from everything the note says, in a fixed
 * order of trust.
 *
 * <p>Date: front matter or "Date:" header lines, then a 时间/Time section, then a labelled time line
 * ("**会议时间**：…", "Date: …"), then a date in the title (heading or "**会议主题**：" line), then the
 * meeting block, then the file name (a name with only month and day, "2022/7-14.md", takes its year
 * from the folder), then a month and day in the title placed in the year the file name, the meeting or
 * the folder gives. The title ranks above the meeting block because recurring meeting invitations are
 * pasted unchanged from week to week and carry the first meeting's date.
 *
 * <p>The meeting's time is one fact however often a note writes it ("## 时间", the invitation's "会议时间"
 * line): when the invitation says the same day and time as the note, the metadata holds the time and the
 * meeting's date, start and end stay empty; the invitation keeps its line as written and its time zone.
 */
final class MetadataInference {
    private static final Pattern PLACEHOLDER_TOPIC = Pattern.compile(
            "(预定的会议|的快速会议|的个人会议室|'s zoom meeting|personal meeting room|'s meeting)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URLS = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");
    /** Front matter keys the metadata takes over; the rest stay in {@code extra}. */
    private static final List<String> KNOWN_KEYS = List.of("title", "date", "time", "author", "lang", "language");
    /** A folder named after a year: "2022", "2022年", "notes-2022". */
    private static final Pattern FOLDER_YEAR = Pattern.compile("^\\D*((?:19|20)\\d{2})\\D*$");

    private MetadataInference() {
    }

    /** The metadata, and the meeting as the report keeps it (its time left to the metadata when the same). */
    record Inferred(Metadata metadata, Meeting meeting) { }

    /** A date with the source it came from and its line (0 when not from one line), for messages. */
    private record Dated(DateTimes.When when, String from, int line) { }

    /** A date the title or file name gives, and whether it can be trusted to disagree ("v2.4" may be no day). */
    private record Witness(Dated dated, boolean firm) { }

    static Inferred infer(ModelBuilder b, List<Section> sections, String source, Path folder, String fullText,
                          ParserOptions options, DiagnosticLog log) {
        Map<String, String> fm = b.frontMatter;
        Meeting meeting = b.meeting;
        String name = source.replace(" ", "");
        LabelLines.Label titleLabel = b.labels.first(LabelLines.Field.TITLE);
        String labelTitle = titleLabel == null || titleLabel.value().isBlank() ? null : titleLabel.value().strip();

        DateTimes.When fmDate = fm.containsKey("date")
                ? DateTimes.find(fm.get("date") + (fm.containsKey("time") ? " " + fm.get("time") : "")) : null;
        DateTimes.When nameDate = DateTimes.find(name);
        Integer folderYear = folderYear(folder);
        Integer year = firstNonNull(year(nameDate), meeting == null ? null : year(meeting.date()), year(fmDate), folderYear);
        DateTimes.When nameDay = nameDate != null ? nameDate
                : folderYear == null ? null : DateTimes.fileNameMonthDay(name, folderYear);

        Witness fromTitle = titleDate(b.titleHeading, "title heading", year);
        if (fromTitle == null) {
            fromTitle = titleDate(labelTitle, "title line", year);
        }
        List<LabelLines.Label> timeLabels = b.labels.all(LabelLines.Field.TIME);
        Dated fromTimeLabel = null;
        for (LabelLines.Label label : timeLabels) {
            DateTimes.When w = DateTimes.find(label.value());
            if (w == null && year != null) {
                w = withTime(DateTimes.monthDay(label.value(), year), label.value());
            }
            if (w != null) {
                fromTimeLabel = new Dated(w, "time line", log.lineOf(label.offset()));
                break;
            }
        }

        Dated chosen = fmDate == null ? null : new Dated(fmDate, b.frontMatterName, 0);
        if (chosen == null) {
            chosen = fromTimeSection(sections);
        }
        if (chosen == null) {
            chosen = fromTimeLabel;
        }
        if (chosen == null && fromTitle != null && !fromTitle.dated().from().endsWith("(month and day)")) {
            chosen = fromTitle.dated();
        }
        if (chosen == null && meeting != null && meeting.date() != null) {
            chosen = new Dated(new DateTimes.When(meeting.date(), meeting.start(), meeting.end()), "meeting block", 0);
        }
        if (chosen == null && nameDay != null) {
            chosen = new Dated(new DateTimes.When(nameDay.date(), null, null, nameDay.endDate()), "file name", 0);
        }
        if (chosen == null && fromTitle != null) {
            chosen = fromTitle.dated();
        }

        LocalDate date = chosen == null ? null : chosen.when().date();
        LocalDate endDate = chosen == null ? null : chosen.when().endDate();
        LocalTime start = chosen == null ? null : chosen.when().start();
        LocalTime end = chosen == null ? null : chosen.when().end();
        for (LabelLines.Label label : timeLabels) {
            // "**Time**: 15:00–15:45" beside "**Date**: March 7, 2024" (or any date source): the time of that day.
            DateTimes.When labelled = DateTimes.find(label.value());
            DateTimes.When time = DateTimes.timeRange(label.value());
            if (start == null && date != null && time != null && (labelled == null || labelled.covers(date))) {
                start = time.start();
                end = time.end();
            }
        }
        if (start == null && meeting != null && date != null && date.equals(meeting.date())) {
            start = meeting.start();
            end = meeting.end();
        }
        if (date == null) {
            log.file(Severity.WARNING, "no-date",
                    "no meeting date found (front matter, a 时间/Date section or line, the title, the meeting block or the file name)");
        } else {
            List<Dated> witnesses = new ArrayList<>();
            if (fromTitle != null && fromTitle.firm()) {
                witnesses.add(fromTitle.dated());
            }
            if (nameDay != null) {
                witnesses.add(new Dated(nameDay, "file name", 0));
            }
            reportConflict(chosen, witnesses, log);
        }

        Language language = fm.containsKey("lang") ? parseLanguage(fm.get("lang"))
                : fm.containsKey("language") ? parseLanguage(fm.get("language"))
                : detectLanguage(URLS.matcher(fullText).replaceAll(" "));

        Map<String, String> extra = new LinkedHashMap<>(fm);
        KNOWN_KEYS.forEach(extra::remove);
        addLabelledFacts(b.labels, sections, extra);

        String title;
        Metadata.TitleSource titleSource;
        String dateText = date == null ? "" : date.toString();
        boolean headingIsOnlyDate = b.titleHeading != null && DateTimes.isOnlyDate(b.titleHeading);
        if (fm.containsKey("title") && !fm.get("title").isBlank()) {
            title = fm.get("title");
            titleSource = Metadata.TitleSource.FRONT_MATTER;
            if (b.titleHeading != null) {
                extra.put("heading", b.titleHeading);
            }
        } else if (b.titleHeading != null && !headingIsOnlyDate) {
            title = b.titleHeading;
            titleSource = Metadata.TitleSource.HEADING;
        } else if (labelTitle != null) {
            title = labelTitle;
            titleSource = Metadata.TitleSource.LABEL;
        } else if (meeting != null && meeting.topic() != null && !meeting.topic().isBlank()
                && !PLACEHOLDER_TOPIC.matcher(meeting.topic()).find()) {
            title = meeting.topic() + (dateText.isEmpty() || meeting.topic().contains(dateText) ? "" : " " + dateText);
            titleSource = Metadata.TitleSource.MEETING_TOPIC;
        } else if (!dateText.isEmpty()) {
            String pattern = language == Language.ZH ? options.defaultTitleZh() : options.defaultTitleEn();
            title = pattern.replace("{date}", dateText);
            titleSource = Metadata.TitleSource.DEFAULT;
        } else {
            title = source.replaceFirst("(?i)\\.(md|markdown|txt)$", "");
            titleSource = Metadata.TitleSource.FILE_NAME;
        }
        if (headingIsOnlyDate && titleSource != Metadata.TitleSource.FRONT_MATTER) {
            // "## 01-06" names the day, not the meeting: it is kept, but a better title is made.
            extra.put("heading", b.titleHeading);
        }
        if (titleSource != Metadata.TitleSource.FRONT_MATTER && titleSource != Metadata.TitleSource.HEADING
                && titleSource != Metadata.TitleSource.LABEL) {
            log.file(Severity.INFO, "no-title", "the note has no title line; using \"" + title + "\"");
        }
        String author = fm.containsKey("author") ? fm.get("author") : fm.get("authors");
        Metadata metadata = new Metadata(title, titleSource, date, start, end, language, author, source, extra, endDate);
        return new Inferred(metadata, withoutRepeatedTime(meeting, date, start, end));
    }

    /**
     * The date the title names, if any: a full date, or a month and day placed in {@code year}. Only a
     * month and day written unmistakably ("7月14日", "July 14", or the whole heading "01-06") may disagree
     * with other sources; "社区会议 7.14" could as well be a version.
     */
    private static Witness titleDate(String title, String from, Integer year) {
        if (title == null) {
            return null;
        }
        DateTimes.When full = DateTimes.find(title);
        if (full != null) {
            return new Witness(new Dated(full, from, 0), true);
        }
        if (year == null) {
            return null;
        }
        DateTimes.When day = DateTimes.monthDay(title, year);
        if (day == null) {
            return null;
        }
        boolean firm = DateTimes.isUnambiguousMonthDay(title) || DateTimes.isOnlyDate(title);
        return new Witness(new Dated(day, from + " (month and day)", 0), firm);
    }

    /** A month and day found in a time line, with the time range written beside it. */
    private static DateTimes.When withTime(DateTimes.When day, String text) {
        if (day == null) {
            return null;
        }
        DateTimes.When time = DateTimes.timeRange(text);
        return time == null ? day : new DateTimes.When(day.date(), time.start(), time.end(), day.endDate());
    }

    /** One warning naming every source that really disagrees; a period containing the other's day agrees. */
    private static void reportConflict(Dated chosen, List<Dated> others, DiagnosticLog log) {
        Map<LocalDate, StringJoiner> sourcesByDate = new LinkedHashMap<>();
        for (Dated other : others) {
            boolean agrees = chosen.when().covers(other.when().date()) || other.when().covers(chosen.when().date());
            if (!agrees && !sameSource(chosen, other)) {
                sourcesByDate.computeIfAbsent(other.when().date(), d -> new StringJoiner(" and the "))
                        .add(other.from().replace(" (month and day)", ""));
            }
        }
        if (sourcesByDate.isEmpty()) {
            return;
        }
        StringJoiner where = new StringJoiner("; ");
        sourcesByDate.forEach((day, sources) -> where.add(day + " in the " + sources));
        String message = "the date " + chosen.when().date() + " (from the " + chosen.from() + ") differs from "
                + where + "; the " + chosen.from() + " wins";
        if (chosen.line() > 0) {
            log.atLine(Severity.WARNING, chosen.line(), "date-conflict", message);
        } else {
            log.file(Severity.WARNING, "date-conflict", message);
        }
    }

    private static boolean sameSource(Dated a, Dated b) {
        return a.from().replace(" (month and day)", "").equals(b.from().replace(" (month and day)", ""));
    }

    /**
     * The meeting as the report keeps it: when its invitation names the day and time the metadata holds,
     * the parsed time is the metadata's alone (date, start and end are left empty; the line as written,
     * {@code timeText}, and the time zone stay with the invitation, for renderers that show them once); a
     * different time, as in a stale recurring invitation, stays where it was parsed.
     */
    private static Meeting withoutRepeatedTime(Meeting m, LocalDate date, LocalTime start, LocalTime end) {
        if (m == null || m.date() == null || !m.date().equals(date) || !Objects.equals(m.start(), start)
                || m.end() != null && !m.end().equals(end)) {
            return m;
        }
        return new Meeting(m.platform(), m.topic(), null, null, null, m.timeZone(), m.joinUrl(), m.meetingNumber(),
                m.passcode(), m.dialIns(), m.otherLines(), m.line(), m.timeText(), m.boilerplate());
    }

    /** Host, attendees, note taker and place: from labelled lines, or from sections named so ("**主持人**", "## Attendees"). */
    private static void addLabelledFacts(LabelLines labels, List<Section> sections, Map<String, String> extra) {
        for (LabelLines.Field field : LabelLines.extraFields()) {
            LabelLines.Label line = labels.first(field);
            if (line != null) {
                extra.putIfAbsent(field.key(), line.value());
            }
        }
        addSectionFacts(sections, extra);
    }

    private static void addSectionFacts(List<Section> sections, Map<String, String> extra) {
        for (Section s : sections) {
            LabelLines.Field field = LabelLines.fieldNamed(Inline.plainText(s.title()));
            if (field != null && LabelLines.extraFields().contains(field) && s.role() == Section.Role.CONTENT) {
                String value = sectionText(s.blocks());
                if (!value.isEmpty()) {
                    extra.putIfAbsent(field.key(), value);
                }
            }
            addSectionFacts(s.children(), extra);
        }
    }

    /** A section's paragraphs and first-level items as one line: "Ana, Bo, Cy". */
    private static String sectionText(List<Block> blocks) {
        StringJoiner text = new StringJoiner(", ");
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                text.add(Inline.plainText(p.content()).strip());
            } else if (block instanceof ItemList list) {
                for (Item item : list.items()) {
                    text.add(item.plainText().strip());
                }
            }
        }
        return text.toString();
    }

    private static Dated fromTimeSection(List<Section> sections) {
        for (Section s : sections) {
            if (s.role() == Section.Role.TIME) {
                for (Block block : s.blocks()) {
                    if (block instanceof Paragraph p) {
                        DateTimes.When w = DateTimes.find(Inline.plainText(p.content()));
                        if (w != null) {
                            return new Dated(w, "time section", p.line());
                        }
                    }
                }
            }
            Dated inner = fromTimeSection(s.children());
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Integer folderYear(Path folder) {
        if (folder == null || folder.getFileName() == null) {
            return null;
        }
        Matcher m = FOLDER_YEAR.matcher(folder.getFileName().toString());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer year(DateTimes.When w) {
        return w == null ? null : year(w.date());
    }

    private static Integer year(LocalDate d) {
        return d == null ? null : Integer.valueOf(d.getYear());
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Language parseLanguage(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN;
    }

    /** Chinese when Han characters make up a noticeable share of the letters. */
    static Language detectLanguage(String text) {
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        // A Han character carries about as much as a Latin word of five letters; one in ten is plenty.
        return han > 0 && han * 10 >= latin ? Language.ZH : Language.EN;
    }
}
