package io.weeklyreport.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a meeting date and time range in the ways people write them. */
final class DateTimes {

    /** A date with an optional time range; any part but the date may be null. */
    record When(LocalDate date, LocalTime start, LocalTime end) { }

    private static final String TIME = "(\\d{1,2}[:：]\\d{2})";
    private static final String RANGE = "(?:\\s*(?:\\([^)]*\\))?\\s*" + TIME + "(?:\\s*(?:[-~～–—至到]|to)\\s*" + TIME + ")?)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})\\s*[日号]?" + RANGE);
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + RANGE);
    private static final Pattern MONTH_DAY = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private DateTimes() {
    }

    /** The first date (with its time range, when written next to it) in {@code text}, or null. */
    static When find(String text) {
        Matcher m = NUMERIC.matcher(text);
        When numeric = null;
        if (m.find()) {
            numeric = when(m.start(), () -> LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))),
                    m.group(4), m.group(5));
        }
        Matcher e = ENGLISH.matcher(text);
        When english = null;
        int englishAt = Integer.MAX_VALUE;
        if (e.find()) {
            englishAt = e.start();
            Integer month = MONTHS.get(e.group(1).toLowerCase(Locale.ROOT));
            english = when(e.start(), () -> LocalDate.of(num(e.group(3)), month, num(e.group(2))), e.group(4), e.group(5));
        }
        if (numeric != null && (english == null || m.start() < englishAt)) {
            return numeric;
        }
        return english;
    }

    /** "01-06" as in a heading that only names the day; needs a year from elsewhere. */
    static LocalDate monthDay(String text, int year) {
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(year, num(m.group(1)), num(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean isMonthDay(String text) {
        return MONTH_DAY.matcher(text).matches();
    }

    private interface DateSupplier {
        LocalDate get();
    }

    private static When when(int at, DateSupplier date, String start, String end) {
        try {
            return new When(date.get(), time(start), time(end));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(String hhmm) {
        if (hhmm == null) {
            return null;
        }
        String[] parts = hhmm.split("[:：]");
        try {
            return LocalTime.of(num(parts[0]), num(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
