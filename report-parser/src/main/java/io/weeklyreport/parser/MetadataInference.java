package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Section;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Decides title, date, time range and language from everything the note says, in a fixed order of trust. */
final class MetadataInference {
    private static final Pattern PLACEHOLDER_TOPIC = Pattern.compile("(预定的会议|'s Zoom Meeting|的快速会议|Personal Meeting Room|的个人会议室)");

    private MetadataInference() {
    }

    static Metadata infer(ModelBuilder b, List<Section> sections, String source, String fullText, ParserOptions options) {
        Map<String, String> fm = b.frontMatter;
        Meeting meeting = b.meeting;

        DateTimes.When when = null;
        if (fm.containsKey("date")) {
            when = DateTimes.find(fm.get("date"));
        }
        if (when == null) {
            when = fromTimeSection(sections);
        }
        if (when == null && b.titleHeading != null) {
            when = DateTimes.find(b.titleHeading);
        }
        if (when == null && meeting != null && meeting.date() != null) {
            when = new DateTimes.When(meeting.date(), meeting.start(), meeting.end());
        }
        DateTimes.When fromName = DateTimes.find(source.replace(" ", ""));
        if (when == null && fromName != null) {
            when = new DateTimes.When(fromName.date(), null, null);
        }
        if (when == null && b.titleHeading != null && DateTimes.isMonthDay(b.titleHeading)) {
            int year = fromName != null ? fromName.date().getYear() : LocalDate.now().getYear();
            LocalDate d = DateTimes.monthDay(b.titleHeading, year);
            when = d == null ? null : new DateTimes.When(d, null, null);
        }
        LocalDate date = when == null ? null : when.date();
        LocalTime start = when == null ? null : when.start();
        LocalTime end = when == null ? null : when.end();
        if (start == null && meeting != null && date != null && date.equals(meeting.date())) {
            start = meeting.start();
            end = meeting.end();
        }
        if (date == null) {
            b.warn(0, 0, "no-date", "no meeting date found (front matter, a 时间/Date line, the meeting block or the file name)");
        }

        Language language = fm.containsKey("lang") ? parseLanguage(fm.get("lang")) : detectLanguage(fullText);

        String title;
        Metadata.TitleSource titleSource;
        String dateText = date == null ? "" : date.toString();
        if (fm.containsKey("title") && !fm.get("title").isBlank()) {
            title = fm.get("title");
            titleSource = Metadata.TitleSource.FRONT_MATTER;
        } else if (b.titleHeading != null && !DateTimes.isMonthDay(b.titleHeading) && !b.titleHeading.isBlank()) {
            title = b.titleHeading;
            titleSource = Metadata.TitleSource.HEADING;
        } else if (meeting != null && meeting.topic() != null && !PLACEHOLDER_TOPIC.matcher(meeting.topic()).find()) {
            title = meeting.topic() + (dateText.isEmpty() ? "" : " " + dateText);
            titleSource = Metadata.TitleSource.MEETING_TOPIC;
        } else if (!dateText.isEmpty()) {
            String pattern = language == Language.ZH ? options.defaultTitleZh() : options.defaultTitleEn();
            title = pattern.replace("{date}", dateText);
            titleSource = Metadata.TitleSource.DEFAULT;
        } else {
            title = source.replaceFirst("\\.(md|markdown|txt)$", "");
            titleSource = Metadata.TitleSource.FILE_NAME;
        }
        if (titleSource != Metadata.TitleSource.FRONT_MATTER && titleSource != Metadata.TitleSource.HEADING) {
            b.info(0, 0, "no-title", "the note has no title line; using \"" + title + "\"");
        }
        var extra = new java.util.LinkedHashMap<>(fm);
        extra.remove("title");
        extra.remove("date");
        extra.remove("author");
        extra.remove("lang");
        return new Metadata(title, titleSource, date, start, end, language, fm.get("author"), source, extra);
    }

    private static DateTimes.When fromTimeSection(List<Section> sections) {
        for (Section s : sections) {
            if (s.role() == Section.Role.TIME) {
                for (Block block : s.blocks()) {
                    if (block instanceof Paragraph p) {
                        DateTimes.When w = DateTimes.find(ModelBuilder.plain(p.content()));
                        if (w != null) {
                            return w;
                        }
                    }
                }
            }
            DateTimes.When inner = fromTimeSection(s.children());
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Language parseLanguage(String value) {
        return value.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN;
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
        // A Han character carries about as much as a Latin word of five letters.
        return han * 5 >= latin * 0.5 && han > 0 ? Language.ZH : Language.EN;
    }
}
