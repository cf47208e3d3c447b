package io.weeklyreport.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The "join the meeting" information of a note (Tencent Meeting, Zoom, Google Meet, Teams, Feishu ...).
 *
 * @param platform      e.g. "腾讯会议", "Zoom"; nullable
 * @param topic         nullable
 * @param date          nullable
 * @param start         nullable
 * @param end           nullable
 * @param timeZone      as written, e.g. "(GMT+08:00) 中国标准时间 - 北京"; nullable
 * @param joinUrl       nullable
 * @param meetingNumber e.g. "911-103-973"; nullable
 * @param passcode      nullable
 * @param dialIns       dial-in lines as written
 * @param otherLines    every other non-empty line of the block, kept as written
 * @param line          1-based line of the block in the source
 * @param timeText      the date and time as the invitation wrote them ("2023/05/18 19:00-19:30"); nullable
 * @param boilerplate   the invitation's stock lines, as written ("点击链接入会，或添加至会议列表：", "复制该信息，打开
 *                      手机腾讯会议即可参与"): kept for the speaker notes, left out of cards and title slides
 */
public record Meeting(String platform, String topic, LocalDate date, LocalTime start, LocalTime end,
                      String timeZone, String joinUrl, String meetingNumber, String passcode,
                      List<String> dialIns, List<String> otherLines, int line, String timeText,
                      List<String> boilerplate) {

    public Meeting {
        dialIns = List.copyOf(dialIns);
        otherLines = List.copyOf(otherLines);
        boilerplate = List.copyOf(boilerplate);
    }

    /** A meeting whose invitation has no stock lines told apart. */
    public Meeting(String platform, String topic, LocalDate date, LocalTime start, LocalTime end,
                   String timeZone, String joinUrl, String meetingNumber, String passcode,
                   List<String> dialIns, List<String> otherLines, int line, String timeText) {
        this(platform, topic, date, start, end, timeZone, joinUrl, meetingNumber, passcode, dialIns, otherLines, line,
                timeText, List.of());
    }

    /** A meeting without the time as written. */
    public Meeting(String platform, String topic, LocalDate date, LocalTime start, LocalTime end,
                   String timeZone, String joinUrl, String meetingNumber, String passcode,
                   List<String> dialIns, List<String> otherLines, int line) {
        this(platform, topic, date, start, end, timeZone, joinUrl, meetingNumber, passcode, dialIns, otherLines, line, null);
    }
}
