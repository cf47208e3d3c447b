package io.weeklyreport.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves one date written in a line of text to another date, written the same way: "2023/05/18 19:00"
 * becomes "2023/06/01 19:00", "2022/07-21" becomes "2022/08-04", "24th Mar 2022" becomes "7th Apr 2022",
 * "2023年5月18日（周四）" becomes "2023年6月1日（周四）". It looks for the date it is told in the shapes dates
 * take (year, month and day in that order with any separators, English month names, a day and month
 * without the year), keeping separators, zero padding and month-name style; a date that starts a range
 * ("2023/04/27-2023/12/21", a recurring meeting's period) is left as it is.
 */
final class DateSpelling {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String ORDINAL = "(st|nd|rd|th)?";
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})(\\s*[-/._年]\\s*)(\\d{1,2})(\\s*[-/._月]\\s*)(\\d{1,2})(?![\\d.])");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?i)(?<![\\w.])(\\d{1,2})" + ORDINAL + "(\\s+(?:of\\s+)?)" + MONTH + "(\\.?,?\\s+)(\\d{4})(?!\\d)");
    private static final Pattern MDY = Pattern.compile("(?i)(?<!\\w)" + MONTH + "(\\.?\\s+)(\\d{1,2})" + ORDINAL + "(,?\\s+)(\\d{4})(?!\\d)");
    private static final Pattern YMD_NAME = Pattern.compile("(?i)(?<!\\d)(\\d{4})(,?\\s+)" + MONTH + "(\\.?\\s+)(\\d{1,2})" + ORDINAL + "(?![\\d:])");
    private static final Pattern MD_CHINESE = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})(?=[日号])");
    private static final Pattern MD = Pattern.compile("(?<![\\d./:-])(\\d{1,2})([-/.])(\\d{1,2})(?![\\d./:-])");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-~–—至到]\\s*\\d");
    private static final List<String> CHINESE_DAYS = List.of("一", "二", "三", "四", "五", "六", "日");

    private DateSpelling() {
    }

    /** The line with every free-standing spelling of {@code from} replaced by {@code to}, spelled alike. */
    static String move(String line, LocalDate from, LocalDate to) {
        String result = line;
        result = replace(result, YMD, m -> is(m, 1, 3, 5, from)
                ? to.getYear() + m.group(2) + pad(to.getMonthValue(), m.group(3), m.group(5)) + m.group(4)
                + pad(to.getDayOfMonth(), m.group(5), m.group(3)) : null);
        result = replace(result, COMPACT, m -> is(m, 1, 2, 3, from)
                ? to.getYear() + pad(to.getMonthValue(), "00", "00") + pad(to.getDayOfMonth(), "00", "00") : null);
        result = replace(result, DMY, m -> m.group(6).equals(String.valueOf(from.getYear())) && month(m.group(4)) == from.getMonth()
                && Integer.parseInt(m.group(1)) == from.getDayOfMonth()
                ? pad(to.getDayOfMonth(), m.group(1), "") + ordinal(to.getDayOfMonth(), m.group(2)) + m.group(3) + monthName(to.getMonth(), m.group(4))
                + m.group(5) + to.getYear() : null);
        result = replace(result, MDY, m -> m.group(6).equals(String.valueOf(from.getYear())) && month(m.group(1)) == from.getMonth()
                && Integer.parseInt(m.group(3)) == from.getDayOfMonth()
                ? monthName(to.getMonth(), m.group(1)) + m.group(2) + pad(to.getDayOfMonth(), m.group(3), "") + ordinal(to.getDayOfMonth(), m.group(4))
                + m.group(5) + to.getYear() : null);
        result = replace(result, YMD_NAME, m -> m.group(1).equals(String.valueOf(from.getYear())) && month(m.group(3)) == from.getMonth()
                && Integer.parseInt(m.group(5)) == from.getDayOfMonth()
                ? to.getYear() + m.group(2) + monthName(to.getMonth(), m.group(3)) + m.group(4) + pad(to.getDayOfMonth(), m.group(5), "")
                + ordinal(to.getDayOfMonth(), m.group(6)) : null);
        result = replace(result, MD_CHINESE, m -> Integer.parseInt(m.group(1)) == from.getMonthValue() && Integer.parseInt(m.group(2)) == from.getDayOfMonth()
                ? pad(to.getMonthValue(), m.group(1), m.group(2)) + "月" + pad(to.getDayOfMonth(), m.group(2), m.group(1)) : null);
        result = replace(result, MD, m -> Integer.parseInt(m.group(1)) == from.getMonthValue() && Integer.parseInt(m.group(3)) == from.getDayOfMonth()
                ? pad(to.getMonthValue(), m.group(1), m.group(3)) + m.group(2) + pad(to.getDayOfMonth(), m.group(3), m.group(1)) : null);
        return result.equals(line) ? line : weekday(result, from.getDayOfWeek(), to.getDayOfWeek());
    }

    /** Whether the text writes the date in one of the shapes {@link #move} knows. */
    static boolean mentions(String text, LocalDate date) {
        return !move(text, date, date.plusDays(1)).equals(text);
    }

    /** Replaces the matches the function answers for (non-null) that do not start a range. */
    private static String replace(String text, Pattern pattern, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String by = replacement.apply(m);
            if (by != null && !RANGE_AFTER.matcher(text.substring(m.end())).find()) {
                sb.append(text, from, m.start()).append(by);
                from = m.end();
            }
        }
        return sb.append(text.substring(from)).toString();
    }

    private static boolean is(Matcher m, int year, int month, int day, LocalDate date) {
        return Integer.parseInt(m.group(year)) == date.getYear() && Integer.parseInt(m.group(month)) == date.getMonthValue()
                && Integer.parseInt(m.group(day)) == date.getDayOfMonth();
    }

    /**
     * The number padded to two digits when the date it replaces was written padded: a leading zero in
     * this field or its neighbour ("05/18"), or two digits in both ("12/18"); "5/18" stays unpadded.
     */
    private static String pad(int value, String written, String neighbour) {
        boolean padded = written.startsWith("0") || neighbour.startsWith("0") || written.length() == 2 && neighbour.length() == 2;
        return padded && value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String ordinal(int day, String written) {
        if (written == null || written.isEmpty()) {
            return "";
        }
        String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return Character.isUpperCase(written.charAt(0)) ? suffix.toUpperCase(Locale.ROOT) : suffix;
    }

    private static Month month(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException(written);
    }

    /** The month in the style of the name it replaces: full or short, upper, lower or capitalised. */
    private static String monthName(Month month, String written) {
        // "May" is its own full name; "Sep" and "Sept" are short
        boolean full = written.length() > 4 || written.length() == 4 && !written.equalsIgnoreCase("sept") || written.equalsIgnoreCase("may");
        String name = month.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
        if (written.equals(written.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        return written.equals(written.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** A weekday written beside the moved date follows it ("周四" → "周五", "Thursday" → "Friday"). */
    private static String weekday(String line, DayOfWeek from, DayOfWeek to) {
        if (from == to) {
            return line;
        }
        String result = line;
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(from.getDisplayName(style, Locale.ENGLISH)) + "\\b").matcher(result);
            result = m.replaceAll(Matcher.quoteReplacement(to.getDisplayName(style, Locale.ENGLISH)));
        }
        String day = CHINESE_DAYS.get(to.getValue() - 1);
        for (String prefix : List.of("星期", "礼拜", "周")) {
            for (String old : from == DayOfWeek.SUNDAY ? List.of("日", "天") : List.of(CHINESE_DAYS.get(from.getValue() - 1))) {
                result = result.replace(prefix + old, prefix + day);
            }
        }
        return result;
    }
}
