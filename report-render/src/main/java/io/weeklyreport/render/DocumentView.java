package io.weeklyreport.render;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Table;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The data a template receives: the report itself plus what is derived from it for display. */
final class DocumentView {
    private DocumentView() {
    }

    /** The data with the team's logo as configured (the deck's title slide). */
    static Map<String, Object> of(Report report, TemplateSet templates, RenderOptions options, String stylesheet)
            throws RenderException {
        return of(report, templates, options, stylesheet, options.theme().logo());
    }

    /** The data with the logo given, null when it is left out (it cannot be read). */
    static Map<String, Object> of(Report report, TemplateSet templates, RenderOptions options, String stylesheet,
                                  java.nio.file.Path logo) throws RenderException {
        Language language = report.metadata().language();
        Properties labels = templates.labels(language == Language.ZH ? "zh" : "en");
        Locale locale = language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.US;
        TemplateFunctions fn = new TemplateFunctions(labels, locale, Anchors.of(report));

        Map<String, Object> data = new HashMap<>();
        data.put("report", report);
        data.put("meta", report.metadata());
        data.put("fn", fn);
        data.put("labels", labels);
        data.put("lang", language.tag());
        data.put("dateLine", dateLine(report, fn));
        data.put("runningTitle", runningTitle(report));
        Section timeSection = sectionWithRole(report.sections(), Section.Role.TIME);
        putIfPresent(data, "timeSection", timeSection);
        putIfPresent(data, "meetingSection", sectionWithRole(report.sections(), Section.Role.MEETING));
        if (report.meeting() != null) {
            putIfPresent(data, "meetingTime", MeetingCard.time(report, timeSection != null));
            data.put("meetingNotes", MeetingCard.notes(report.meeting()));
            putIfPresent(data, "meetingZone", MeetingCard.zoneForTitle(report.meeting(), report.metadata(), timeSection != null));
        }
        data.put("summary", TemplateFunctions.summary(report.allItems(), fn));
        data.put("references", options.references() ? references(report) : List.of());
        data.put("css", stylesheet == null ? "" : templates.text(stylesheet));
        data.put("pageSize", options.pageSize().cssName());
        data.put("keywords", keywords(report));
        data.put("colors", safeColours(options.theme().colors()));
        data.put("palette", Palette.of(options.theme().colors()));
        if (logo != null) {
            data.put("logo", logo.toUri().toString());
        }
        data.put("pageCounter", pageCounterCss(labels.getProperty("page.footer", "{page} / {pages}")));
        return data;
    }

    /** "第 {page} 页 / 共 {pages} 页" as a CSS content value with page counters. */
    static String pageCounterCss(String label) {
        StringBuilder css = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(page|pages)\\}").matcher(label);
        int last = 0;
        while (m.find()) {
            css.append(cssString(label.substring(last, m.start()))).append(" counter(").append(m.group(1)).append(") ");
            last = m.end();
        }
        css.append(cssString(label.substring(last)));
        return css.toString().strip();
    }

    private static String cssString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Only colours that are colours reach the CSS: a stray value cannot inject rules. */
    private static Map<String, String> safeColours(Map<String, String> colours) {
        Map<String, String> safe = new LinkedHashMap<>();
        colours.forEach((name, value) -> {
            if (name.matches("[a-z][a-z0-9-]*") && value.matches("#(\\p{XDigit}{3}|\\p{XDigit}{6})")) {
                safe.put(name, value);
            }
        });
        return safe;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    /** The first section (depth first) whose content the parser turned into metadata of the given role. */
    static Section sectionWithRole(List<Section> sections, Section.Role role) {
        for (Section s : sections) {
            if (s.role() == role) {
                return s;
            }
            Section inner = sectionWithRole(s.children(), role);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** "Title · 2023-05-18" for headers and footers; the date once, even when the title already names it. */
    static String runningTitle(Report report) {
        var m = report.metadata();
        String date = m.date() == null ? "" : m.date().toString();
        if (m.isPeriod()) {
            date = date + " – " + m.endDate();
        }
        return date.isEmpty() || m.title().contains(date) ? m.title() : m.title() + " · " + date;
    }

    /** "2023-05-18 星期四 · 19:00–19:30"; a period as "2023-01-01 – 2023-01-08". */
    static String dateLine(Report report, TemplateFunctions fn) {
        var m = report.metadata();
        if (m.date() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(m.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
        if (m.isPeriod()) {
            return sb.append(" – ").append(m.endDate().format(DateTimeFormatter.ISO_LOCAL_DATE)).toString();
        }
        sb.append(' ').append(fn.weekday(m.date()));
        if (m.start() != null) {
            sb.append(" · ").append(m.start());
            if (m.end() != null) {
                sb.append('–').append(m.end());
            }
        }
        return sb.toString();
    }

    /** Every link of the report, grouped under its top-level section, each URL once per group. */
    static List<Map<String, Object>> references(Report report) {
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, String>> preamble = new ArrayList<>();
        collectBlocks(report.preamble(), preamble, new LinkedHashSet<>());
        if (!preamble.isEmpty()) {
            groups.add(Map.of("title", "", "links", preamble));
        }
        for (Section top : report.sections()) {
            List<Map<String, String>> links = new ArrayList<>();
            collectSection(top, links, new LinkedHashSet<>());
            if (!links.isEmpty()) {
                groups.add(Map.of("title", top.fullTitle(), "links", links));
            }
        }
        return groups;
    }

    private static void collectSection(Section s, List<Map<String, String>> into, Set<String> seen) {
        collectInlines(s.title(), into, seen);
        collectBlocks(s.blocks(), into, seen);
        for (Section c : s.children()) {
            collectSection(c, into, seen);
        }
    }

    private static void collectBlocks(List<Block> blocks, List<Map<String, String>> into, Set<String> seen) {
        for (Block b : blocks) {
            switch (b) {
                case Paragraph p -> collectInlines(p.content(), into, seen);
                case ItemList l -> {
                    for (Item i : l.items()) {
                        collectInlines(i.text(), into, seen);
                        collectBlocks(i.body(), into, seen);
                    }
                }
                case Quote q -> collectBlocks(q.blocks(), into, seen);
                case Table t -> {
                    t.header().forEach(c -> collectInlines(c.content(), into, seen));
                    t.rows().forEach(r -> r.forEach(c -> collectInlines(c.content(), into, seen)));
                }
                default -> { }
            }
        }
    }

    private static void collectInlines(List<Inline> inlines, List<Map<String, String>> into, Set<String> seen) {
        for (Inline i : inlines) {
            switch (i) {
                case Inline.Link l -> {
                    // Links within the note (#section) are bookmarks of this document, not references.
                    if (!l.url().startsWith("#") && seen.add(l.url())) {
                        Map<String, String> link = new LinkedHashMap<>();
                        link.put("text", Inline.plainText(l.content()));
                        link.put("url", l.url());
                        link.put("label", l.ref().shortLabel());
                        into.add(link);
                    }
                }
                case Inline.Strong s -> collectInlines(s.content(), into, seen);
                case Inline.Emphasis e -> collectInlines(e.content(), into, seen);
                case Inline.Strike s -> collectInlines(s.content(), into, seen);
                default -> { }
            }
        }
    }


    private static String keywords(Report report) {
        Set<String> words = new LinkedHashSet<>();
        for (Section s : report.sections()) {
            if (s.role() == Section.Role.CONTENT) {
                words.add(s.titleText());
                s.children().forEach(c -> words.add(c.titleText()));
            }
        }
        return String.join(", ", words);
    }
}
