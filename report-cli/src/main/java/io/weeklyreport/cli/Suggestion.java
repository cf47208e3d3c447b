package io.weeklyreport.cli;

import java.util.Collection;
import java.util.Locale;

/** " (did you mean 'colors'?)" for "colours": the known word nearest to a typo, by edit distance. */
final class Suggestion {
    private Suggestion() {
    }

    /** The suggestion, or "" when no known word is within two edits. */
    static String of(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        String t = typed.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance && d < Math.max(2, k.length())) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null || best.equalsIgnoreCase(typed) ? "" : " (did you mean '" + best + "'?)";
    }

    /** Edit distance where swapping two neighbours ("pfd" for "pdf") counts as one edit, as people type. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
