package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Severity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides title, date, time range and language from everything the note says, in a fixed order of trust.
 *
 * <p>Date: front matter, then a 时间/Time section or line, then a date in the title heading, then the
 * meeting block, then the file name. The heading ranks above the meeting block because recurring meeting
 * invitations are pasted unchanged from week to week and carry the first meeting's date.
 */
final class MetadataInference {
    private static final Pattern PLACEHOLDER_TOPIC = Pattern.compile(
            "(预定的会议|的快速会议|的个人会议室|'s zoom meeting|personal meeting room|'s meeting)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URLS = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");
    /** Front matter keys the metadata takes over; the rest stay in {@code extra}. */
    private static final List<String> KNOWN_KEYS = List.of("title", "date", "time", "author", "lang", "language");

    private MetadataInference() {
    }

    /** A date with the source it came from and its line (0 when not from one line), for messages. */
    private record Dated(DateTimes.When when, String from, int line) { }

    static Metadata infer(ModelBuilder b, List<Section> sections, String source, String fullText, ParserOptions options,
                          DiagnosticLog log) {
        Map<String, String> fm = b.frontMatter;
        Meeting meeting = b.meeting;
        String nameWithoutSpaces = source.replace(" ", "");

        Dated chosen = null;
        if (fm.containsKey("date")) {
            DateTimes.When w = DateTimes.find(fm.get("date") + (fm.containsKey("time") ? " " + fm.get("time") : ""));
            chosen = w == null ? null : new Dated(w, "front matter", 0);
        }
        if (chosen == null) {
            chosen = fromTimeSection(sections);
        }
        if (chosen == null && b.timeLine != null) {
            chosen = new Dated(b.timeLine, "time line", log.lineOf(b.timeLineOffset));
        }
        Dated fromHeading = null;
        if (b.titleHeading != null && DateTimes.find(b.titleHeading) != null) {
            fromHeading = new Dated(DateTimes.find(b.titleHeading), "title heading", 0);
        }
        if (chosen == null) {
            chosen = fromHeading;
        }
        if (chosen == null && meeting != null && meeting.date() != null) {
            chosen = new Dated(new DateTimes.When(meeting.date(), meeting.start(), meeting.end()), "meeting block", 0);
        }
        DateTimes.When nameDate = DateTimes.find(nameWithoutSpaces);
        if (chosen == null && nameDate != null) {
            chosen = new Dated(new DateTimes.When(nameDate.date(), null, null), "file name", 0);
        }
        if (chosen == null && b.titleHeading != null && DateTimes.isMonthDay(b.titleHeading)) {
            Integer year = nameDate != null ? Integer.valueOf(nameDate.date().getYear())
                    : meeting != null && meeting.date() != null ? Integer.valueOf(meeting.date().getYear()) : null;
            LocalDate d = year == null ? null : DateTimes.monthDay(b.titleHeading, year);
            chosen = d == null ? null : new Dated(new DateTimes.When(d, null, null), "title heading", 0);
        }

        LocalDate date = chosen == null ? null : chosen.when().date();
        LocalTime start = chosen == null ? null : chosen.when().start();
        LocalTime end = chosen == null ? null : chosen.when().end();
        if (start == null && meeting != null && date != null && date.equals(meeting.date())) {
            start = meeting.start();
            end = meeting.end();
        }
        if (date == null) {
            log.file(Severity.WARNING, "no-date",
                    "no meeting date found (front matter, a 时间/Date section or line, the title, the meeting block or the file name)");
        } else {
            reportConflict(chosen, fromHeading, "the title heading", log);
            if (nameDate != null) {
                reportConflict(chosen, new Dated(nameDate, "file name", 0), "the file name", log);
            }
        }

        Language language = fm.containsKey("lang") ? parseLanguage(fm.get("lang"))
                : fm.containsKey("language") ? parseLanguage(fm.get("language"))
                : detectLanguage(URLS.matcher(fullText).replaceAll(" "));

        Map<String, String> extra = new LinkedHashMap<>(fm);
        KNOWN_KEYS.forEach(extra::remove);

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
        if (titleSource != Metadata.TitleSource.FRONT_MATTER && titleSource != Metadata.TitleSource.HEADING) {
            log.file(Severity.INFO, "no-title", "the note has no title line; using \"" + title + "\"");
        }
        return new Metadata(title, titleSource, date, start, end, language, fm.get("author"), source, extra);
    }

    private static void reportConflict(Dated chosen, Dated other, String otherName, DiagnosticLog log) {
        if (other == null || other.when().date().equals(chosen.when().date()) || chosen.from().equals(other.from())) {
            return;
        }
        String message = "the date " + chosen.when().date() + " (from the " + chosen.from() + ") differs from "
                + other.when().date() + " in " + otherName + "; the " + chosen.from() + " wins";
        if (chosen.line() > 0) {
            log.atLine(Severity.WARNING, chosen.line(), "date-conflict", message);
        } else {
            log.file(Severity.WARNING, "date-conflict", message);
        }
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
