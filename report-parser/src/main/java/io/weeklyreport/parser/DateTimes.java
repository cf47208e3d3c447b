package io.weeklyreport.parser;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a meeting date and time range in the ways people write them: {@code 2023/05/18 19:00~19:30},
 * {@code 2022-01-06 19:00~19:40}, {@code 2023年5月18日}, {@code May 18, 2023}, {@code 24th Mar 2022},
 * {@code 2023 Jun 01, 19:00~19:30}; and the period a weekly report covers: {@code January 1, 2023 –
 * January 8, 2023}, {@code 2023.01.01-01.08}, {@code May 8–12, 2023}, {@code 1月1日至1月8日}.
 */
final class DateTimes {

    /**
     * A date with an optional time range; start and end may be null. {@code endDate} is the last day when
     * the text names a period of several days ("2023.01.01-01.08"), else null.
     */
    record When(LocalDate date, LocalTime start, LocalTime end, LocalDate endDate) {
        When(LocalDate date, LocalTime start, LocalTime end) {
            this(date, start, end, null);
        }

        /** Whether {@code day} is this date or lies within this period. */
        boolean covers(LocalDate day) {
            return day.equals(date) || endDate != null && !day.isBefore(date) && !day.isAfter(endDate);
        }
    }

    /** A period longer than a quarter is a recurrence ("2022/10/20-2023/07/27, 每两周") or a plan, not a report's week. */
    private static final int LONGEST_PERIOD_DAYS = 92;

    private static final String MONTH_NAME = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    /** Month names as words, for the forms without a year, where "decide 5" must not be December 5. */
    private static final String MONTH_WORD = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![a-z])";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String TIME = "(\\d{1,2}[:：]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?(?![a-zA-Z]))?)";
    /** An optional time range after a date: a comma, a weekday in brackets, then "19:00~19:30". */
    private static final String RANGE = "(?:[,，]?\\s*(?:[(（][^)）]{0,12}[)）])?\\s*(?:周.|星期.)?\\s*" + TIME
            + "(?:\\s*(?:[-~～–—至到]|to)\\s*" + TIME + ")?)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})(?!\\d)\\s*[日号]?" + RANGE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH_NAME + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b" + RANGE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})" + ORDINAL + "\\s+" + MONTH_NAME + ",?\\s+(\\d{4})\\b" + RANGE);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?i)\\b(\\d{4})\\s+" + MONTH_NAME + "\\s+(\\d{1,2})" + ORDINAL + "\\b" + RANGE);
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(?<![\\d:])" + TIME + "(?:\\s*(?:[-~～–—至到]|to)\\s*" + TIME + ")?");

    /** What joins the two ends of a period. */
    private static final String DASH = "\\s*(?:[-–—~～至到]|to\\b|through\\b|until\\b|till\\b|thru\\b)\\s*";
    private static final Pattern PERIOD_DASH = Pattern.compile("(?i)^" + DASH);
    /** "May 8 – 12, 2023", "May 8 – June 2, 2023": the year written once, at the end. */
    private static final Pattern MONTH_DAY_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTH_WORD + "\\s+(\\d{1,2})" + ORDINAL + DASH + "(?:" + MONTH_WORD + "\\s+)?(\\d{1,2})" + ORDINAL
                    + ",?\\s+(\\d{4})\\b");
    /** "8–12 May 2023", "8 May – 2 June 2023". */
    private static final Pattern DAY_DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})" + ORDINAL + "(?:\\s+" + MONTH_WORD + ")?" + DASH + "(\\d{1,2})" + ORDINAL + "\\s+" + MONTH_WORD
                    + ",?\\s+(\\d{4})\\b");
    /** The end of a period written without its year: "01.08", "1月8日", "8日", "May 12". */
    private static final Pattern END_MONTH_DAY = Pattern.compile("^(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})(?![\\d:])\\s*[日号]?");
    private static final Pattern END_DAY = Pattern.compile("^(\\d{1,2})\\s*[日号]");
    private static final Pattern END_MONTH_NAME_DAY = Pattern.compile("(?i)^" + MONTH_WORD + "\\s+(\\d{1,2})" + ORDINAL + "\\b");

    /** "7月14日", "July 14", "14 July" with no year: the year must come from elsewhere. */
    private static final Pattern CJK_MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern NAMED_MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH_WORD + "\\s+(\\d{1,2})" + ORDINAL + "\\b(?!,?\\s*\\d)");
    private static final Pattern DAY_NAMED_MONTH = Pattern.compile("(?i)(?<![\\d,])\\b(\\d{1,2})" + ORDINAL + "\\s+" + MONTH_WORD + "(?!,?\\s*\\d)");
    /**
     * "7.14", "07-14", "7/14" standing at the start or end of a title or file name. Not after a "v" or
     * "version": "v2.4" and "Release 1.12" name versions.
     */
    private static final Pattern NUMERIC_MONTH_DAY_AT_START = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})(?![\\d.])");
    private static final Pattern NUMERIC_MONTH_DAY_AT_END = Pattern.compile(
            "(?i)(?<![\\d.]|\\bv|\\bv\\s|version\\s|release\\s|版本\\s?)(\\d{1,2})[-/.](\\d{1,2})\\s*$");
    /** "0714" as a whole file name, or at its start ("0623会议纪要"). */
    private static final Pattern FOUR_DIGIT_MONTH_DAY = Pattern.compile("^(\\d{2})(\\d{2})(?!\\d)");
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

    /** A period whose year is written once: groups of the first and last month and day, and the year. */
    private record PeriodShape(Pattern pattern, int month, int day, int lastMonth, int lastDay, int year) { }

    private static final List<PeriodShape> PERIOD_SHAPES = List.of(
            new PeriodShape(MONTH_DAY_DAY_YEAR, 1, 2, 3, 4, 5),
            new PeriodShape(DAY_DAY_MONTH_YEAR, 2, 1, 4, 3, 5));

    private DateTimes() {
    }

    /** A date found in a text, and where its words start and end. */
    record Found(When when, int start, int end) { }

    /** The first valid date (with its time range or period, when written next to it) in {@code text}, or null. */
    static When find(String text) {
        Found found = locate(text);
        return found == null ? null : found.when();
    }

    /** Like {@link #find} but tells where the date was written. */
    static Found locate(String text) {
        Found best = locateDay(text);
        for (PeriodShape shape : PERIOD_SHAPES) {
            best = earlier(best, text, shape.pattern, m -> period(m, shape));
        }
        return best == null ? null : withPeriodEnd(text, best);
    }

    /** The first single day (with its time range) in {@code text}. */
    private static Found locateDay(String text) {
        Found best = null;
        for (Shape shape : SHAPES) {
            best = earlier(best, text, shape.pattern, m -> when(m, shape));
        }
        return best;
    }

    /** The first valid match of {@code pattern} when it starts before {@code best}, else {@code best}. */
    private static Found earlier(Found best, String text, Pattern pattern, java.util.function.Function<Matcher, When> read) {
        Matcher m = pattern.matcher(text);
        while (m.find() && (best == null || m.start() < best.start())) {
            When w = read.apply(m);
            if (w != null) {
                return new Found(w, m.start(), m.end());
            }
        }
        return best;
    }

    /**
     * The date found, extended to a period when a dash and a later day follow it ("2023.01.01-01.08",
     * "January 1, 2023 – January 8, 2023"). A time range already read stays a time range.
     */
    private static Found withPeriodEnd(String text, Found found) {
        if (found.when().endDate() != null || found.when().start() != null) {
            return found;
        }
        String rest = text.substring(found.end());
        Matcher dash = PERIOD_DASH.matcher(rest);
        if (!dash.find()) {
            return found;
        }
        String tail = rest.substring(dash.end());
        LocalDate first = found.when().date();
        LocalDate last = null;
        int used = 0;
        Found full = locateDay(tail);
        Matcher m;
        if (full != null && full.start() == 0 && full.when().start() == null) {
            last = full.when().date();
            used = full.end();
        } else if ((m = END_MONTH_DAY.matcher(tail)).find()) {
            last = date(first.getYear(), num(m.group(1)), num(m.group(2)));
            used = m.end();
        } else if ((m = END_DAY.matcher(tail)).find()) {
            last = date(first.getYear(), first.getMonthValue(), num(m.group(1)));
            used = m.end();
        } else if ((m = END_MONTH_NAME_DAY.matcher(tail)).find()) {
            last = date(first.getYear(), month(m.group(1)), num(m.group(2)));
            used = m.end();
        }
        if (!isPeriod(first, last)) {
            return found;
        }
        int end = found.end() + dash.end() + used;
        return new Found(new When(first, null, null, last), found.start(), end);
    }

    private static boolean isPeriod(LocalDate first, LocalDate last) {
        return last != null && last.isAfter(first) && ChronoUnit.DAYS.between(first, last) <= LONGEST_PERIOD_DAYS;
    }

    private static When period(Matcher m, PeriodShape shape) {
        int year = num(m.group(shape.year));
        int month = month(m.group(shape.month) != null ? m.group(shape.month) : m.group(shape.lastMonth));
        int lastMonth = m.group(shape.lastMonth) != null ? month(m.group(shape.lastMonth)) : month;
        LocalDate first = date(year, month, num(m.group(shape.day)));
        LocalDate last = date(year, lastMonth, num(m.group(shape.lastDay)));
        return first != null && isPeriod(first, last) ? new When(first, null, null, last) : null;
    }

    /**
     * A day written without its year ("7月14日", "July 14", "7.14" at the start or end), placed in
     * {@code year}; a period when a later day follows ("1月1日至1月8日"). Null when there is none.
     */
    static When monthDay(String text, int year) {
        Found best = null;
        for (Pattern p : List.of(CJK_MONTH_DAY, NAMED_MONTH_DAY, DAY_NAMED_MONTH, NUMERIC_MONTH_DAY_AT_START,
                NUMERIC_MONTH_DAY_AT_END)) {
            Matcher m = p.matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                boolean dayFirst = p == DAY_NAMED_MONTH;
                String month = m.group(dayFirst ? 2 : 1);
                String day = m.group(dayFirst ? 1 : 2);
                LocalDate d = date(year, month(month), num(day));
                if (d != null) {
                    best = new Found(new When(d, null, null), m.start(), m.end());
                }
            }
        }
        return best == null ? null : withPeriodEnd(text, best).when();
    }

    /** Whether the day {@link #monthDay} finds is written with a month name or 月/日, which no version number is. */
    static boolean isUnambiguousMonthDay(String text) {
        return CJK_MONTH_DAY.matcher(text).find() || NAMED_MONTH_DAY.matcher(text).find()
                || DAY_NAMED_MONTH.matcher(text).find();
    }

    /**
     * The day a file name gives without a year: "7-14", "07-14", "0714", "7.14", "7月14日" as the whole
     * name or at its start.
     */
    static When fileNameMonthDay(String name, int year) {
        String stem = name.replaceFirst("(?i)\\.(md|markdown|txt)$", "").strip();
        Matcher four = FOUR_DIGIT_MONTH_DAY.matcher(stem);
        if (four.find()) {
            LocalDate d = date(year, num(four.group(1)), num(four.group(2)));
            return d == null ? null : new When(d, null, null);
        }
        Matcher numeric = NUMERIC_MONTH_DAY_AT_START.matcher(stem);
        if (numeric.find()) {
            LocalDate d = date(year, num(numeric.group(1)), num(numeric.group(2)));
            return d == null ? null : new When(d, null, null);
        }
        Matcher cjk = CJK_MONTH_DAY.matcher(stem);
        if (cjk.find() && cjk.start() == 0) {
            LocalDate d = date(year, num(cjk.group(1)), num(cjk.group(2)));
            return d == null ? null : new When(d, null, null);
        }
        return null;
    }

    /** A time of day or a time range without a date ("10:00–11:00 UTC", "19:00"), as a When without date. */
    static When timeRange(String text) {
        Matcher m = TIME_RANGE.matcher(text);
        while (m.find()) {
            LocalTime start = time(m.group(1));
            if (start != null) {
                return new When(null, start, time(m.group(2)));
            }
        }
        return null;
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
        // A period ("May 8 – 12, 2023") names what a report covers: it stays the report's title.
        Found found = locate(t);
        return found != null && found.when().endDate() == null && found.start() == 0 && found.end() == t.length();
    }

    private static When when(Matcher m, Shape shape) {
        try {
            LocalDate date = LocalDate.of(num(m.group(shape.year)), month(m.group(shape.month)), num(m.group(shape.day)));
            int timeGroup = m.groupCount() - 1;
            LocalTime start = time(m.group(timeGroup));
            LocalTime end = start == null ? null : time(m.group(timeGroup + 1));
            return new When(date, start, end);
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static int month(String monthText) {
        Integer named = Character.isDigit(monthText.charAt(0)) ? Integer.valueOf(num(monthText))
                : MONTHS.get(monthText.substring(0, 3).toLowerCase(Locale.ROOT));
        return named == null ? 0 : named;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
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
