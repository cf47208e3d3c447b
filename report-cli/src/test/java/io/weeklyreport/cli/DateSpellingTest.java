package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateSpellingTest {
    private static final LocalDate FROM = LocalDate.of(2023, 5, 18);
    private static final LocalDate TO = LocalDate.of(2023, 6, 1);

    private static String move(String line) {
        return DateSpelling.move(line, FROM, TO);
    }

    @Test
    void numericDatesKeepTheirSeparatorsAndPadding() {
        assertEquals("2023/06/01 19:00~19:30", move("2023/05/18 19:00~19:30"));
        assertEquals("会议时间：2023-06-01 19:00", move("会议时间：2023-05-18 19:00"));
        assertEquals("2023/6/1", move("2023/5/18"));
        assertEquals("2023/06-01", move("2023/05-18"), "a mixed hand-typed spelling stays mixed");
        assertEquals("2023.06.01", move("2023.05.18"));
        assertEquals("周会 20230601", move("周会 20230518"));
    }

    @Test
    void chineseAndEnglishSpellings() {
        assertEquals("2023年6月1日（周四）", move("2023年5月18日（周四）"));
        assertEquals("6月1日例会", move("5月18日例会"));
        assertEquals("2023 June 1, 19:00", move("2023 May 18, 19:00"), "May is its own full name");
        assertEquals("2023 Jun 15", DateSpelling.move("2023 Jun 01", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 15)));
        assertEquals("June 1, 2023", move("May 18, 2023"));
        assertEquals("1st June 2023", move("18th May 2023"));
        assertEquals("Meeting 7th Apr 2022", DateSpelling.move("Meeting 24th Mar 2022", LocalDate.of(2022, 3, 24), LocalDate.of(2022, 4, 7)));
        assertEquals("Meeting 06-01", move("Meeting 05-18"));
    }

    @Test
    void theWeekdayFollowsWhenItChanges() {
        LocalDate friday = LocalDate.of(2023, 6, 2);
        assertEquals("2023年6月2日（周五）", DateSpelling.move("2023年5月18日（周四）", FROM, friday));
        assertEquals("Friday, June 2, 2023", DateSpelling.move("Thursday, May 18, 2023", FROM, friday));
    }

    @Test
    void otherDatesNumbersAndRangesAreLeftAlone() {
        assertEquals("重复周期：2023/05/18-2023/12/21 19:00-19:30", move("重复周期：2023/05/18-2023/12/21 19:00-19:30"));
        assertEquals("2023/05/19 and v5.18.2 and 15-18", move("2023/05/19 and v5.18.2 and 15-18"));
        assertEquals("#腾讯会议：911-518-973", move("#腾讯会议：911-518-973"));
        assertTrue(DateSpelling.mentions("时间：2023/05/18", FROM));
        assertFalse(DateSpelling.mentions("第 5 次", FROM));
    }
}
