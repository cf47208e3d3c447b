package io.weeklyreport.render;

import io.weeklyreport.model.Meeting;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Report;

import java.util.List;

/**
 * What the meeting card adds to the title block, so that the handout says each thing once: the time only
 * when the title block does not already give it, and the invitation's own lines without its stock phrases
 * ("点击链接入会，或添加至会议列表") or lines that repeat the link, number or topic shown in their rows.
 */
final class MeetingCard {
    private MeetingCard() {
    }

    /** The card's time row, or null when the title block already shows that day and hour. */
    static String time(Report report, boolean authorTimeLine) {
        Meeting m = report.meeting();
        if (shownInTitle(m, report.metadata(), authorTimeLine)) {
            return null;
        }
        String asWritten = DeckView.meetingTime(report);   // the same words as the title slide's
        return asWritten.isEmpty() ? null : asWritten;
    }

    /** The time zone for the title block's line when the card leaves its time row out; else null. */
    static String zoneForTitle(Meeting m, Metadata meta, boolean authorTimeLine) {
        return shownInTitle(m, meta, authorTimeLine) ? m.timeZone() : null;
    }

    /** The invitation's other lines worth reading: no stock phrases, nothing another row already says. */
    static List<String> notes(Meeting m) {
        return m.otherLines().stream()
                .filter(line -> !m.boilerplate().contains(line))
                .filter(line -> !repeats(line, m.joinUrl()) && !repeats(line, m.meetingNumber()) && !line.strip().equals(m.topic()))
                .toList();
    }

    /**
     * The title block shows the note's date and start time (from the note's own time line or its metadata);
     * when the invitation names the same day and hour, its time row would say it again.
     */
    private static boolean shownInTitle(Meeting m, Metadata meta, boolean authorTimeLine) {
        if (m.date() == null) {
            // The parser holds a time once: an invitation naming the note's own day and hour leaves the
            // meeting's date empty and the note's metadata has it. Only a time nobody could read is the card's.
            return m.timeText() == null || meta.date() != null;
        }
        if (meta.date() == null || !m.date().equals(meta.date())) {
            return false;
        }
        boolean sameEnd = m.end() == null || m.end().equals(meta.end());   // 19:00-20:00 against the note's 19:00~19:30
        return sameEnd && (m.start() == null || m.start().equals(meta.start()) || (authorTimeLine && meta.start() == null));
    }

    private static boolean repeats(String line, String value) {
        return value != null && !value.isBlank() && line.contains(value);
    }
}
