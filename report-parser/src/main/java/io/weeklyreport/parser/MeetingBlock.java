package io.weeklyreport.parser;

import io.weeklyreport.model.Meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the "join the meeting" text that meeting tools produce (Tencent Meeting, Zoom, Meet, Teams, Feishu). */
final class MeetingBlock {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"，。）)]+");
    private static final Pattern JOIN_HOSTS = Pattern.compile(
            "(?i)(meeting\\.tencent\\.com|voovmeeting\\.com|zoom\\.(us|com)|meet\\.google\\.com|teams\\.microsoft\\.com"
                    + "|teams\\.live\\.com|vc\\.feishu\\.cn|feishu\\.cn/|larksuite\\.com|meeting\\.dingtalk\\.com|webex\\.com)");
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)(腾讯会议|会议主题|会议号|飞书|钉钉会议|zoom meeting|meeting id|google meet|microsoft teams|join the meeting)");
    private static final Pattern LABELLED = Pattern.compile("^\\s*#?\\s*([^:：]{1,24})[:：]\\s*(.+)$");
    private static final Pattern DIAL_IN = Pattern.compile("^\\s*\\+?\\d[\\d ,#*()-]{6,}.*$");

    private MeetingBlock() {
    }

    static boolean looksLikeMeeting(String text) {
        return JOIN_HOSTS.matcher(text).find() || MARKERS.matcher(text).find();
    }

    static Meeting parse(String text, int line) {
        String platform = platform(text);
        String topic = null;
        String timeZone = null;
        String joinUrl = null;
        String number = null;
        String passcode = null;
        DateTimes.When when = null;
        List<String> dialIns = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher url = URL.matcher(l);
            Matcher labelled = LABELLED.matcher(l);
            String label = labelled.matches() ? labelled.group(1).strip().toLowerCase(java.util.Locale.ROOT) : "";
            String value = labelled.matches() ? labelled.group(2).strip() : "";
            if (label.matches("会议主题|主题|topic|title|meeting title") && topic == null) {
                topic = value;
            } else if (label.matches("会议时间|时间|time|date|when") && when == null) {
                when = DateTimes.find(value);
                Matcher tz = Pattern.compile("\\(GMT[^)]*\\).*$").matcher(value);
                timeZone = tz.find() ? tz.group() : null;
                if (when == null) {
                    other.add(l);
                }
            } else if (label.matches("#?腾讯会议|会议号|会议 ?id|meeting id|meeting number|id") && number == null) {
                number = value;
            } else if (label.matches("密码|会议密码|入会密码|passcode|password|pin")) {
                passcode = value;
            } else if (joinUrl == null && url.find() && JOIN_HOSTS.matcher(url.group()).find()) {
                joinUrl = url.group();
                String rest = l.replace(joinUrl, "").strip();
                if (!rest.isEmpty()) {
                    other.add(rest);
                }
            } else if (DIAL_IN.matcher(l).matches()) {
                dialIns.add(l);
            } else {
                other.add(l);
            }
        }
        if (joinUrl == null) {
            Matcher any = URL.matcher(text);
            if (any.find()) {
                joinUrl = any.group();
            }
        }
        return new Meeting(platform, topic, when == null ? null : when.date(), when == null ? null : when.start(),
                when == null ? null : when.end(), timeZone, joinUrl, number, passcode, dialIns, other, line);
    }

    private static String platform(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("腾讯会议") || lower.contains("meeting.tencent.com")) {
            return "腾讯会议";
        }
        if (lower.contains("voovmeeting")) {
            return "VooV Meeting";
        }
        if (lower.contains("zoom")) {
            return "Zoom";
        }
        if (lower.contains("meet.google.com") || lower.contains("google meet")) {
            return "Google Meet";
        }
        if (lower.contains("teams.microsoft.com") || lower.contains("teams.live.com") || lower.contains("microsoft teams")) {
            return "Microsoft Teams";
        }
        if (lower.contains("feishu") || lower.contains("飞书")) {
            return "飞书会议";
        }
        if (lower.contains("larksuite") || lower.contains("lark")) {
            return "Lark";
        }
        if (lower.contains("dingtalk") || lower.contains("钉钉")) {
            return "钉钉会议";
        }
        if (lower.contains("webex")) {
            return "Webex";
        }
        return null;
    }
}
