package io.weeklyreport.render;

import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The anchor of every section as GitHub would name it (lower case, punctuation dropped, spaces as
 * hyphens, repeats numbered -1, -2 ...), so the links of a note's own table of contents keep working.
 */
final class Anchors {
    private Anchors() {
    }

    static Map<Section, String> of(Report report) {
        Map<Section, String> anchors = new IdentityHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (Section s : report.allSections()) {
            String base = slug(s.fullTitle());
            if (base.isEmpty()) {
                base = "s" + s.line();
            }
            int n = used.merge(base, 1, Integer::sum) - 1;
            anchors.put(s, n == 0 ? base : base + "-" + n);
        }
        return anchors;
    }

    static String slug(String heading) {
        StringBuilder out = new StringBuilder();
        heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
