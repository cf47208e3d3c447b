package io.weeklyreport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.weeklyreport.model.Ref;
import io.weeklyreport.series.MeetingNote;
import io.weeklyreport.series.Series;
import io.weeklyreport.series.Sighting;
import io.weeklyreport.series.TrackedItem;
import io.weeklyreport.series.Tracker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tracker as JSON for machines: the meetings (the columns), one object per tracked item with its
 * status at each meeting (null where the meeting's note does not mention it), stalled items first, and the
 * status counts per meeting. Statuses are written as CSS names ("in-review"), as templates know them.
 */
final class TrackJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrackJson() {
    }

    /**
     * @param base  the folder the notes' paths are written relative to, or null to write them as read
     * @param notes lines about notes left out (unreadable, undated), as printed on standard error
     */
    static String write(Series series, Path base, List<String> notes) throws JsonProcessingException {
        Tracker tracker = series.tracker();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("cadenceDays", series.cadence().map(c -> (Object) c.days()).orElse(null));
        List<Object> meetings = new ArrayList<>();
        for (MeetingNote m : tracker.meetings()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("index", m.index());
            json.put("date", m.date().toString());
            json.put("file", relative(base, m.path()));
            json.put("title", m.title());
            meetings.add(json);
        }
        root.put("meetings", meetings);
        List<Object> items = new ArrayList<>();
        for (Tracker.Row row : tracker.rows()) {
            items.add(item(row));
        }
        root.put("items", items);
        List<Object> counts = new ArrayList<>();
        for (Tracker.MeetingCounts c : tracker.counts()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("meeting", c.meeting().index());
            json.put("date", c.meeting().date().toString());
            c.counts().forEach(n -> json.put(n.status().cssName(), n.count()));
            counts.add(json);
        }
        root.put("statusCounts", counts);
        root.put("leftOut", notes);
        return JSON.writeValueAsString(root);
    }

    private static Map<String, Object> item(Tracker.Row row) {
        TrackedItem item = row.item();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", item.title());
        json.put("owners", item.owners());
        List<Object> refs = new ArrayList<>();
        for (Ref r : item.refs()) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("label", r.shortLabel());
            ref.put("kind", r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ref.put("repo", r.repo());
            ref.put("number", r.number());
            ref.put("url", r.url());
            refs.add(ref);
        }
        json.put("refs", refs);
        json.put("firstSeen", item.firstSeen().date().toString());
        json.put("lastSeen", item.lastSeen().date().toString());
        json.put("meetingsOpen", item.meetingsOpen());
        json.put("stalled", item.stalled());
        json.put("longestStall", item.longestStall());
        json.put("done", item.done());
        List<Object> statuses = new ArrayList<>();
        for (Tracker.Cell cell : row.cells()) {
            Sighting s = cell.sighting();
            if (s == null) {
                statuses.add(null);
                continue;
            }
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("date", s.meeting().date().toString());
            at.put("status", s.status().status().cssName());
            at.put("phrase", s.status().phrase());
            at.put("section", String.join(" › ", s.sections()));
            at.put("line", s.item().line());
            at.put("matchedBy", s.match().name().toLowerCase(Locale.ROOT));
            statuses.add(at);
        }
        json.put("statuses", statuses);
        return json;
    }

    private static String relative(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base == null ? null : base.toAbsolutePath().normalize();
        return (b != null && abs.startsWith(b) ? b.relativize(abs) : file).toString().replace('\\', '/');
    }
}
