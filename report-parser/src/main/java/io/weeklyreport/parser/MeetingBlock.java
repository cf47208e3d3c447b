package io.weeklyreport.parser;

import io.weeklyreport.model.Meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "join the meeting" text that meeting tools produce (Tencent Meeting, Zoom, Google Meet, Teams,
 * Feishu/Lark, DingTalk, Webex). Every line either fills a field, is one of the tool's stock lines
 * ({@code boilerplate}: "点击链接入会，或添加至会议列表：", "Join Zoom Meeting", "Click here to join the meeting"),
 * or is kept in {@code otherLines}, so nothing the author pasted is lost.
 */
final class MeetingBlock {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"，。）)]+");
    /**
     * The hosts of meeting tools' join links. Only whether a text holds one matters (an unanchored find), so
     * subdomains ("us02web.zoom.us") need no pattern of their own: an optional "[\\w-]+\\." before the host
     * made every find quadratic in a long run of word characters (18 s for a 40,000-letter link title).
     */
    private static final String JOIN_HOST = "meeting\\.tencent\\.com|voovmeeting\\.com|zoom\\.(?:us|com|com\\.cn)"
            + "|meet\\.google\\.com|teams\\.microsoft\\.com|teams\\.live\\.com|feishu\\.cn"
            + "|larksuite\\.com|meeting\\.dingtalk\\.com|webex\\.com";
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
    private static final Pattern TIME_ZONE = Pattern.compile("time ?zone|时区");
    /** What may stand before the date on a time line: a weekday. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:周.|星期.|礼拜.|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?[,，]?");
    /**
     * The lines meeting tools write into every invitation: how to join, where to dial, who invited. They say
     * nothing about this meeting, so cards and title slides leave them out; speaker notes keep them. The
     * recurrence ("重复周期：… 每两周 (周四)") is not one of them: it tells a reader when the next meeting is.
     */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(?:"
            // Tencent Meeting / VooV
            + ".{0,40}邀请您参加(?:腾讯会议|钉钉会议|飞书会议|视频会议).*|点击(?:专属)?链接(?:直接)?(?:入会|加入会议|参会).*"
            + "|复制该信息.*|手机一键拨号入会|手机拨号一键入会|根据您的位置拨号|[(（]?可(?:通过)?微信小程序入会[)）]?"
            + "|#?腾讯会议[:：]?|会议(?:号|ID)[:：]?|飞书视频会议|飞书会议|钉钉会议|腾讯会议|加入会议"
            + "|.{0,40} is inviting you to a scheduled (?:zoom|voov|webex) meeting\\.?|join (?:zoom|voov|lark|webex) meeting"
            // Zoom
            + "|one tap mobile|dial by your location|find your local number[:：]?.*|join by (?:sip|h\\.323|skype for business)"
            + "|join instructions.*|meeting url[:：]?"
            // Microsoft Teams
            + "|microsoft teams meeting|join on your computer.*|click here to join the meeting|join the meeting now"
            + "|learn more(?: about teams)?(?:\\s*\\|\\s*meeting options)?|meeting options|or call in \\(audio only\\)"
            + "|find a local number|reset pin|join with a video conferencing device|download teams.*|join on the web"
            + "|for organizers: meeting options.*|need help\\??"
            // Google Meet, Lark, Webex
            + "|join with google meet|google meet joining info|join by phone|more phone numbers[:：]?.*|lark meeting"
            + "|tap to join from a mobile device.*|join from a video system or application|can't join the meeting\\??.*"
            // rules drawn between parts of an invitation
            + "|[-_=*~.·]{3,}"
            + ")$");

    private MeetingBlock() {
    }

    /** Whether a text holds the join address of a meeting tool. */
    static boolean hasJoinLink(String text) {
        return JOIN_HOSTS.matcher(text).find();
    }

    /** Whether a line of an invitation is one the tool writes into every invitation. */
    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line.strip()).matches();
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
                when == null ? null : when.end(), f.timeZone, f.joinUrl, f.number, f.passcode, f.dialIns, f.other, line, f.timeText,
                f.boilerplate);
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
        final List<String> boilerplate = new ArrayList<>();

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
            } else if (isBoilerplate(l)) {
                boilerplate.add(l);
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
                String before = value.substring(0, found.start()).strip();
                if (!before.isEmpty() && !WEEKDAY.matcher(before).matches()) {
                    return false;
                }
                when = found.when();
                timeText = value.substring(found.start(), found.end()).strip();
                String zone = value.substring(found.end()).strip();
                if (!zone.isEmpty()) {
                    timeZone = zone;
                }
                return true;
            }
            if (timeZone == null && TIME_ZONE.matcher(label).matches()) {
                timeZone = value;
                return true;
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
