package io.weeklyreport.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a meeting date and time range in the ways people write them: {@code 2023/05/18 19:00~19:30},
 * {@code 2022-01-06 19:00~19:40}, {@code 2023年5月18日}, {@code May 18, 2023}, {@code 24th Mar 2022},
 * {@code 2023 Jun 01, 19:00~19:30}.
 */
final class DateTimes {

    /** A date with an optional time range; start and end may be null. */
    record When(LocalDate date, LocalTime start, LocalTime end) { }

    private static final String MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(\\d{1,2}[:：]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?(?![a-zA-Z]))?)";
    /** An optional time range after a date: a comma, a weekday in brackets, then "19:00~19:30". */
    private static final String RANGE = "(?:[,，]?\\s*(?:[(（][^)）]{0,12}[)）])?\\s*(?:周.|星期.)?\\s*" + TIME
            + "(?:\\s*(?:[-~～–—至到]|to)\\s*" + TIME + ")?)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})(?!\\d)\\s*[日号]?" + RANGE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + RANGE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + ",?\\s+(\\d{4})\\b" + RANGE);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?i)\\b(\\d{4})\\s+" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b" + RANGE);
    private static final Pattern MONTH_DAY = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Where year, month and day sit in a pattern's groups; the two time groups follow. */
    private record Shape(Pattern pattern, int year, int month, int day) { }

    private static final List<Shape> SHAPES = List.of(
            new Shape(NUMERIC, 1, 2, 3),
            new Shape(MONTH_DAY_YEAR, 3, 1, 2),
            new Shape(DAY_MONTH_YEAR, 3, 2, 1),
            new Shape(YEAR_MONTH_DAY, 1, 2, 3));

    private DateTimes() {
    }

    /** A date found in a text, and where its words start and end. */
    record Found(When when, int start, int end) { }

    /** The first valid date (with its time range, when written next to it) in {@code text}, or null. */
    static When find(String text) {
        Found found = locate(text);
        return found == null ? null : found.when();
    }

    /** Like {@link #find} but tells where the date was written. */
    static Found locate(String text) {
        Found best = null;
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern.matcher(text);
            while (m.find() && (best == null || m.start() < best.start())) {
                When w = when(m, shape);
                if (w != null) {
                    best = new Found(w, m.start(), m.end());
                    break;
                }
            }
        }
        return best;
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

    /** Whether {@code text} is nothing but a date and time, such as a heading "2023-05-18 19:00~19:30". */
    static boolean isOnlyDate(String text) {
        String t = text.strip();
        if (isMonthDay(t)) {
            return true;
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern.matcher(t);
            if (m.matches()) {
                return true;
            }
        }
        return false;
    }

    private static When when(Matcher m, Shape shape) {
        try {
            String monthText = m.group(shape.month);
            int month = Character.isDigit(monthText.charAt(0)) ? num(monthText)
                    : MONTHS.get(monthText.substring(0, 3).toLowerCase(Locale.ROOT));
            LocalDate date = LocalDate.of(num(m.group(shape.year)), month, num(m.group(shape.day)));
            int timeGroup = m.groupCount() - 1;
            LocalTime start = time(m.group(timeGroup));
            LocalTime end = start == null ? null : time(m.group(timeGroup + 1));
            return new When(date, start, end);
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static LocalTime time(String hhmm) {
        if (hhmm == null) {
            return null;
        }
        String lower = hhmm.toLowerCase(Locale.ROOT).replace(".", "");
        boolean pm = lower.endsWith("pm");
        boolean am = lower.endsWith("am");
        String[] parts = lower.replaceAll("\\s*[ap]m$", "").split("[:：]");
        try {
            int hour = num(parts[0]);
            if ((pm || am) && (hour < 1 || hour > 12)) {
                return null;
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
            return LocalTime.of(hour, num(parts[1].strip()));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
