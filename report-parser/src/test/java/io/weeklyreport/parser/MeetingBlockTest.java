package io.weeklyreport.parser;

import io.weeklyreport.model.Meeting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitation texts of the usual tools, written for these tests in the shape each tool produces. */
class MeetingBlockTest {

    @Test
    void tencentMeetingWithDialIns() {
        Meeting m = MeetingBlock.parse("""
                会议主题：Curve双周会
                会议时间：2022/01/06 19:00-19:40 (GMT+08:00) 中国标准时间 - 北京

                点击链接入会，或添加至会议列表：
                https://meeting.tencent.com/dm/AbC123

                #腾讯会议：598-439-810

                手机一键拨号入会
                +8675536550000,,598439810# (中国大陆)
                """, 12);
        assertEquals("腾讯会议", m.platform());
        assertEquals("Curve双周会", m.topic());
        assertEquals(LocalDate.of(2022, 1, 6), m.date());
        assertEquals(LocalTime.of(19, 40), m.end());
        assertEquals("(GMT+08:00) 中国标准时间 - 北京", m.timeZone());
        assertEquals("2022/01/06 19:00-19:40", m.timeText());
        assertEquals("https://meeting.tencent.com/dm/AbC123", m.joinUrl());
        assertEquals("598-439-810", m.meetingNumber());
        assertEquals(List.of("+8675536550000,,598439810# (中国大陆)"), m.dialIns());
        assertEquals(List.of(), m.otherLines());
        assertEquals(List.of("点击链接入会，或添加至会议列表：", "手机一键拨号入会"), m.boilerplate());
        assertEquals(12, m.line());
    }

    @Test
    void googleMeetFromACalendarInvite() {
        String text = """
                Weekly storage sync
                Thursday, June 6, 2024 · 2:00 – 3:00pm
                Time zone: Asia/Shanghai
                Google Meet joining info
                Video call link: https://meet.google.com/abc-defg-hij
                Or dial: (US) +1 234-567-8901 PIN: 123 456 789#
                """;
        assertTrue(MeetingBlock.looksLikeMeeting(text));
        Meeting m = MeetingBlock.parse(text, 1);
        assertEquals("Google Meet", m.platform());
        assertEquals("https://meet.google.com/abc-defg-hij", m.joinUrl());
        assertEquals(List.of("Or dial: (US) +1 234-567-8901 PIN: 123 456 789#"), m.dialIns());
        assertTrue(m.otherLines().contains("Weekly storage sync"));
    }

    @Test
    void teamsInvitationWithIdAndPasscode() {
        Meeting m = MeetingBlock.parse("""
                Microsoft Teams meeting
                Join on your computer, mobile app or room device
                https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0
                Meeting ID: 234 567 890 123
                Passcode: xY7pQ2
                """, 1);
        assertEquals("Microsoft Teams", m.platform());
        assertEquals("234 567 890 123", m.meetingNumber());
        assertEquals("xY7pQ2", m.passcode());
        assertTrue(m.joinUrl().startsWith("https://teams.microsoft.com/"));
    }

    @Test
    void larkAndFeishuAreNamedByTheirHosts() {
        Meeting lark = MeetingBlock.parse("Lark Meeting\nhttps://vc.larksuite.com/j/123456789\nMeeting ID: 123 456 789\n", 1);
        assertEquals("Lark", lark.platform());
        assertEquals("https://vc.larksuite.com/j/123456789", lark.joinUrl());
        Meeting feishu = MeetingBlock.parse("飞书视频会议\n会议 ID：987 654 321\nhttps://vc.feishu.cn/j/987654321\n", 1);
        assertEquals("飞书会议", feishu.platform());
        assertEquals("987 654 321", feishu.meetingNumber());
    }

    @Test
    void theStockLinesOfEachToolAreBoilerplateNotNotes() {
        Meeting zoom = MeetingBlock.parse("""
                Dana is inviting you to a scheduled Zoom meeting.
                Join Zoom Meeting
                https://us02web.zoom.us/j/81234567890?pwd=QWxvaGE
                Meeting ID: 812 3456 7890
                ---
                One tap mobile
                +16699006833,,81234567890# US (San Jose)
                Dial by your location
                Find your local number: https://us02web.zoom.us/u/abc
                Bring the draft roadmap
                """, 1);
        assertEquals(List.of("Dana is inviting you to a scheduled Zoom meeting.", "Join Zoom Meeting", "---", "One tap mobile",
                "Dial by your location", "Find your local number: https://us02web.zoom.us/u/abc"), zoom.boilerplate());
        assertEquals(List.of("Bring the draft roadmap"), zoom.otherLines(), "what the organiser wrote stays a note");

        Meeting teams = MeetingBlock.parse("""
                Microsoft Teams meeting
                Join on your computer, mobile app or room device
                Click here to join the meeting
                https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0
                Meeting ID: 234 567 890 123
                Learn More | Meeting options
                """, 1);
        assertEquals(4, teams.boilerplate().size(), teams.boilerplate()::toString);
        assertTrue(teams.otherLines().isEmpty(), teams.otherLines()::toString);

        Meeting tencent = MeetingBlock.parse("""
                Kai 邀请您参加腾讯会议
                会议时间：2023/05/18 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京
                重复周期：2023/05/18-2023/12/21 19:00-19:30, 每两周 (周四)
                点击链接入会，或添加至会议列表：
                https://meeting.tencent.com/dm/AbC123
                (可微信小程序入会)
                复制该信息，打开手机腾讯会议即可参与
                """, 1);
        assertEquals(4, tencent.boilerplate().size(), tencent.boilerplate()::toString);
        // the recurrence tells a reader when the next meeting is: it is the invitation's own line
        assertEquals(List.of("重复周期：2023/05/18-2023/12/21 19:00-19:30, 每两周 (周四)"), tencent.otherLines());
    }

    @Test
    void aTimeLineOpeningWithAWeekdayIsReadOnce() {
        Meeting m = MeetingBlock.parse("Time: Thursday, June 6, 2024 2:00 PM to 3:00 PM\nhttps://meet.google.com/abc-defg-hij\n", 1);
        assertEquals(LocalTime.of(14, 0), m.start());
        assertEquals(LocalTime.of(15, 0), m.end());
        assertTrue(m.otherLines().isEmpty(), "the time is not also kept as a line: " + m.otherLines());
    }

    @Test
    void ordinaryCodeIsNoMeeting() {
        assertFalse(MeetingBlock.looksLikeMeeting("curve bs status chunkserver\nexit 0"));
    }
}
