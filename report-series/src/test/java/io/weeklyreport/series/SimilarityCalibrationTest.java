package io.weeklyreport.series;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text threshold, measured on hand-labelled pairs of items of consecutive corpus meetings
 * (labelled-pairs.tsv). Two figures: the similarity alone decides a pair (pairwise), and what the tracker
 * does with it (each item tied to at most one other, references first, best pairs first), which is what
 * users see.
 */
class SimilarityCalibrationTest {

    record Pair(String first, String second, boolean same) {
    }

    /** An item of the corpus, named "folder/file.md:line". */
    private record Found(Occurrence occurrence, TextSimilarity similarity) {
    }

    private static List<Pair> labelled() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = SimilarityCalibrationTest.class.getResourceAsStream("labelled-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0], f[1], f[2].strip().equals("same")));
            }
        }
        return pairs;
    }

    @Test
    void thresholdKeepsTrackerLinksPreciseAndFindsMostSamePairs() throws IOException {
        List<Pair> pairs = labelled();
        Map<String, Found> items = new HashMap<>();
        Set<String> trackerTextLinks = new HashSet<>();
        Set<String> trackerLinks = new HashSet<>();
        for (String folder : List.of("curve-double-week", "nodejs-tsc")) {
            List<SeriesNote> notes = CorpusNotes.series(folder);
            Series series = Series.of(notes);
            List<Set<String>> documents = new ArrayList<>();
            Map<MeetingNote, List<Occurrence>> byMeeting = new HashMap<>();
            for (MeetingNote m : series.meetings()) {
                List<Occurrence> occ = NoteItems.of(m.report());
                byMeeting.put(m, occ);
                occ.forEach(o -> documents.add(o.tokens()));
            }
            TextSimilarity similarity = TextSimilarity.over(documents);
            byMeeting.forEach((m, occ) -> occ.forEach(o -> items.put(name(m.path()) + ":" + o.item().line(), new Found(o, similarity))));
            for (TrackedItem t : series.items()) {
                for (int i = 1; i < t.sightings().size(); i++) {
                    Sighting a = t.sightings().get(i - 1);
                    Sighting b = t.sightings().get(i);
                    String key = name(a.meeting().path()) + ":" + a.item().line() + " " + name(b.meeting().path()) + ":" + b.item().line();
                    trackerLinks.add(key);
                    if (b.match() == Sighting.Match.TEXT && b.meeting().index() == a.meeting().index() + 1) {
                        trackerTextLinks.add(key);
                    }
                }
            }
        }

        int missing = 0;
        int tp = 0, fp = 0, fn = 0, linkedSame = 0, same = 0;
        Set<String> labelledKeys = new HashSet<>();
        for (Pair p : pairs) {
            Found a = items.get(p.first());
            Found b = items.get(p.second());
            if (a == null || b == null) {
                System.out.println("missing " + (a == null ? p.first() : "") + " " + (b == null ? p.second() : ""));
                missing++;
                continue;
            }
            String key = p.first() + " " + p.second();
            labelledKeys.add(key);
            boolean close = a.similarity().between(a.occurrence(), b.occurrence()) >= TextSimilarity.THRESHOLD;
            tp += close && p.same() ? 1 : 0;
            fp += close && !p.same() ? 1 : 0;
            fn += !close && p.same() ? 1 : 0;
            if (p.same()) {
                same++;
                linkedSame += trackerLinks.contains(key) ? 1 : 0;
            }
        }
        Map<String, Boolean> label = new HashMap<>();
        pairs.forEach(p -> label.put(p.first() + " " + p.second(), p.same()));
        int textLinksRight = 0, textLinksJudged = 0;
        for (String link : trackerTextLinks) {
            Boolean l = label.get(link);
            if (l != null) {
                textLinksJudged++;
                textLinksRight += l ? 1 : 0;
            }
        }
        double pairwisePrecision = tp / (double) (tp + fp);
        double pairwiseRecall = tp / (double) (tp + fn);
        double trackerPrecision = textLinksRight / (double) textLinksJudged;
        double trackerRecall = linkedSame / (double) same;
        System.out.printf("threshold %.2f on %d labelled pairs (%d same): pairwise precision %.2f recall %.2f; "
                        + "tracker text links %d judged, precision %.2f; same pairs linked %.2f; %d pairs not found%n",
                TextSimilarity.THRESHOLD, pairs.size() - missing, same, pairwisePrecision, pairwiseRecall,
                textLinksJudged, trackerPrecision, trackerRecall, missing);

        assertTrue(missing <= pairs.size() / 50, missing + " labelled items are not compared items any more");
        assertTrue(trackerPrecision >= 0.90, "tracker text links precision " + trackerPrecision);
        assertTrue(trackerRecall >= 0.65, "same pairs linked " + trackerRecall);
        assertTrue(pairwisePrecision >= 0.70, "pairwise precision " + pairwisePrecision);
        assertTrue(pairwiseRecall >= 0.65, "pairwise recall " + pairwiseRecall);
    }

    private static String name(Path note) {
        return CorpusNotes.root().relativize(note.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
