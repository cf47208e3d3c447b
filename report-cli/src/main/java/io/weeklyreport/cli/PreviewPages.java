package io.weeklyreport.cli;

import io.weeklyreport.model.Status;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.HtmlText;
import io.weeklyreport.render.ReportRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages `serve` makes itself: the index of the notes, the page of a note that cannot be shown (its problem,
 * in place of a 500), and the small script every page carries, which listens for changes (server-sent events) and
 * swaps the page's contents for the new ones without reloading it. A note's own page is its HTML as `render -f html`
 * writes it, with that script added before {@code </body>}.
 */
final class PreviewPages {
    /** The element the script adds above a note: back to the index, the downloads, whether the page is live. */
    static final String BAR_ID = "weekly-report-preview";

    private static final String SCRIPT = """
            (function () {
              var me = document.currentScript;
              var path = location.pathname;
              var downloads = (me.getAttribute('data-downloads') || '').split(',').filter(Boolean);
              var live = null;
              function bar() {
                if (me.getAttribute('data-note') === null || document.getElementById('%1$s')) { return; }
                var nav = document.createElement('nav');
                nav.id = '%1$s';
                nav.setAttribute('style', 'display:flex;flex-wrap:wrap;gap:.3em 1em;align-items:center;font:13px/1.6 system-ui,sans-serif;'
                    + 'margin:0 0 1em 0;padding:.4em .8em;background:#f3f6fb;border:1px solid #d5deeb;border-radius:6px');
                function link(href, text, download) {
                  var a = document.createElement('a');
                  a.href = href; a.textContent = text;
                  if (download) { a.setAttribute('download', ''); }
                  a.setAttribute('style', 'color:#1f5fbf;text-decoration:none');
                  nav.appendChild(a);
                }
                link('/', '\\u2190 all notes', false);
                downloads.forEach(function (f) { link(path + '?format=' + f, f.toUpperCase(), true); });
                live = document.createElement('span');
                live.setAttribute('style', 'margin-left:auto;color:#17663a');
                nav.appendChild(live);
                document.body.insertBefore(nav, document.body.firstChild);
                state();
              }
              var now = 'connecting';
              function state(to) {
                now = to || now;
                var s = document.getElementById('%1$s-state') || live;
                if (s) {
                  s.id = '%1$s-state';
                  s.textContent = now === 'live' ? '\\u25cf live' : '\\u25cb ' + now + '\\u2026';
                  s.style.color = now === 'live' ? '#17663a' : '#8a5300';
                }
              }
              function refresh() {
                fetch(path, {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (html) {
                  var next = new DOMParser().parseFromString(html, 'text/html');
                  next.querySelectorAll('script').forEach(function (s) { s.remove(); });
                  document.title = next.title;
                  document.documentElement.lang = next.documentElement.lang;
                  document.head.querySelectorAll('style').forEach(function (s) { s.remove(); });
                  next.head.querySelectorAll('style').forEach(function (s) { document.head.appendChild(document.importNode(s, true)); });
                  var y = window.scrollY;
                  document.body.replaceWith(document.importNode(next.body, true));
                  bar();
                  state();
                  window.scrollTo(0, y);
                  var n = document.documentElement;
                  n.setAttribute('data-updates', String(Number(n.getAttribute('data-updates') || 0) + 1));
                });
              }
              var opened = false;
              var source = new EventSource(path + '?events');
              source.addEventListener('change', refresh);
              source.onopen = function () { if (opened) { refresh(); } opened = true; state('live'); };
              source.onerror = function () { state('reconnecting'); };
              bar();
              state();
            })();
            """;

    private static final String INDEX_STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans SC", "Noto Sans CJK SC",
              "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2430; background: #f6f8fb; }
            header { padding: 1.2rem 1rem .6rem; max-width: 52rem; margin: 0 auto; }
            h1 { font-size: 1.35rem; margin: 0; color: #12213d; overflow-wrap: anywhere; }
            header p { margin: .2rem 0 0; color: #5a6578; font-size: .9rem; }
            header .folder { overflow-wrap: anywhere; }
            .live { color: #17663a; white-space: nowrap; }
            ol { list-style: none; margin: 0 auto; padding: 0 .75rem 2rem; max-width: 52rem; }
            li { background: #fff; border: 1px solid #dde3ec; border-radius: 8px; padding: .8rem 1rem; margin: 0 0 .6rem; }
            a.title { display: block; font-weight: 600; font-size: 1.05rem; color: #1f5fbf; text-decoration: none;
              overflow-wrap: anywhere; }
            a.title:hover { text-decoration: underline; }
            .when { color: #4a5568; font-size: .9rem; margin: .15rem 0 0; }
            .file { color: #8a94a6; overflow-wrap: anywhere; }
            .chips { margin: .45rem 0 0; display: flex; flex-wrap: wrap; gap: .35rem; }
            .chip { font-size: .8rem; font-weight: 600; padding: .05rem .5rem; border-radius: 1rem; white-space: nowrap; }
            .status-done { background: #dcf3e3; color: #17663a; }
            .status-in-review { background: #e6e3fb; color: #4b3aa8; }
            .status-in-progress { background: #fdf0d5; color: #8a5300; }
            .status-planned { background: #e3ecf6; color: #2c5282; }
            .status-blocked { background: #fbe0e0; color: #a61b1b; }
            .downloads { margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem; }
            .downloads a { font-size: .85rem; color: #1f5fbf; text-decoration: none; border: 1px solid #c9d6ea;
              border-radius: 4px; padding: .3rem .8rem; background: #f3f6fb; }
            .problem { margin: .45rem 0 0; color: #a61b1b; font-size: .9rem; white-space: pre-wrap; overflow-wrap: anywhere; }
            .empty { color: #5a6578; text-align: center; padding: 2rem 1rem; }
            pre { background: #fff; border: 1px solid #e4b4b4; border-radius: 6px; padding: .8rem 1rem; color: #a61b1b;
              white-space: pre-wrap; overflow-wrap: anywhere; }
            main { max-width: 52rem; margin: 0 auto; padding: 0 1rem 2rem; }
            """;

    private final Map<String, Properties> labels = new ConcurrentHashMap<>();

    /** The note's HTML with the script added; {@code nonce} is the one the response's Content-Security-Policy allows. */
    static byte[] withScript(byte[] html, String nonce, List<Format> downloads) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = script(nonce, downloads, true);
        int end = page.lastIndexOf("</body>");
        page = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static String script(String nonce, List<Format> downloads, boolean note) {
        StringBuilder formats = new StringBuilder();
        for (Format f : downloads) {
            if (f != Format.HTML) {
                formats.append(formats.isEmpty() ? "" : ",").append(f.extension());
            }
        }
        return "<script nonce=\"" + nonce + "\"" + (note ? " data-note=\"\" data-downloads=\"" + formats + "\"" : "") + ">"
                + SCRIPT.formatted(BAR_ID) + "</script>";
    }

    /** The index: every note, newest first, with its date, status counts and downloads. */
    byte[] index(Path folder, List<PreviewSite.Entry> entries, Map<PreviewSite.Entry, List<Format>> downloads, String nonce) {
        StringBuilder body = new StringBuilder();
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String title = name == null ? folder.toString() : name.toString();
        body.append("<header><h1>").append(HtmlText.escape(title)).append("</h1><p><span class=\"folder\">")
                .append(HtmlText.escape(folder.toString())).append("</span> · ")
                .append(entries.size()).append(entries.size() == 1 ? " note" : " notes").append(", newest first · ")
                .append("<span class=\"live\" id=\"").append(BAR_ID).append("-state\">\u25cb connecting\u2026</span></p></header>\n<ol>\n");
        for (PreviewSite.Entry e : entries) {
            body.append("<li><a class=\"title\" href=\"").append(HtmlText.escape(e.href())).append("\">").append(HtmlText.escape(e.title()))
                    .append("</a>\n<p class=\"when\">");
            if (e.date() != null) {
                Locale locale = Locale.forLanguageTag(e.language().isEmpty() ? "en" : e.language());
                body.append("<time datetime=\"").append(e.date()).append("\">").append(e.date());
                if (e.endDate() != null) {
                    body.append(" – ").append(e.endDate());
                } else {
                    body.append(" ").append(e.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
                }
                body.append("</time> · ");
            }
            body.append("<span class=\"file\">").append(HtmlText.escape(e.name())).append("</span></p>\n");
            if (!e.counts().isEmpty()) {
                body.append("<p class=\"chips\">");
                Properties words = labels(e.language());
                for (Map.Entry<Status, Integer> c : e.counts().entrySet()) {
                    String word = words.getProperty("status." + c.getKey().cssName(), c.getKey().cssName());
                    body.append("<span class=\"chip status-").append(c.getKey().cssName()).append("\">")
                            .append(c.getValue()).append(' ').append(HtmlText.escape(word)).append("</span>");
                }
                body.append("</p>\n");
            }
            if (e.problem() != null) {
                body.append("<p class=\"problem\">").append(HtmlText.escape(e.problem())).append("</p>\n");
            } else {
                body.append("<p class=\"downloads\">");
                for (Format f : downloads.getOrDefault(e, List.of())) {
                    if (f != Format.HTML) {
                        body.append("<a download href=\"").append(HtmlText.escape(e.href())).append("?format=").append(f.extension())
                                .append("\">").append(f.extension().toUpperCase(Locale.ROOT)).append("</a>");
                    }
                }
                body.append("</p>\n");
            }
            body.append("</li>\n");
        }
        body.append("</ol>\n");
        if (entries.isEmpty()) {
            body.append("<p class=\"empty\">No notes here yet: a .md, .markdown or .txt file saved in this folder appears at once.</p>\n");
        }
        return page("en", title + " · weekly-report", body.toString(), nonce, false);
    }

    /** A note that cannot be shown: what is wrong with it, one line per problem; it updates when the note is saved. */
    static byte[] problem(String name, String problem, String nonce) {
        String body = "<main><header><h1>" + HtmlText.escape(name) + " cannot be shown</h1></header>\n<pre>" + HtmlText.escape(problem)
                + "</pre>\n<p>This page updates when the note is saved. <a href=\"/\">All notes</a></p></main>\n";
        return page("en", name + " · weekly-report", body, nonce, true);
    }

    private static byte[] page(String lang, String title, String body, String nonce, boolean note) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlText.escape(title) + "</title>\n<style>\n" + INDEX_STYLE + "</style></head>\n<body>\n" + body
                + script(nonce, List.of(), note) + "</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The built-in labels of the note's language ("已完成", "In review") for the status chips. */
    private Properties labels(String languageTag) {
        String language = languageTag.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
        return labels.computeIfAbsent(language, l -> {
            Properties p = new Properties();
            try (InputStream in = ReportRenderer.class.getResourceAsStream(TemplatesCommand.BUILT_IN + "labels_" + l + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // without labels the chips name the status in English
            }
            return p;
        });
    }
}
