package io.weeklyreport.series;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How close two items' texts are, for items that no PR or issue reference ties together.
 *
 * <p>Texts become sets of tokens: Latin words (lower case, NFKC-folded, a few English function words
 * left out) and, for Chinese (and Japanese, Korean) runs, overlapping character bigrams, since those
 * scripts have no spaces to split at. Two sets are compared with a Dice coefficient whose tokens are
 * weighted by their inverse document frequency over the whole series, so that words every note uses
 * ("Node.js", "curve", "voting member") count for little and the words that name the work count for much.
 * The score is the better of the whole texts' and of their heads' (the text up to the first full-width
 * comma, full stop, semicolon or enumeration comma): Chinese items tend to be "what, how far it got", and
 * the second half changes from meeting to meeting.
 *
 * <p>The threshold comes from labelled pairs of consecutive meetings of both corpora
 * (src/test/resources/io/weeklyreport/series/labelled-pairs.tsv, measured by SimilarityCalibrationTest):
 * at 0.40 the links the tracker makes by text are right 94% of the time and find 72% of the pairs a
 * reader calls the same item.
 */
final class TextSimilarity {
    static final double THRESHOLD = 0.40;

    private static final Pattern LATIN = Pattern.compile("[a-z0-9]+");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]+");
    private static final Pattern HEAD_END = Pattern.compile("[，。；、]");
    private static final Pattern MENTION = Pattern.compile("@[\\w.-]+");
    private static final Pattern REFERENCE = Pattern.compile("(?:[\\w.-]+/)?[\\w.-]*#\\d+");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "to", "of", "and", "or", "for", "in", "on",
            "at", "is", "are", "be", "by", "with", "as", "it", "this", "that", "from", "we", "our", "was", "were", "will", "not", "no");

    private final Map<String, Double> weights;
    private final double unseenWeight;
    /** A number per token, in the order first asked for: token sets become sorted arrays of them. */
    private final Map<String, Integer> ids = new HashMap<>();
    private double[] weightOf = new double[64];
    /** Each token set compared, as its weighted vector; one instance serves one series, in one thread. */
    private final Map<Set<String>, Vector> vectors = new IdentityHashMap<>();

    private TextSimilarity(Map<String, Double> weights, double unseenWeight) {
        this.weights = weights;
        this.unseenWeight = unseenWeight;
    }

    /** Weights from the token sets of every item of the series (each set one document). */
    static TextSimilarity over(Collection<Set<String>> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Set<String> d : documents) {
            d.forEach(t -> frequency.merge(t, 1, Integer::sum));
        }
        int n = Math.max(1, documents.size());
        Map<String, Double> weights = new HashMap<>();
        frequency.forEach((t, f) -> weights.put(t, Math.log(1 + (double) n / f)));
        return new TextSimilarity(weights, Math.log(1 + n));
    }

    /** The similarity of two items, 0 to 1. */
    double between(Occurrence a, Occurrence b) {
        return Math.max(dice(a.tokens(), b.tokens()), dice(a.headTokens(), b.headTokens()));
    }

    /**
     * The weighted Dice coefficient of two token sets: twice the weight they share over the weight of both. Each set
     * is turned once into its tokens' numbers, sorted, and its total weight, so that comparing two is one merge of
     * two arrays (a series compares every item with every recent one).
     */
    double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Vector x = vector(a);
        Vector y = vector(b);
        double shared = 0;
        for (int i = 0, j = 0; i < x.ids.length && j < y.ids.length; ) {
            int c = Integer.compare(x.ids[i], y.ids[j]);
            if (c == 0) {
                shared += weightOf[x.ids[i]];
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return 2 * shared / (x.total + y.total);
    }

    /** A token set as the sorted numbers of its tokens and the sum of their weights. */
    private record Vector(int[] ids, double total) {
    }

    private Vector vector(Set<String> tokens) {
        Vector v = vectors.get(tokens);
        if (v == null) {
            int[] numbers = new int[tokens.size()];
            double total = 0;   // summed in the set's order, as the weights of a token set always were
            int k = 0;
            for (String t : tokens) {
                numbers[k] = id(t);
                total += weightOf[numbers[k++]];
            }
            Arrays.sort(numbers);
            v = new Vector(numbers, total);
            vectors.put(tokens, v);
        }
        return v;
    }

    private int id(String token) {
        Integer known = ids.get(token);
        if (known != null) {
            return known;
        }
        int id = ids.size();
        ids.put(token, id);
        if (id == weightOf.length) {
            weightOf = Arrays.copyOf(weightOf, 2 * id);
        }
        weightOf[id] = weights.getOrDefault(token, unseenWeight);
        return id;
    }

    /** The part of an item's text that names the work: up to the first full-width clause break. */
    static String head(String text) {
        Matcher m = HEAD_END.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /**
     * The tokens of an item's text, leaving out what changes without the work changing: the stated status
     * phrase, the owners, @-mentions and PR/issue numbers (references are compared on their own).
     */
    static Set<String> tokens(String text, String statusPhrase, List<String> owners) {
        String t = text;
        if (!statusPhrase.isEmpty()) {
            t = t.replace(statusPhrase, " ");
        }
        for (String owner : owners) {
            if (!owner.isBlank()) {
                t = t.replace(owner, " ");
            }
        }
        t = MENTION.matcher(t).replaceAll(" ");
        t = REFERENCE.matcher(t).replaceAll(" ");
        t = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> tokens = new LinkedHashSet<>();
        Matcher latin = LATIN.matcher(t);
        while (latin.find()) {
            if (!FUNCTION_WORDS.contains(latin.group())) {
                tokens.add(latin.group());
            }
        }
        Matcher cjk = CJK.matcher(t);
        while (cjk.find()) {
            String run = cjk.group();
            int[] cps = run.codePoints().toArray();
            if (cps.length == 1) {
                tokens.add(run);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                tokens.add(new String(cps, i, 2));
            }
        }
        return tokens;
    }
}
