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

/** Recognises an item's status from its own words, using the vocabulary in status-vocabulary.txt. */
final class StatusVocabulary {

    private record Phrase(String text, Status status, boolean negation) { }

    private final List<Phrase> phrases;

    private StatusVocabulary(List<Phrase> phrases) {
        // Longest first, so "已提交review" wins over "review" at the same place.
        this.phrases = phrases.stream().sorted(Comparator.comparingInt((Phrase p) -> p.text.length()).reversed()).toList();
    }

    static StatusVocabulary load(List<String> extraLines) {
        List<String> lines = new ArrayList<>(builtIn());
        lines.addAll(extraLines);
        List<Phrase> phrases = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("status vocabulary line has no 'STATUS:' prefix: " + line);
            }
            Status status = Status.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            for (String word : line.substring(colon + 1).split("[,，]")) {
                String w = word.strip();
                boolean negation = w.startsWith("!");
                w = (negation ? w.substring(1) : w).strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    phrases.add(new Phrase(w, status, negation));
                }
            }
        }
        return new StatusVocabulary(phrases);
    }

    private static List<String> builtIn() {
        try (InputStream in = StatusVocabulary.class.getResourceAsStream("status-vocabulary.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status whose phrase ends last in {@code text}; Latin phrases must stand as whole words. */
    StatusMark recognise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] claimed = new boolean[lower.length()];
        StatusMark best = StatusMark.NONE;
        int bestEnd = -1;
        for (Phrase p : phrases) {
            int from = 0;
            while (true) {
                int at = lower.indexOf(p.text, from);
                if (at < 0) {
                    break;
                }
                from = at + 1;
                int end = at + p.text.length();
                if (isClaimed(claimed, at, end) || !wordBoundaries(lower, at, end, p.text)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    claimed[i] = true;
                }
                if (!p.negation && end > bestEnd) {
                    bestEnd = end;
                    best = new StatusMark(p.status, text.substring(at, end));
                }
            }
        }
        return best;
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
