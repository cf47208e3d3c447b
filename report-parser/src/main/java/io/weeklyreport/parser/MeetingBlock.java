package io.weeklyreport.parser;

import io.weeklyreport.model.Meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "join the meeting" text that meeting tools produce (Tencent Meeting, Zoom, Google Meet, Teams,
 * Feishu/Lark, DingTalk, Webex). Every line either fills a field or is kept in {@code otherLines}, so
 * nothing the author pasted is lost.
 */
final class MeetingBlock {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"，。）)]+");
    private static final String JOIN_HOST = "meeting\\.tencent\\.com|voovmeeting\\.com|(?:[\\w-]+\\.)?zoom\\.(?:us|com|com\\.cn)"
            + "|meet\\.google\\.com|teams\\.microsoft\\.com|teams\\.live\\.com|vc\\.feishu\\.cn|(?:[\\w-]+\\.)?feishu\\.cn"
            + "|(?:[\\w-]+\\.)?larksuite\\.com|meeting\\.dingtalk\\.com|(?:[\\w-]+\\.)?webex\\.com";
    private static final Pattern JOIN_HOSTS = Pattern.compile("(?i)(" + JOIN_HOST + ")");
    /** A join address pasted without its scheme, as Google Calendar writes "meet.google.com/abc-defg-hij". */
    private static final Pattern BARE_JOIN = Pattern.compile("(?i)(?<![/\\w.])((?:meet\\.google\\.com|zoom\\.us/j)/[\\w-]+)");
    private static final Pattern MARKERS = Pattern.compile(
            "(?i)(腾讯会议|会议主题|会议号|飞书视频会议|飞书会议|钉钉会议|zoom meeting|meeting id|google meet|microsoft teams"
                    + "|join the meeting|join zoom|video call link|lark meeting)");
    private static final Pattern LABELLED = Pattern.compile("^\\s*#?\\s*([^:：]{1,30}?)\\s*[:：]\\s*(.*)$");
    private static final Pattern DIAL_IN = Pattern.compile("^\\s*(?:\\([A-Z]{2}\\)\\s*)?\\+?\\d[\\d ,#*()-]{6,}.*$");
    private static final Pattern TOPIC = Pattern.compile("会议主题|主题|topic|title|meeting title|subject|会议名称");
    private static final Pattern TIME = Pattern.compile("会议时间|时间|time|date|when|开始时间");
    private static final Pattern NUMBER = Pattern.compile("腾讯会议|会议号|会议 ?id|meeting id|meeting number|meeting code|id|会议码|飞书会议 ?id");
    private static final Pattern PASSCODE = Pattern.compile("密码|会议密码|入会密码|passcode|password|pin|会议口令");
    private static final Pattern DIAL_LABEL = Pattern.compile(".*(拨号|拨入|dial|phone|one tap|电话).*");

    private MeetingBlock() {
    }

    static boolean looksLikeMeeting(String text) {
        return JOIN_HOSTS.matcher(text).find() || MARKERS.matcher(text).find();
    }

    static Meeting parse(String text, int line) {
        Fields f = new Fields();
        for (String raw : text.split("\n")) {
            String l = raw.strip();
            if (!l.isEmpty()) {
                f.read(l);
            }
        }
        DateTimes.When when = f.when;
        return new Meeting(platform(text), f.topic, when == null ? null : when.date(), when == null ? null : when.start(),
                when == null ? null : when.end(), f.timeZone, f.joinUrl, f.number, f.passcode, f.dialIns, f.other, line, f.timeText);
    }

    /** The fields while the lines are read. */
    private static final class Fields {
        String topic;
        DateTimes.When when;
        String timeZone;
        String timeText;
        String joinUrl;
        String number;
        String passcode;
        final List<String> dialIns = new ArrayList<>();
        final List<String> other = new ArrayList<>();

        void read(String l) {
            Matcher labelled = LABELLED.matcher(l);
            boolean hasLabel = labelled.matches() && !labelled.group(1).contains("//");
            String label = hasLabel ? labelled.group(1).strip().toLowerCase(Locale.ROOT) : "";
            String value = hasLabel ? labelled.group(2).strip() : "";
            if (hasLabel && !value.isEmpty() && labelled(label, value, l)) {
                return;
            }
            String url = joinUrlIn(l);
            if (joinUrl == null && url != null) {
                joinUrl = url.startsWith("http") ? url : "https://" + url;
                String rest = l.replace(url, "").strip();
                if (!rest.isEmpty()) {
                    other.add(rest);
                }
            } else if (DIAL_IN.matcher(l).matches()) {
                dialIns.add(l);
            } else {
                other.add(l);
            }
        }

        /** Fills the field a "label: value" line names; false when the label is none of them. */
        private boolean labelled(String label, String value, String line) {
            if (topic == null && TOPIC.matcher(label).matches()) {
                topic = value;
                return true;
            }
            if (when == null && TIME.matcher(label).matches()) {
                DateTimes.Found found = DateTimes.locate(value);
                if (found == null) {
                    return false;
                }
                when = found.when();
                timeText = value.substring(found.start(), found.end()).strip();
                String zone = value.substring(found.end()).strip();
                timeZone = zone.isEmpty() ? null : zone;
                return found.start() == 0;
            }
            if (number == null && NUMBER.matcher(label).matches() && value.matches("[\\d\\s-]{6,}")) {
                number = value;
                return true;
            }
            if (passcode == null && PASSCODE.matcher(label).matches() && !value.contains(" ")) {
                passcode = value;
                return true;
            }
            if (DIAL_LABEL.matcher(label).matches() && value.replaceAll("\\D", "").length() >= 7) {
                dialIns.add(line);
                return true;
            }
            return false;
        }
    }

    private static String joinUrlIn(String line) {
        Matcher url = URL.matcher(line);
        while (url.find()) {
            if (JOIN_HOSTS.matcher(url.group()).find()) {
                return url.group();
            }
        }
        Matcher bare = BARE_JOIN.matcher(line);
        return bare.find() ? bare.group(1) : null;
    }

    private static String platform(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
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
        if (lower.contains("larksuite") || lower.contains("lark meeting")) {
            return "Lark";
        }
        if (lower.contains("feishu") || lower.contains("飞书")) {
            return "飞书会议";
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
