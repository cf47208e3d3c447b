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
            May 8, 2023 – May 12, 2023                               | 2023-05-08 | -     | -
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
        assertEquals(LocalDate.of(2022, 1, 6), DateTimes.monthDay("01-06", 2022));
    }
}
