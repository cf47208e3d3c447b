package io.weeklyreport.render;

import io.weeklyreport.model.Status;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The colours every format shares: the accent (links, numbers, bullets, rules) and each status's chip, built in
 * and overridden by the team's {@code colors:} ({@code accent}, or a status's CSS name such as {@code in-review}
 * for the text of its chip). {@code report.ftlh} writes the CSS chip rules from it, the DOCX writer its chip
 * styles, the PPTX writer its runs: one definition, so a team's colour reaches the handout, report and deck alike.
 * Public only because the writers in sibling packages read it. Internal.
 */
public final class Palette {
    /** A colour as 0xRRGGBB. */
    public record Colour(int rgb) {
        public Colour {
            rgb &= 0xffffff;
        }

        /** "#1f5fbf", for CSS; null for a value that is no {@code #rgb}/{@code #rrggbb} colour. */
        static Colour parse(String css) {
            if (css == null || !css.matches("#(\\p{XDigit}{3}|\\p{XDigit}{6})")) {
                return null;
            }
            String h = css.substring(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return new Colour(Integer.parseInt(h, 16));
        }

        public String css() {
            return String.format(Locale.ROOT, "#%06x", rgb);
        }

        /** "1F5FBF", as WordprocessingML writes colours. */
        public String hex() {
            return String.format(Locale.ROOT, "%06X", rgb);
        }

        public java.awt.Color awt() {
            return new java.awt.Color(rgb);
        }

        /** This colour mixed with white, {@code share} of it kept: the light fill behind a chip's text. */
        Colour tint(double share) {
            int r = (int) Math.round(((rgb >> 16) & 0xff) * share + 255 * (1 - share));
            int g = (int) Math.round(((rgb >> 8) & 0xff) * share + 255 * (1 - share));
            int b = (int) Math.round((rgb & 0xff) * share + 255 * (1 - share));
            return new Colour((r << 16) | (g << 8) | b);
        }
    }

    /** A chip: its text on its fill. */
    public record Chip(Colour fill, Colour text) {
    }

    /** How much of a team's chip colour its fill keeps: about as light as the built-in fills. */
    private static final double FILL_SHARE = 0.15;

    private static final Palette BUILT_IN = new Palette(colour(0x1f5fbf), builtInChips(), new Chip(colour(0xeef3fb), colour(0x1f5fbf)),
            new Chip(colour(0xeeeeee), colour(0x6b7688)));

    private final Colour accent;
    private final Map<Status, Chip> statuses;
    private final Chip reference;
    private final Chip noStatus;

    private Palette(Colour accent, Map<Status, Chip> statuses, Chip reference, Chip noStatus) {
        this.accent = accent;
        this.statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
        this.reference = reference;
        this.noStatus = noStatus;
    }

    public static Palette builtIn() {
        return BUILT_IN;
    }

    /** The built-in colours with the team's over them; names that are no colour or no status are ignored. */
    public static Palette of(Map<String, String> teamColours) {
        Colour accent = BUILT_IN.accent;
        Map<Status, Chip> chips = new EnumMap<>(BUILT_IN.statuses);
        Chip reference = BUILT_IN.reference;
        for (var e : teamColours.entrySet()) {
            Colour c = Colour.parse(e.getValue());
            if (c == null) {
                continue;
            }
            if (e.getKey().equals("accent")) {
                accent = c;
                reference = new Chip(c.tint(0.08), c);
                continue;
            }
            for (Status s : chips.keySet()) {
                if (s.cssName().equals(e.getKey())) {
                    chips.put(s, new Chip(c.tint(FILL_SHARE), c));
                }
            }
        }
        return new Palette(accent, chips, reference, BUILT_IN.noStatus);
    }

    public Colour accent() {
        return accent;
    }

    /** The chip of a status; a status without a chip of its own (NONE) gets a grey one. */
    public Chip chip(Status status) {
        return statuses.getOrDefault(status, noStatus);
    }

    /** The statuses that have a chip, in the model's order. */
    public Map<Status, Chip> chips() {
        return statuses;
    }

    /** The chip of a short PR or issue reference ("#2387"). */
    public Chip reference() {
        return reference;
    }

    /** By CSS name for templates: {@code palette.css["in-review"].fill.css()}. */
    public Map<String, Chip> css() {
        Map<String, Chip> byName = new LinkedHashMap<>();
        statuses.forEach((s, c) -> byName.put(s.cssName(), c));
        return byName;
    }

    private static Colour colour(int rgb) {
        return new Colour(rgb);
    }

    private static Map<Status, Chip> builtInChips() {
        Map<Status, Chip> m = new EnumMap<>(Status.class);
        m.put(Status.DONE, new Chip(colour(0xdcf3e3), colour(0x17663a)));
        m.put(Status.IN_REVIEW, new Chip(colour(0xe6e3fb), colour(0x4b3aa8)));
        m.put(Status.IN_PROGRESS, new Chip(colour(0xfdf0d5), colour(0x8a5300)));
        m.put(Status.PLANNED, new Chip(colour(0xe3ecf6), colour(0x2c5282)));
        m.put(Status.BLOCKED, new Chip(colour(0xfbe0e0), colour(0xa61b1b)));
        return m;
    }
}
