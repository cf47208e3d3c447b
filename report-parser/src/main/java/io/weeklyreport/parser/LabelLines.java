package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled lines minutes open with, bold or not: {@code **会议主题** ：Curve 社区会议 7.14},
 * {@code **Date**: 2023-01-08}, {@code 主持人：张三}, {@code **Attendees**: Ana, Bo}. Each names a fact
 * about the meeting, kept for the metadata in the order written. The lines stay in the body.
 */
final class LabelLines {

    /** What a label says the value is. */
    enum Field {
        TITLE, TIME, HOST, ATTENDEES, NOTE_TAKER, LOCATION;

        /** The key of the value in the metadata's extra map ("note-taker"). */
        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One labelled line: its field, the value as written (without markup) and the paragraph's offset. */
    record Label(Field field, String value, int offset) { }

    private static final Map<Field, Pattern> LABELS = new EnumMap<>(Map.of(
            Field.TITLE, Pattern.compile("会议主题|会议名称|主题|标题|title|topic|subject|meeting"),
            Field.TIME, Pattern.compile("会议时间|会议日期|时间|日期|时间地点|时间范围|统计周期|周期|date|time|when|date and time"
                    + "|date & time|period|reporting period|week"),
            Field.HOST, Pattern.compile("主持人|主持|会议主持|host|hosts|hosted by|chair|chairs|facilitator|moderator"),
            Field.ATTENDEES, Pattern.compile("参会人员|参会人|参会者|与会人员|与会者|参与人员|参与者|出席人员|出席|参加人员"
                    + "|attendees|participants|present|attendance"),
            Field.NOTE_TAKER, Pattern.compile("记录人|会议记录人|纪要人|记录|note taker|notetaker|note-taker|notes by|scribe"
                    + "|minute taker|minutes by"),
            Field.LOCATION, Pattern.compile("会议地点|地点|location|venue|place|where")));

    /** "Label: value" with a short label of letters (Han or Latin) and a colon of either width. */
    private static final Pattern LINE = Pattern.compile("^\\s*([\\p{L}][\\p{L} &-]{0,15}?)\\s*[:：]\\s*(\\S.*?)\\s*$");

    private final Map<Field, List<Label>> found = new EnumMap<>(Field.class);

    /**
     * Reads the labelled lines of a paragraph (a flexmark node: its soft line breaks separate the lines).
     * Before the first section, a paragraph that is nothing but a date or period ("January 1, 2023 –
     * January 8, 2023" under the title) is the note's dateline: a time line without a label.
     */
    void read(Node paragraph, boolean beforeFirstSection) {
        String text = plainLines(paragraph);
        if (beforeFirstSection && isOnlyADate(text)) {
            found.computeIfAbsent(Field.TIME, f -> new ArrayList<>()).add(new Label(Field.TIME, text.strip(), paragraph.getStartOffset()));
            return;
        }
        for (String line : text.split("\n")) {
            Label label = label(line, paragraph.getStartOffset());
            if (label != null) {
                found.computeIfAbsent(label.field(), f -> new ArrayList<>()).add(label);
            }
        }
    }

    private static boolean isOnlyADate(String text) {
        String t = text.strip();
        DateTimes.Found date = DateTimes.locate(t);
        return date != null && date.start() == 0 && t.substring(date.end()).replaceAll("[\\s.。,，;；)）]", "").isEmpty();
    }

    /** The first line of this kind, or null. */
    Label first(Field field) {
        List<Label> labels = all(field);
        return labels.isEmpty() ? null : labels.getFirst();
    }

    /** Every line of this kind, in the order written ("**Date**: …" then "**Time**: …"). */
    List<Label> all(Field field) {
        return found.getOrDefault(field, List.of());
    }

    /** The field a label names ("会议主题", "Attendees"), or null. */
    static Field fieldNamed(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<Field, Pattern> e : LABELS.entrySet()) {
            if (e.getValue().matcher(l).matches()) {
                return e.getKey();
            }
        }
        return null;
    }

    static Label label(String line, int offset) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Field field = fieldNamed(m.group(1));
        return field == null ? null : new Label(field, m.group(2), offset);
    }

    /** The text of a paragraph as a reader sees it, one source line per line. */
    private static String plainLines(Node n) {
        StringBuilder sb = new StringBuilder();
        collect(n, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            switch (c) {
                case Text t -> sb.append(Escaping.unescapeString(t.getChars().toString()));
                case Code code -> sb.append(code.getText());
                case SoftLineBreak br -> sb.append('\n');
                case HardLineBreak br -> sb.append('\n');
                case HtmlInline h -> { }
                case AutoLink a -> sb.append(a.getText());
                default -> {
                    if (c.hasChildren()) {
                        collect(c, sb);
                    } else {
                        sb.append(Escaping.unescapeString(c.getChars().toString()));
                    }
                }
            }
        }
    }

    /** The values of the labels as metadata: every field but title and time, which have their own. */
    static List<Field> extraFields() {
        return List.of(Field.HOST, Field.ATTENDEES, Field.NOTE_TAKER, Field.LOCATION);
    }
}
