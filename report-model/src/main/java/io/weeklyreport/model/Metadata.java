package io.weeklyreport.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * What the note is: its title, when the meeting was and in which language the note is written.
 *
 * @param title       never null; inferred when the note has no title line
 * @param titleSource where the title came from
 * @param date        nullable
 * @param start       nullable
 * @param end         nullable
 * @param language    the main language of the text
 * @param author      nullable
 * @param source      the input's file name (or "-" for standard input)
 * @param extra       further key/value metadata (front matter, -M options), in their order
 * @param endDate     the last day when the note covers a period ("January 1, 2023 – January 8, 2023"), with
 *                    {@code date} its first day; null for a note about one day
 */
public record Metadata(String title, TitleSource titleSource, LocalDate date, LocalTime start, LocalTime end,
                       Language language, String author, String source, Map<String, String> extra,
                       LocalDate endDate) {

    public Metadata {
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** Metadata of a note about one day. */
    public Metadata(String title, TitleSource titleSource, LocalDate date, LocalTime start, LocalTime end,
                    Language language, String author, String source, Map<String, String> extra) {
        this(title, titleSource, date, start, end, language, author, source, extra, null);
    }

    /** Whether the note covers a period of several days rather than one meeting day. */
    public boolean isPeriod() {
        return date != null && endDate != null && endDate.isAfter(date);
    }

    /**
     * Where the title came from: front matter (or "Title:" header lines), the title heading, a labelled
     * line of the note ("**会议主题**：…", "**Topic**: …"), the meeting invitation's topic, the default
     * pattern, the file name, or a command-line option.
     */
    public enum TitleSource { FRONT_MATTER, HEADING, LABEL, MEETING_TOPIC, DEFAULT, FILE_NAME, OPTION }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, TitleSource.OPTION, date, start, end, language, author, source, extra, endDate);
    }

    public Metadata withDate(LocalDate newDate) {
        return new Metadata(title, titleSource, newDate, start, end, language, author, source, extra, endDate);
    }

    public Metadata withLanguage(Language newLanguage) {
        return new Metadata(title, titleSource, date, start, end, newLanguage, author, source, extra, endDate);
    }

    public Metadata withExtra(Map<String, String> more) {
        var merged = new java.util.LinkedHashMap<>(extra);
        merged.putAll(more);
        return new Metadata(title, titleSource, date, start, end, language, author, source, merged, endDate);
    }
}
