package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.series.Series;
import io.weeklyreport.series.SeriesNote;
import io.weeklyreport.series.SinceLast;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the since-last block costs a single-note render, and what reading only the predecessor chain gives up: for
 * every dated note of the folders given, the notes {@link PreviousMeetings} reads and its warm time, against reading
 * and comparing the whole series, and whether both give the same groups with the same meetings-open counts.
 * Run by bench/since-last.sh; not a test.
 *
 * <pre>SinceLastBenchmark ROUNDS FOLDER...</pre>
 */
public final class SinceLastBenchmark {
    private SinceLastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        for (int a = 1; a < args.length; a++) {
            List<Path> notes;
            try (Stream<Path> walk = Files.walk(Path.of(args[a]))) {
                notes = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            SeriesReader reader = new SeriesReader(InputStream.nullInputStream());
            List<Report> reports = new ArrayList<>();
            for (Path n : notes) {
                reports.add(reader.read(n));
            }
            for (int warm = 0; warm < Math.max(1, rounds / 3); warm++) {
                for (int i = 0; i < notes.size(); i++) {
                    new PreviousMeetings(null).before(notes.get(i), reports.get(i), null);
                    whole(notes.get(i), reports.get(i), reader);
                }
            }
            long chainNanos = 0;
            long wholeNanos = 0;
            int compared = 0;
            int same = 0;
            int sameItems = 0;
            int withBlock = 0;
            List<Integer> read = new ArrayList<>();
            List<String> differing = new ArrayList<>();
            for (int i = 0; i < notes.size(); i++) {
                if (reports.get(i).metadata().date() == null) {
                    continue;
                }
                PreviousMeetings.Found found = null;
                long t0 = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    found = new PreviousMeetings(null).before(notes.get(i), reports.get(i), null);   // a render of one note
                }
                long t1 = System.nanoTime();
                Optional<SinceLast> full = Optional.empty();
                for (int r = 0; r < rounds; r++) {
                    full = whole(notes.get(i), reports.get(i), reader);
                }
                long t2 = System.nanoTime();
                chainNanos += t1 - t0;
                wholeNanos += t2 - t1;
                compared++;
                read.add(found.read().size());
                if (found.sinceLast().isPresent() && !found.sinceLast().get().isEmpty()) {
                    withBlock++;
                }
                if (shape(found.sinceLast()).equals(shape(full))) {
                    same++;
                    sameItems++;
                } else {
                    if (titles(found.sinceLast()).equals(titles(full))) {
                        sameItems++;
                    }
                    differing.add(notes.get(i).getFileName().toString());
                    if (System.getenv("SINCE_LAST_DIFF") != null) {
                        System.out.println(notes.get(i) + "\n  chain: " + shape(found.sinceLast()) + "\n  whole: " + shape(full));
                    }
                }
            }
            read.sort(null);
            System.out.printf(Locale.ROOT, "%s: %d dated notes (%d with a block); notes read besides the note: median %d, max %d "
                            + "(the whole series: %d); warm per note %.1f ms (the whole series read and compared: %.1f ms); "
                            + "same groups and counts as the whole series: %d of %d, same items in the same groups: %d%s%n",
                    args[a], compared, withBlock, read.get(read.size() / 2), read.getLast(), notes.size() - 1,
                    chainNanos / 1e6 / rounds / compared, wholeNanos / 1e6 / rounds / compared, same, compared, sameItems,
                    differing.isEmpty() ? "" : " (differ: " + String.join(", ", differing) + ")");
        }
    }

    /** The since-last of a note compared with every note of its series up to it, all of them read. */
    private static Optional<SinceLast> whole(Path note, Report report, SeriesReader reader) {
        List<SeriesNote> notes = new ArrayList<>();
        try {
            for (Path p : SeriesReader.seriesOf(note)) {
                if (!p.toAbsolutePath().normalize().equals(note.toAbsolutePath().normalize())) {
                    notes.add(new SeriesNote(p, reader.read(p)));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        notes.add(new SeriesNote(note, report));
        Series series = Series.of(notes);
        // as it stood at that meeting: what came later does not change what was known then (as `next` sees it)
        return series.meeting(note).flatMap(m -> series.upTo(m).sinceLast(series.upTo(m).meetings().get(m.index())));
    }

    /** Each group's items by title. */
    private static List<List<String>> titles(Optional<SinceLast> since) {
        return shape(since).stream().map(g -> g.stream().map(t -> t.substring(0, t.lastIndexOf(' '))).toList()).toList();
    }

    /** Each group's items as title and meetings open. */
    private static List<List<String>> shape(Optional<SinceLast> since) {
        if (since.isEmpty() || since.get().isEmpty()) {
            return List.of();
        }
        SinceLast s = since.get();
        List<List<String>> groups = new ArrayList<>();
        for (List<SinceLast.Change> g : List.of(s.done(), s.stillOpen(), s.added(), s.dropped())) {
            groups.add(g.stream().map(c -> c.title() + " " + c.meetingsOpen()).toList());
        }
        return groups;
    }

}
