package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.model.Status;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.RenderRequest;
import io.weeklyreport.render.RenderResult;
import io.weeklyreport.render.ReportRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * What `serve` shows, HTTP aside: the notes below the folder served, each note's HTML page (as `render -f html`
 * makes it), its downloads, and the rows of the index. What is made is kept while what it is made from is the same:
 * the fingerprint `render` uses to tell an output up to date (the note's bytes, its settings, templates, fonts,
 * this program) and the pictures the note shows. So a page is rendered once per change, however many browsers show
 * it, and a download of an unchanged note is instant. Settings are read anew for every request: an edited
 * weekly-report.yaml applies at once.
 */
final class PreviewSite implements AutoCloseable {
    /**
     * One made thing: the bytes, or the problem that kept it from being made (one line per problem).
     *
     * @param time how long making it took
     */
    record Made(byte[] bytes, String problem, Duration time) {
        boolean failed() {
            return problem != null;
        }
    }

    /** A row of the index. */
    record Entry(Inputs.Input note, String name, String href, String title, LocalDate date, LocalDate endDate, String language,
                 Map<Status, Integer> counts, String problem) {
    }

    /** A note as parsed with its settings, and what that was made from. */
    /** @param sinceLast what changed since the meeting before, null for none */
    private record Parsed(String fingerprint, Map<String, String> pictures, Settings settings, Report report, String problem,
                          io.weeklyreport.series.SinceLast sinceLast) {
        Parsed(String fingerprint, Map<String, String> pictures, Settings settings, Report report, String problem) {
            this(fingerprint, pictures, settings, report, problem, null);
        }
    }

    private record Key(Path note, Format format) {
    }

    /** What was made, and from which reading of the note: it is current while that reading is. */
    private record Kept(Parsed from, Made made) {
    }

    private final Path root;
    private final Supplier<List<Inputs.Input>> notes;
    private final List<Setting.Given> options;
    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<Key, Kept> made = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final Map<RenderOptions, ReportRenderer> renderers = new ConcurrentHashMap<>();
    /** Renders and reads, each within its note's time budget; one over it is left running there, unseen. */
    private final ExecutorService work = Executors.newCachedThreadPool(new DaemonThreads("preview-render"));

    /**
     * @param root    the folder served: nothing outside it is shown
     * @param notes   the notes, as they are now
     * @param options the command line's settings, over every note's weekly-report.yaml
     */
    PreviewSite(Path root, Supplier<List<Inputs.Input>> notes, List<Setting.Given> options) {
        this.root = root.toAbsolutePath().normalize();
        this.notes = notes;
        this.options = List.copyOf(options);
    }

    Path root() {
        return root;
    }

    /** The note that {@code file} is, if it is one of the notes shown. */
    Optional<Inputs.Input> note(Path file) {
        Path key = LiveNotes.key(file);
        return notes.get().stream().filter(n -> LiveNotes.key(n.file()).equals(key)).findFirst();
    }

    /** "/2023/a%20b.md": the note's path below the folder served, each segment percent-encoded. */
    String href(Inputs.Input note) {
        StringJoiner href = new StringJoiner("/", "/", "");
        for (Path part : root.relativize(LiveNotes.key(note.file()))) {
            href.add(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return href.toString();
    }

    /** "2023/a b.md": how the log and the index name a note. */
    String name(Inputs.Input note) {
        return root.relativize(LiveNotes.key(note.file())).toString();
    }

    /** The formats the note's settings ask for (formats: or -f), which the page and the index offer as downloads. */
    List<Format> downloads(Inputs.Input note) {
        Parsed p = parse(note);
        return p.settings() == null ? List.of(Format.PDF, Format.DOCX, Format.PPTX) : p.settings().get(Setting.FORMATS);
    }

    /** The note's page: its HTML, without the live-reload script (the server adds that to each response). */
    Made page(Inputs.Input note) {
        return make(note, Format.HTML);
    }

    Made download(Inputs.Input note, Format format) {
        return make(note, format);
    }

    /**
     * Makes the note's page again if what it is made from changed; true when the page is now different from the
     * one made before (a save that changes nothing tells no browser).
     */
    boolean refresh(Inputs.Input note) {
        Kept kept = made.get(new Key(LiveNotes.key(note.file()), Format.HTML));
        Made before = kept == null ? null : kept.made();
        Made now = page(note);
        return before == null || before != now && !(Arrays.equals(before.bytes(), now.bytes())
                && java.util.Objects.equals(before.problem(), now.problem()));
    }

    /** Templates, fonts or settings changed: renderers made with the old ones, and what they made, are stale. */
    void forgetRenderers() {
        renderers.clear();
        made.clear();
        parsed.clear();
    }

    /** The index's rows: newest first (by the note's date), undated notes last, in natural order. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Inputs.Input note : notes.get()) {
            Parsed p = parse(note);
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            String title = note.file().getFileName().toString();
            LocalDate date = null;
            LocalDate endDate = null;
            String language = "";
            if (p.report() != null) {
                for (Item item : p.report().allItems()) {
                    if (item.status().isKnown()) {
                        counts.merge(item.status().status(), 1, Integer::sum);
                    }
                }
                title = p.report().metadata().title();
                date = p.report().metadata().date();
                endDate = p.report().metadata().isPeriod() ? p.report().metadata().endDate() : null;
                language = p.report().metadata().language().tag();
            }
            entries.add(new Entry(note, name(note), href(note), title, date, endDate, language, counts, p.problem()));
        }
        Comparator<Entry> newestFirst = Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder()));
        entries.sort(newestFirst.thenComparing(e -> e.note().file(), NaturalOrder.PATHS));
        return entries;
    }

    /** The note's output in one format, made again only when what it is made from changed; within its time budget. */
    private Made make(Inputs.Input note, Format format) {
        Key key = new Key(LiveNotes.key(note.file()), format);
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Parsed p = parse(note);
            Kept known = made.get(key);
            if (known != null && known.from() == p) {
                return known.made();
            }
            long start = System.nanoTime();
            Made fresh;
            if (p.problem() != null) {
                fresh = new Made(null, p.problem(), since(start));
            } else {
                fresh = withinBudget(note, p.settings(), () -> render(note, p, format, start),
                        problem -> new Made(null, problem, since(start)));
            }
            if (p.fingerprint() != null && (fresh.bytes() != null || p.problem() != null)) {
                made.put(key, new Kept(p, fresh));
            }
            return fresh;
        }
    }

    /**
     * Runs {@code task} within the note's time budget (--timeout, timeout:); what runs over it is left to finish
     * unseen (Java cannot stop it), and {@code failed} says so in one line.
     */
    private <T> T withinBudget(Inputs.Input note, Settings settings, Supplier<T> task, java.util.function.Function<String, T> failed) {
        Duration limit = settings.get(Setting.TIMEOUT);
        CompletableFuture<T> running = CompletableFuture.supplyAsync(task, work);
        try {
            return limit.isZero() ? running.get() : running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failed.apply(name(note) + ": stopped after " + ValueType.DURATION.shown(limit)
                    + ", its time budget (--timeout, or `timeout:` in weekly-report.yaml)");
        } catch (ExecutionException e) {
            return failed.apply(name(note) + ": " + RenderCommand.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed.apply(name(note) + ": interrupted");
        }
    }

    private Made render(Inputs.Input note, Parsed p, Format format, long start) {
        byte[][] bytes = new byte[1][];
        try {
            ReportRenderer renderer = renderer(p.settings().renderOptions());
            RenderResult result = renderer.render(RenderRequest.of(p.report()).withSinceLast(p.sinceLast())
                    .to(format, content -> bytes[0] = content, LiveNotes.key(note.file()).getParent()));
            Optional<RenderResult.Rendered> failed = result.firstFailure();
            if (failed.isPresent()) {
                return new Made(null, name(note) + ": " + failed.get().failure().getMessage(), since(start));
            }
        } catch (RenderException e) {
            return new Made(null, name(note) + ": " + e.getMessage(), since(start));
        } catch (RuntimeException | Error e) {
            return new Made(null, name(note) + ": rendering failed: " + RenderCommand.describe(e), since(start));
        }
        return new Made(bytes[0], null, since(start));
    }

    /** The note read with its settings, again only when its bytes, settings or pictures changed. */
    private Parsed parse(Inputs.Input note) {
        Path key = LiveNotes.key(note.file());
        String name = name(note);
        Settings settings;
        try {
            settings = Settings.resolve(new ConfigLookup().forNote(note.file()), options);
        } catch (SettingsException e) {
            return new Parsed(null, Map.of(), null, null, name + ": " + e.getMessage());
        }
        Fingerprints fingerprints = new Fingerprints();
        String fingerprint;
        try {
            fingerprint = fingerprints.of(note.file(), settings, Format.HTML);
        } catch (IOException | RuntimeException e) {
            fingerprint = null;   // unreadable: reading it says why, and nothing is kept
        }
        Parsed known = parsed.get(key);
        if (known != null && fingerprint != null && fingerprint.equals(known.fingerprint()) && fingerprints.unchanged(known.pictures())) {
            return known;
        }
        String madeFrom = fingerprint;
        Parsed fresh = withinBudget(note, settings, () -> read(note, settings, madeFrom, fingerprints),
                problem -> new Parsed(null, Map.of(), settings, null, problem));
        if (fresh.fingerprint() != null) {
            parsed.put(key, fresh);
        }
        return fresh;
    }

    private Parsed read(Inputs.Input note, Settings settings, String fingerprint, Fingerprints fingerprints) {
        String name = name(note);
        try {
            Report report = new NoteReader(settings).read(note.file(), InputStream.nullInputStream());
            List<String> errors = new ArrayList<>();
            for (Diagnostic d : report.diagnostics()) {
                if (d.severity() == Severity.ERROR) {
                    errors.add(CheckCommand.where(name, d) + ": error: " + d.message());
                }
            }
            if (!errors.isEmpty()) {
                return new Parsed(fingerprint, fingerprints.picturesOf(report), settings, null, String.join("\n", errors));
            }
            // The notes before it are read with it: an edit of the meeting before shows on the next request too.
            PreviousMeetings.Found since = PreviousMeetings.of(note.file(), report, settings);
            return new Parsed(fingerprint, fingerprints.filesOf(report, since.read()), settings, report, null,
                    since.sinceLast().orElse(null));
        } catch (UnreadableInputException e) {
            return new Parsed(fingerprint, Map.of(), settings, null, name + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage());
        } catch (RuntimeException | Error e) {
            return new Parsed(null, Map.of(), settings, null, name + ": cannot be read: " + RenderCommand.describe(e));
        }
    }

    private ReportRenderer renderer(RenderOptions options) throws RenderException {
        ReportRenderer known = renderers.get(options);
        if (known == null) {
            known = new ReportRenderer(options);   // one per set of options serves every thread
            ReportRenderer earlier = renderers.putIfAbsent(options, known);
            known = earlier != null ? earlier : known;
        }
        return known;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        work.shutdownNow();
    }
}
