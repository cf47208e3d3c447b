package io.weeklyreport.parser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateTimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2023/05/18 19:00~19:30                                   | 2023-05-18 | 19:00 | 19:30
            2022-01-06 19:00~19:40                                   | 2022-01-06 | 19:00 | 19:40
            2023/04/13 19:00 ~ 19:30                                 | 2023-04-13 | 19:00 | 19:30
            2023年5月18日                                            | 2023-05-18 | -     | -
            2023年5月18日（周四）19:00-20:00                          | 2023-05-18 | 19:00 | 20:00
            May 18, 2023                                             | 2023-05-18 | -     | -
            Curve Two-week Meeting 24th Mar 2022                     | 2022-03-24 | -     | -
            2023 Jun 01, 19:00~19:30                                 | 2023-06-01 | 19:00 | 19:30
            2023/07/13, 19:00-20:00                                  | 2023-07-13 | 19:00 | 20:00
            Jun 6, 2024 09:30 AM Pacific Time                        | 2024-06-06 | 09:30 | -
            Thursday, June 6, 2024 2:00 PM to 3:00 PM                | 2024-06-06 | 14:00 | 15:00
            2022/10-10 19:00-19:30                                   | 2022-10-10 | 19:00 | 19:30
            """)
    void findsDatesAndTimeRangesAsWritten(String text, LocalDate date, LocalTime start, LocalTime end) {
        assertEquals(new DateTimes.When(date, start, end), DateTimes.find(text));
    }

    @Test
    void ignoresImpossibleDatesAndPlainNumbers() {
        assertNull(DateTimes.find("2023/13/45"));
        assertNull(DateTimes.find("版本 v2.4.0 与 1.2 分支"));
        assertNull(DateTimes.find("数据规模 1PB"));
    }

    @Test
    void knowsAHeadingThatIsOnlyADate() {
        assertTrue(DateTimes.isOnlyDate("01-06"));
        assertTrue(DateTimes.isOnlyDate("2023-05-18"));
        assertFalse(DateTimes.isOnlyDate("Curve 双周会 2022-12-29"));
        assertEquals(LocalDate.of(2022, 1, 6), DateTimes.monthDay("01-06", 2022).date());
        assertFalse(DateTimes.isOnlyDate("May 8 – 12, 2023"), "a period names what a report covers: it stays a title");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            January 1, 2023 – January 8, 2023          | 2023-01-01 | 2023-01-08
            May 8, 2023 – May 12, 2023                 | 2023-05-08 | 2023-05-12
            2023.01.01-01.08                           | 2023-01-01 | 2023-01-08
            2023-01-01 ~ 2023-01-08                    | 2023-01-01 | 2023-01-08
            2023年1月1日至1月8日                         | 2023-01-01 | 2023-01-08
            2023年1月1日-8日                             | 2023-01-01 | 2023-01-08
            Weekly report May 8–12, 2023               | 2023-05-08 | 2023-05-12
            Apr 28 - May 5, 2023                       | 2023-04-28 | 2023-05-05
            8–12 May 2023                              | 2023-05-08 | 2023-05-12
            2023/01/30 to 2023/02/05 digest            | 2023-01-30 | 2023-02-05
            """)
    void readsAPeriodAsItsFirstAndLastDay(String text, LocalDate first, LocalDate last) {
        DateTimes.When w = DateTimes.find(text);
        assertEquals(first, w.date());
        assertEquals(last, w.endDate());
        assertTrue(w.covers(last.minusDays(1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022/10/20-2023/07/27 19:00-19:30, 每两周
            2023/05/18 19:00-19:30
            2023-05-18 - 5 items
            2023-05-12 – 2023-05-08
            """)
    void recurrencesTimeRangesAndBackwardsDaysAreNoPeriod(String text) {
        assertNull(DateTimes.find(text).endDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Curve 社区会议 7.14                          | 2022-07-14 | -
            社区会议 7月14日                             | 2022-07-14 | -
            Sync on July 14                            | 2022-07-14 | -
            14 July sync                               | 2022-07-14 | -
            1月1日至1月8日 周报                           | 2022-01-01 | 2022-01-08
            01-06                                      | 2022-01-06 | -
            Curve v2.4                                 | -          | -
            Release 1.12                               | -          | -
            We decide 5 things                         | -          | -
            """)
    void placesAMonthAndDayInTheYearGivenElsewhere(String text, LocalDate day, LocalDate last) {
        DateTimes.When w = DateTimes.monthDay(text, 2022);
        assertEquals(day, w == null ? null : w.date());
        assertEquals(last, w == null ? null : w.endDate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            7-14.md            | 2022-07-14
            07-14.md           | 2022-07-14
            0714.md            | 2022-07-14
            7.14.md            | 2022-07-14
            7月14日.md          | 2022-07-14
            0623会议纪要.md      | 2022-06-23
            README.md          | -
            2023.md            | -
            """)
    void readsAFileNameOfMonthAndDay(String name, LocalDate day) {
        DateTimes.When w = DateTimes.fileNameMonthDay(name, 2022);
        assertEquals(day, w == null ? null : w.date());
    }

    @Test
    void readsATimeRangeWithoutADate() {
        assertEquals(new DateTimes.When(null, LocalTime.of(10, 0), LocalTime.of(11, 0)), DateTimes.timeRange("10:00–11:00 UTC"));
        assertEquals(new DateTimes.When(null, LocalTime.of(15, 0), null), DateTimes.timeRange("3:00 PM Berlin"));
        assertNull(DateTimes.timeRange("room 4"));
    }
}
