package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.ParsedNotes;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.series.Series;
import io.weeklyreport.series.SeriesNote;
import io.weeklyreport.series.SinceLast;
import io.weeklyreport.series.TrackedItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed since the meeting before a note, reading no more of its series than that needs: the note's
 * predecessor (the previous note of its folder series by date, or the one given with --previous), then further back
 * (1, 2, 4, 8 ... notes), only while an item of the comparison was open at the oldest note read (its count
 * of meetings open may reach further back). bench/since-last.sh measures what that reads and costs on the corpora.
 *
 * <p>Notes are placed by the date in their file name ("2023-06-01.md", "2022/7-14.md" in a year folder), which
 * is how a folder of notes is kept; a note whose name has none is read for the date inside it.
 */
final class PreviousMeetings {
    /** "2023-06-01", "2023-04- 13", "20230601", "2023_6_1" in a file name. */
    private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[-_.年]?\\s*(\\d{1,2})\\s*[-_.月]?\\s*(\\d{1,2})(?!\\d)");
    /** "7-14" in a file name below a year folder. */
    private static final Pattern MD = Pattern.compile("^(\\d{1,2})[-_.](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /**
     * The comparison found, if any.
     *
     * @param sinceLast the changes since the meeting before; empty when the note has none (or it cannot be read)
     * @param read      the notes read for it, to tell when an output made from them is out of date
     * @param warnings  one line per note that could not be read
     */
    record Found(Optional<SinceLast> sinceLast, List<Path> read, List<String> warnings) {
        static final Found NONE = new Found(Optional.empty(), List.of(), List.of());

        /** The warnings as the render reports them. */
        List<Diagnostic> diagnostics() {
            return warnings.stream().map(w -> new Diagnostic(Severity.WARNING, 0, 0, "since-last", w)).toList();
        }
    }

    /**
     * The comparison for a note as its settings ask: none when `since-last` is off, or for standard input without
     * --previous (no folder to look in).
     */
    static Found of(Path note, Report report, Settings settings) {
        return new PreviousMeetings(null).forNote(note, report, settings);
    }

    /** @param parsed the notes the run parses (its render's own), so that a note is parsed once; null: none kept */
    PreviousMeetings(ParsedNotes parsed) {
        this.reader = new SeriesReader(InputStream.nullInputStream(), parsed);
    }

    /** {@link #of}, with the notes this instance has read already (a run over a folder reads each note once). */
    Found forNote(Path note, Report report, Settings settings) {
        Path previous = settings.get(Setting.PREVIOUS);
        if (!settings.get(Setting.SINCE_LAST) || (note.toString().equals(Inputs.STDIN) && previous == null)) {
            return Found.NONE;
        }
        return before(note, report, previous);
    }

    /**
     * A note as read for the series: the note (whose items its series find once), or the one line that says why it
     * cannot be read.
     */
    private record Reading(SeriesNote note, String problem) {
        Report report() {
            return note == null ? null : note.report();
        }
    }

    private final SeriesReader reader;
    /** The notes read, by path: one instance serves a run (any number of threads), so that each is read once. */
    private final Map<Path, Reading> readings = new ConcurrentHashMap<>();

    /**
     * @param note     the note's file
     * @param report   the note as rendered (with the options' date and language)
     * @param previous the note of the meeting before, as --previous gives it; null for the previous note of the series
     */
    Found before(Path note, Report report, Path previous) {
        LocalDate date = report.metadata().date();
        if (date == null) {
            return Found.NONE;
        }
        Path noteAbs = note.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        try {
            List<Placed> placed = new ArrayList<>();
            Path limit = previous == null ? noteAbs : previous.toAbsolutePath().normalize();
            LocalDate until = previous == null ? date : null;
            for (Path p : SeriesReader.seriesOf(previous == null ? note : previous)) {
                Path abs = p.toAbsolutePath().normalize();
                if (abs.equals(noteAbs) || abs.equals(limit)) {
                    continue;
                }
                LocalDate key = nameDate(abs);
                if (key == null) {
                    Report r = read(p).report();
                    key = r == null ? null : r.metadata().date();
                }
                if (key != null) {
                    placed.add(new Placed(p, key));
                }
            }
            if (previous != null) {
                LocalDate key = nameDate(limit);
                Report r = key == null ? read(previous).report() : null;
                until = key != null ? key : r == null ? null : r.metadata().date();
                candidates.add(previous);
            }
            LocalDate before = until;
            placed.stream()
                    .filter(p -> before == null || p.date().isBefore(before)
                            || (p.date().equals(before) && p.path().toAbsolutePath().normalize().toString().compareTo(limit.toString()) < 0))
                    .sorted(Comparator.comparing(Placed::date).thenComparing(p -> p.path().toString()).reversed())
                    .forEach(p -> candidates.add(p.path()));
        } catch (IOException e) {
            return new Found(Optional.empty(), List.of(), List.of(note + ": its folder cannot be listed for the meeting before: "
                    + RenderCommand.describe(e) + "; no since-last block"));
        }

        List<SeriesNote> chain = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        SinceLast since = null;
        int compared = 0;
        // Compared after 1, 2, 4, 8 ... notes: a long history costs a few comparisons, not one per note.
        for (Path candidate : candidates) {
            read.add(candidate);
            Reading reading = read(candidate);
            Report r = reading.report();
            String problem = reading.problem();
            if (problem != null) {
                if (chain.isEmpty()) {
                    warnings.add(problem + "; it is the meeting before " + note + ", which is rendered without the since-last block");
                    return new Found(Optional.empty(), read, warnings);
                }
                warnings.add(problem + "; the since-last block of " + note + " counts the meetings open only back to "
                        + chain.getLast().path());
                break;
            }
            if (r.metadata().date() == null) {
                continue;   // not a meeting of the series (a README)
            }
            chain.add(reading.note());
            if (chain.size() < 2 * compared) {
                continue;
            }
            compared = chain.size();
            since = compare(chain, note, report);
            if (since == null || !reachesBack(since)) {
                return new Found(Optional.ofNullable(since), read, warnings);
            }
        }
        if (chain.size() > compared) {
            since = compare(chain, note, report);
        }
        return new Found(Optional.ofNullable(since), read, warnings);
    }

    /** The note's since-last in the series of the chain (newest first) and the note. */
    private static SinceLast compare(List<SeriesNote> chain, Path note, Report report) {
        List<SeriesNote> notes = new ArrayList<>(chain.reversed());
        notes.add(new SeriesNote(note, report));
        Series series = Series.of(notes);
        return series.meeting(note).flatMap(series::sinceLast).orElse(null);
    }

    /**
     * Whether an item of the comparison was open at the oldest meeting read: its history may go back further. An item
     * that the oldest note does not mention is not followed further back (the series may tie it to an older mention
     * across a gap, which a count of the whole series would add; bench/since-last.sh counts how often).
     */
    private static boolean reachesBack(SinceLast since) {
        List<SinceLast.Change> all = new ArrayList<>(since.done());
        all.addAll(since.stillOpen());
        all.addAll(since.added());
        all.addAll(since.dropped());
        for (SinceLast.Change c : all) {
            TrackedItem item = c.item();
            if (item.firstSeen().index() == 0 && !item.sightings().getFirst().isDone()) {
                return true;
            }
        }
        return false;
    }

    /** A note of the series, read once: a note with an error is a problem too (render refuses it). */
    private Reading read(Path file) {
        return readings.computeIfAbsent(file.toAbsolutePath().normalize(), key -> {
            try {
                Report r = reader.read(file);
                String error = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                        .map(d -> CheckCommand.where(file.toString(), d) + ": " + d.message()).orElse(null);
                return new Reading(error == null ? new SeriesNote(file, r) : null, error);
            } catch (UnreadableInputException e) {
                return new Reading(null, e.describe());
            } catch (SettingsException e) {
                return new Reading(null, file + ": " + e.getMessage());
            } catch (RuntimeException | Error e) {
                return new Reading(null, file + ": cannot be read: " + RenderCommand.describe(e));
            }
        });
    }

    /** The date a note's file name gives, with the year of its folder for "7-14.md"; null for none. */
    static LocalDate nameDate(Path file) {
        String name = file.getFileName().toString();
        try {
            Matcher ymd = YMD.matcher(name);
            if (ymd.find()) {
                return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)), Integer.parseInt(ymd.group(3)));
            }
            Matcher md = MD.matcher(name);
            Path folder = file.getParent() == null ? null : file.getParent().getFileName();
            if (md.find() && folder != null && YEAR.matcher(folder.toString()).matches()) {
                return LocalDate.of(Integer.parseInt(folder.toString()), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private record Placed(Path path, LocalDate date) {
    }
}
