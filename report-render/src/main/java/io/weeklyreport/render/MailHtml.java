package io.weeklyreport.render;

import org.w3c.dom.Element;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a mail body may hold, whatever its template says: a mail client must fetch nothing when the message is opened
 * and run nothing. So pictures only from the message's own parts ({@code cid:}), links only to the web, to mail
 * addresses or within the message, and no scripts, stylesheets, frames, forms or event handlers. A template is someone
 * else's file (a {@code weekly-report.yaml} may name it); what this leaves out is a warning naming the template.
 */
final class MailHtml implements HtmlWriter.Policy {
    /** Elements that fetch, run or submit something, or that mail clients strip anyway. */
    private static final Set<String> LEFT_OUT = Set.of("script", "noscript", "style", "link", "base", "iframe", "frame",
            "frameset", "object", "embed", "applet", "form", "input", "button", "select", "textarea", "video", "audio",
            "source", "track", "picture", "svg", "math", "template", "portal");
    /** Attributes that make a client fetch something. */
    private static final Set<String> FETCHING = Set.of("srcset", "background", "poster", "lowsrc", "dynsrc", "longdesc",
            "data", "action", "formaction", "ping", "manifest", "codebase", "archive", "usemap", "xlink:href");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|mailto:|#).*");
    private static final Pattern FETCHING_STYLE = Pattern.compile("(?i)url\\s*\\(|expression\\s*\\(|@import|behavior\\s*:|-moz-binding");

    private final String template;
    private final Set<String> warnings = new LinkedHashSet<>();

    MailHtml(String template) {
        this.template = template;
    }

    /** The template's XHTML as the HTML of a mail body. */
    String write(String xhtml) throws RenderException {
        return HtmlWriter.html5(xhtml, this);
    }

    /** One line for each kind of thing left out. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public boolean keeps(Element element, String tag) {
        if (LEFT_OUT.contains(tag)) {
            warnings.add(template + ": <" + tag + "> left out of the mail body (a mail body runs, fetches and submits nothing)");
            return false;
        }
        if (tag.equals("meta") && !element.getAttribute("http-equiv").isEmpty()) {
            warnings.add(template + ": <meta http-equiv> left out of the mail body");
            return false;
        }
        return true;
    }

    @Override
    public String attribute(String tag, String name, String value) {
        String attribute = name.toLowerCase(Locale.ROOT);
        if (attribute.startsWith("on")) {
            warnings.add(template + ": the " + attribute + " attribute left out of the mail body (it would run a script)");
            return null;
        }
        if (FETCHING.contains(attribute)) {
            warnings.add(template + ": the " + attribute + " attribute left out of the mail body (it would fetch something when opened)");
            return null;
        }
        if (attribute.equals("src")) {
            if (value.strip().regionMatches(true, 0, "cid:", 0, 4)) {
                return value.strip();
            }
            warnings.add(template + ": <" + tag + " src=\"" + shortened(value) + "\"> left out of the mail body: it shows only "
                    + "the pictures it carries (cid:), never fetches one");
            return null;
        }
        if (attribute.equals("href")) {
            if (SAFE_LINK.matcher(value.strip()).matches()) {
                return value.strip();
            }
            warnings.add(template + ": the link '" + shortened(value) + "' left out of the mail body (only http, https, "
                    + "mailto and # links)");
            return null;
        }
        if (attribute.equals("style") && FETCHING_STYLE.matcher(value).find()) {
            warnings.add(template + ": a style with url(), @import or a binding left out of the mail body (it would fetch something)");
            return null;
        }
        return value;
    }

    private static String shortened(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
