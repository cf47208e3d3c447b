package io.weeklyreport.render.docx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Background and text colours of the status chips and reference chips, read from the stylesheet the
 * template embeds, so the DOCX matches the PDF and a user's CSS change reaches both. Statuses the
 * CSS does not colour keep the built-in colours (the ones of the default report.css).
 */
final class ChipPalette {
    /** A chip's fill and text colour as six hex digits, upper case (the form WordprocessingML writes). */
    record Colours(String fill, String text) {
    }

    static final String REF = "ref";

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Pattern COLOUR = Pattern.compile("(?<![-\\w])color\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Pattern CHIP_SELECTOR = Pattern.compile("\\.chip\\.status-([a-z-]+)|\\.status-([a-z-]+)\\.chip");
    private static final Pattern REF_SELECTOR = Pattern.compile("a\\.ref(?![-\\w])");

    private final Map<String, Colours> colours;

    private ChipPalette(Map<String, Colours> colours) {
        this.colours = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(colours));   // in order: the same styles.xml every run
    }

    static ChipPalette fromCss(String css) {
        Map<String, Colours> found = builtIn();
        Matcher rule = RULE.matcher(css == null ? "" : css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            String selectors = rule.group(1);
            String body = rule.group(2);
            for (String selector : selectors.split(",")) {
                String key = key(selector.strip());
                if (key != null) {
                    Colours old = found.getOrDefault(key, new Colours("EDF0F4", "4A5568"));
                    found.put(key, new Colours(hex(BACKGROUND, body, old.fill()), hex(COLOUR, body, old.text())));
                }
            }
        }
        return new ChipPalette(found);
    }

    /** "done", "in-review", ... or {@link #REF}. */
    Map<String, Colours> all() {
        return colours;
    }

    private static String key(String selector) {
        Matcher chip = CHIP_SELECTOR.matcher(selector);
        if (chip.find()) {
            return chip.group(1) != null ? chip.group(1) : chip.group(2);
        }
        return REF_SELECTOR.matcher(selector).find() && !selector.contains(":") ? REF : null;
    }

    private static String hex(Pattern property, String body, String fallback) {
        Matcher m = property.matcher(body);
        if (!m.find()) {
            return fallback;
        }
        String h = m.group(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return h.toUpperCase(Locale.ROOT);
    }

    private static Map<String, Colours> builtIn() {
        Map<String, Colours> m = new LinkedHashMap<>();
        m.put("done", new Colours("DCF3E3", "17663A"));
        m.put("in-review", new Colours("E6E3FB", "4B3AA8"));
        m.put("in-progress", new Colours("FDF0D5", "8A5300"));
        m.put("planned", new Colours("E3ECF6", "2C5282"));
        m.put("blocked", new Colours("FBE0E0", "A61B1B"));
        m.put(REF, new Colours("EEF3FB", "1F5FBF"));
        return m;
    }
}
