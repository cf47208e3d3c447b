package io.weeklyreport.parser;

import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrases that say where work stands: the vocabulary in status-vocabulary.txt (whose header explains
 * the rules) plus lines a team adds. {@link AttachedStatus} decides which of the phrases found in an item
 * the author attached to it.
 */
final class StatusVocabulary {

    /** How much a phrase says. */
    private enum Weight { NEGATION, WEAK, NORMAL }

    /** A literal phrase or a regular expression, with what it says. */
    private record Phrase(String literal, Pattern regex, Status status, Weight weight) { }

    private record Match(int start, int end, Phrase phrase) {
        int length() {
            return end - start;
        }
    }

    private final List<Phrase> phrases;

    private StatusVocabulary(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The built-in vocabulary followed by {@code extraLines}; a malformed line is an error naming it. */
    static StatusVocabulary load(List<String> extraLines) {
        List<Phrase> phrases = new ArrayList<>();
        addLines(builtIn(), "status-vocabulary.txt", phrases);
        addLines(extraLines, "status vocabulary option", phrases);
        return new StatusVocabulary(phrases);
    }

    private static void addLines(List<String> lines, String origin, List<Phrase> into) {
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            Status status = colon < 0 ? null : statusNamed(line.substring(0, colon).strip());
            if (status == null) {
                throw new IllegalArgumentException(origin + " line " + number
                        + ": expected 'STATUS: phrase, phrase' with STATUS one of DONE, IN_REVIEW, IN_PROGRESS, "
                        + "PLANNED, BLOCKED, NONE; got: " + line);
            }
            for (String word : splitPhrases(line.substring(colon + 1))) {
                into.add(phrase(word, status, origin, number));
            }
        }
    }

    /** Commas separate phrases, except inside a /regex/. */
    private static List<String> splitPhrases(String list) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inRegex = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '/' && (inRegex || current.toString().strip().replace("!", "").replace("~", "").isEmpty())) {
                inRegex = !inRegex;
            }
            if (!inRegex && (c == ',' || c == '，')) {
                words.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        words.add(current.toString());
        return words.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static Phrase phrase(String word, Status status, String origin, int line) {
        Weight weight = Weight.NORMAL;
        String w = word;
        if (w.startsWith("!")) {
            weight = Weight.NEGATION;
            w = w.substring(1).strip();
        } else if (w.startsWith("~")) {
            weight = Weight.WEAK;
            w = w.substring(1).strip();
        }
        if (status == Status.NONE && weight != Weight.NEGATION) {
            throw new IllegalArgumentException(origin + " line " + line + ": NONE only takes negations (\"!phrase\"): " + word);
        }
        if (w.length() > 2 && w.startsWith("/") && w.endsWith("/")) {
            try {
                return new Phrase(null, Pattern.compile(w.substring(1, w.length() - 1)), status, weight);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + " line " + line + ": bad regular expression " + w + ": "
                        + e.getDescription());
            }
        }
        return new Phrase(w.toLowerCase(Locale.ROOT), null, status, weight);
    }

    private static Status statusNamed(String name) {
        try {
            return Status.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> builtIn() {
        try (InputStream in = StatusVocabulary.class.getResourceAsStream("status-vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("status-vocabulary.txt is missing from the parser's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status an item's own text states, with the phrase as written; {@link StatusMark#NONE} if none. */
    StatusMark recognise(String text) {
        return AttachedStatus.of(text, List.of(), List.of(), io.weeklyreport.model.Item.Task.NONE, this);
    }

    /**
     * Every phrase of the vocabulary found in {@code text}, in text order: where matches overlap the
     * longest keeps the text, and negations keep theirs without saying anything (so they are left out).
     */
    List<Found> find(String text) {
        // Lower-casing keeps the length of CJK and ASCII text, so offsets map back onto the original.
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = asciiLower(text);
        }
        List<Match> matches = new ArrayList<>();
        for (Phrase p : phrases) {
            find(p, lower, matches);
        }
        matches.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        boolean[] claimed = new boolean[lower.length()];
        List<Found> found = new ArrayList<>();
        for (Match m : matches) {
            if (isClaimed(claimed, m.start, m.end)) {
                continue;
            }
            for (int i = m.start; i < m.end; i++) {
                claimed[i] = true;
            }
            if (m.phrase.weight != Weight.NEGATION) {
                found.add(new Found(m.start, m.end, m.phrase.status, m.phrase.weight == Weight.WEAK));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** A phrase found in a text: where, what it says, and whether it only counts when nothing stronger does. */
    record Found(int start, int end, Status status, boolean weak) { }

    private static void find(Phrase p, String text, List<Match> into) {
        if (p.regex != null) {
            Matcher m = p.regex.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    into.add(new Match(m.start(), m.end(), p));
                }
            }
            return;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(p.literal, from);
            if (at < 0) {
                return;
            }
            from = at + 1;
            int end = at + p.literal.length();
            if (wordBoundaries(text, at, end, p.literal)) {
                into.add(new Match(at, end, p));
            }
        }
    }

    private static String asciiLower(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    private static boolean isClaimed(boolean[] claimed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (claimed[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordBoundaries(String text, int at, int end, String phrase) {
        boolean latinStart = isLatin(phrase.charAt(0));
        boolean latinEnd = isLatin(phrase.charAt(phrase.length() - 1));
        if (latinStart && at > 0 && isLatin(text.charAt(at - 1))) {
            return false;
        }
        return !(latinEnd && end < text.length() && isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
