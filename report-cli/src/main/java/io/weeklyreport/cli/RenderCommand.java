package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.ParsedNotes;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.RenderRequest;
import io.weeklyreport.render.RenderResult;
import io.weeklyreport.render.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render notes to PDF, DOCX, PPTX or HTML, beside each input, under -o DIR/ or to -o FILE.",
                "Folders are searched recursively for .md, .markdown and .txt files, in natural order (2.25 before 10.20). "
                        + "An output made from exactly what it would be made from now (the note, its pictures, settings, "
                        + "templates, fonts, reference documents, this version) is left alone unless --force.",
                "Settings come from weekly-report.yaml in the note's folder or a parent; options win (see `config`)."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report render notes/2026-11-19.md          # PDF, DOCX, PPTX beside it",
                "  weekly-report render notes/ -o out/ -f pdf,html  # keeps sub-folders",
                "  weekly-report render a.md -o handout/a4.pdf      # one file, format by name",
                "  weekly-report render notes/ -j 1 -v              # one by one, timed",
                "  weekly-report render a.md --lang en -M team=storage --title 'Sprint 12'",
                "  cat a.md | weekly-report render - -f html > a.html",
                "  weekly-report render a.md -f pdf -o - | lp       # to standard output"})
final class RenderCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Note files, folders, or - for standard input.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR/|FILE",
            description = "Output folder (default: beside each input): an existing folder or a name ending in /; a folder "
                    + "input keeps its sub-folders under it. A FILE ending in .pdf, .docx, .pptx or .html is that one "
                    + "output, in that format. - writes the single output to standard output.")
    String output;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    NoteOptions noteOptions;

    @Mixin
    SinceLastOptions sinceLastOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Notes rendered in parallel (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Render outputs that are up to date too.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print failures only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print every output with its time and size, and the parser's warnings.")
    boolean verbose;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<RenderOptions, ReportRenderer> renderers = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<Map<Settings, NoteReader>> readers = ThreadLocal.withInitial(HashMap::new);
    /** The notes parsed in one run (one batch of `watch`): for its outputs and as a meeting before, once. */
    private volatile ParsedNotes parsedNotes = new ParsedNotes();
    /** The notes read for the since-last blocks of one run, each once. */
    private volatile PreviousMeetings previousMeetings = new PreviousMeetings(parsedNotes);
    /** The renderers' warnings about the setup already told (a reference deck's missing layout): once a run. */
    private final java.util.Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(terminal.colour(colour.when));
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        List<Setting.Given> options = new ArrayList<>(outputOptions.given());
        options.addAll(noteOptions.given());
        options.addAll(sinceLastOptions.given());
        Settings optionsAlone = checkOptions(options);

        long stdinCount = inputs.stream().filter(p -> p.toString().equals(Inputs.STDIN)).count();
        Destination destination = Destination.of(output);
        boolean dashO = destination instanceof Destination.Stdout;
        boolean toStdout = dashO || (stdinCount > 0 && destination instanceof Destination.Beside);
        List<Inputs.Input> notes;
        try {
            notes = Inputs.expand(inputs);
        } catch (IOException e) {
            terminal.err().println(palette.bad("weekly-report: " + e.getMessage()));
            return ExitCodes.FAILED;
        }
        if (sinceLastOptions.previous != null && notes.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--previous names the meeting before one note, but "
                    + notes.size() + " notes were given: give one INPUT");
        }
        if (stdinCount > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        if (toStdout) {
            checkStdout(notes, optionsAlone, dashO, terminal);
        }
        if (destination instanceof Destination.OneFile one) {
            options.add(checkOneFile(one, notes, optionsAlone));
        }

        Progress.Detail detail = quiet ? Progress.Detail.QUIET : verbose ? Progress.Detail.VERBOSE : Progress.Detail.NORMAL;
        long start = System.nanoTime();
        List<RenderOutcome> outcomes;
        try (Progress progress = Progress.create(terminal, palette, detail, notes.size())) {
            outcomes = renderNotes(notes, destination, options, terminal, palette, progress);
        }
        return summarise(outcomes, terminal, palette, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Renders the outputs of these notes that are not up to date, at most --jobs at a time, and records what
     * each was made from. Refused notes come first, once per distinct reason. `watch` calls it for every change.
     */
    List<RenderOutcome> renderNotes(List<Inputs.Input> notes, Destination destination, List<Setting.Given> options,
                                    Terminal terminal, Palette palette, Progress progress) throws InterruptedException {
        OutputState state = new OutputState();
        Fingerprints fingerprints = new Fingerprints();
        parsedNotes = new ParsedNotes();   // notes saved since the last run are read again
        previousMeetings = new PreviousMeetings(parsedNotes);
        RenderPlan plan = RenderPlan.make(notes, destination, new ConfigLookup(), options, force, state, fingerprints);
        List<RenderOutcome> outcomes = new ArrayList<>();
        try (TemporaryFiles temporaries = new TemporaryFiles().cleanedUpOn(terminal.stop())) {
            // Refused notes are reported first (once per distinct reason: a broken config refuses a whole folder).
            Set<String> said = new LinkedHashSet<>();
            for (RenderPlan.Refusal r : plan.refusals()) {
                RenderJob job = new RenderJob(r.number(), r.input(), null, List.of(), List.of());
                RenderOutcome refused = RenderOutcome.refused(job, r.message());
                outcomes.add(refused);
                if (said.add(r.message())) {
                    progress.finished(refused);
                }
            }
            AtomicOutput output = new AtomicOutput(temporaries);
            outcomes.addAll(run(plan.jobs(), output, terminal, progress, state, fingerprints));
            try {
                state.save(output);
            } catch (Exception e) {
                // the outputs are written; without their fingerprints they only render again next time
                terminal.err().println(palette.faint("weekly-report: cannot record what the outputs were made from: " + describe(e)));
            }
        }
        return outcomes;
    }

    /** Templates, fonts or settings changed (`watch`): the renderers made with the old ones are stale. */
    void forgetRenderers() {
        renderers.clear();
    }

    /** Option values are checked once, up front, so that a mistake there is a usage error (exit 2). */
    Settings checkOptions(List<Setting.Given> options) {
        try {
            return Settings.resolve(List.of(), options);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void checkStdout(List<Inputs.Input> notes, Settings optionsAlone, boolean dashO, Terminal terminal) {
        if (notes.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), dashO
                    ? "-o - writes one note to standard output; give one INPUT, or -o DIR"
                    : "standard input (-) is rendered to standard output; give -o DIR to render other notes with it");
        }
        List<Format> formats = optionsAlone.get(Setting.FORMATS);
        if (formats.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "standard output takes one format: give -f pdf (or docx, pptx, html), or -o DIR for several");
        }
        if (terminal.interactive() && formats.get(0) != Format.HTML) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "not writing a " + formats.get(0).extension() + " file to the terminal: redirect it (> file) or give -o DIR");
        }
    }

    /** -o FILE: one note, and the file's format (an -f that says otherwise is a mistake). */
    Setting.Given checkOneFile(Destination.OneFile one, List<Inputs.Input> notes, Settings optionsAlone) {
        if (notes.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + " names one file, but "
                    + notes.size() + " notes were given: give -o DIR/ for several");
        }
        if (outputOptions.formats != null && !optionsAlone.get(Setting.FORMATS).equals(List.of(one.format()))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + " is a " + one.format().extension()
                    + " file, but -f asks for " + String.join(",", outputOptions.formats) + ": give -o DIR/ for other formats");
        }
        return new Setting.Given(Setting.FORMATS, one.format().extension(), "-o " + output);
    }

    /**
     * Renders the jobs, at most --jobs at a time, each within its time budget. A note that runs over is
     * reported and its place given to the next note; its worker, which Java cannot stop, is left to finish
     * (or to end with the process) and never puts an output in place.
     */
    private List<RenderOutcome> run(List<RenderJob> jobList, AtomicOutput output, Terminal terminal, Progress progress,
                                    OutputState state, Fingerprints fingerprints) throws InterruptedException {
        List<RenderOutcome> outcomes = new ArrayList<>();
        Semaphore places = new Semaphore(Math.max(1, Math.min(jobs, jobList.size())));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "render-timeout"));
        List<CompletableFuture<RenderOutcome>> results = new ArrayList<>();
        try {
            for (RenderJob job : jobList) {
                if (job.skipped()) {
                    RenderOutcome skipped = new RenderOutcome(job, Duration.ZERO, List.of(), null, List.of());
                    progress.finished(skipped);
                    outcomes.add(skipped);
                    continue;
                }
                places.acquire();
                TimeBudget budget = new TimeBudget(job.settings().get(Setting.TIMEOUT));
                CompletableFuture<RenderOutcome> result = new CompletableFuture<>();
                results.add(result);
                Thread worker = daemon(() -> {
                    RenderOutcome outcome;
                    try {
                        progress.started(job);
                        outcome = renderOne(job, output, terminal, state, fingerprints, budget);
                    } catch (Throwable e) {
                        outcome = RenderOutcome.refused(job, job.input().name() + ": " + explain(e));
                    }
                    if (budget.finish()) {
                        progress.finished(outcome);
                        result.complete(outcome);
                        places.release();
                    }
                }, "render");   // the render daemon looks for this name: a run that left one working ends it
                if (budget.limited()) {
                    watchdog.schedule(() -> {
                        if (budget.expire()) {
                            RenderOutcome late = RenderOutcome.refused(job, job.input().name() + ": stopped after "
                                    + ValueType.DURATION.shown(budget.limit()) + ", its time budget (--timeout, or `timeout:` "
                                    + "in weekly-report.yaml); nothing was written for it");
                            progress.finished(late);
                            result.complete(late);
                            places.release();
                            worker.interrupt();
                        }
                    }, budget.limit().toMillis(), TimeUnit.MILLISECONDS);
                }
                worker.start();
            }
            for (CompletableFuture<RenderOutcome> r : results) {
                try {
                    outcomes.add(r.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());   // never: every path completes with an outcome
                }
            }
        } finally {
            watchdog.shutdownNow();
        }
        return outcomes;
    }

    /** Ctrl-C must not wait for a render to finish, nor a stuck render keep the program running. */
    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private RenderOutcome renderOne(RenderJob job, AtomicOutput output, Terminal terminal, OutputState state,
                                    Fingerprints fingerprints, TimeBudget budget) {
        String name = job.input().name();
        long t0 = System.nanoTime();
        Report report;
        try {
            report = readers.get().computeIfAbsent(job.settings(), NoteReader::new).read(job.input().file(), terminal.in(), parsedNotes);
        } catch (UnreadableInputException e) {
            return RenderOutcome.refused(job, e.describe());
        } catch (RuntimeException | Error e) {
            return RenderOutcome.refused(job, name + ": cannot be read: " + explain(e));
        }
        Duration parse = Duration.ofNanos(System.nanoTime() - t0);
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                return RenderOutcome.refused(job, CheckCommand.where(name, d) + ": error: " + d.message());
            }
        }
        ReportRenderer renderer;
        try {
            renderer = renderer(job.settings().renderOptions());
        } catch (RenderException e) {
            return new RenderOutcome(job, parse, List.of(), name + ": " + e.getMessage(), report.diagnostics());
        }
        // One request for every format of the note: the document is made once, pictures checked once. Each
        // sink gets the complete file and hands it on only while the note's time budget lasts.
        boolean[] stdoutFailed = {false};
        PreviousMeetings.Found since = previousMeetings.forNote(job.input().file(), report, job.settings());
        RenderRequest request = RenderRequest.of(report).withSinceLast(since.sinceLast().orElse(null));
        for (RenderJob.Target target : job.targets()) {
            request = target.toStdout()
                    ? request.to(target.format(), bytes -> deliver(() -> budget.commit(() -> {
                        terminal.out().write(bytes);
                        terminal.out().flush();
                        stdoutFailed[0] |= terminal.out().checkError();
                    })))
                    : request.to(target.format(),
                            bytes -> deliver(() -> output.write(target.file(), out -> out.write(bytes), budget)),
                            target.file().getParent());
        }
        RenderResult result;
        try {
            result = renderer.render(request);
        } catch (RuntimeException | Error e) {
            return new RenderOutcome(job, parse, List.of(), name + ": rendering failed: " + explain(e), report.diagnostics());
        }
        List<Diagnostic> warnings = new ArrayList<>(report.diagnostics());
        warnings.addAll(since.diagnostics());
        for (Diagnostic d : result.allWarnings()) {
            // a warning about the setup (a reference deck's missing layout) is the same for every note: once a run
            if (!d.code().equals(RenderOutcome.SETUP) || told.add(d.message())) {
                warnings.add(d);
            }
        }
        List<RenderOutcome.Written> written = new ArrayList<>();
        for (int i = 0; i < result.outputs().size(); i++) {
            RenderResult.Rendered r = result.outputs().get(i);
            RenderJob.Target target = job.targets().get(i);
            if (r.failed()) {
                return new RenderOutcome(job, parse, written, name + ": " + r.failure().getMessage(), warnings);
            }
            if (target.toStdout() && stdoutFailed[0]) {
                return new RenderOutcome(job, parse, written, name + ": " + STDOUT_FAILED, warnings);
            }
            if (!target.toStdout() && target.fingerprint() != null) {
                state.record(target.file(), new OutputState.Entry(target.fingerprint(), fingerprints.filesOf(report, since.read())));
            }
            written.add(new RenderOutcome.Written(target, r.time(), r.bytes()));
        }
        return new RenderOutcome(job, parse, written, null, warnings);
    }

    /** Runs a sink's delivery (which commits under the note's time budget), failing as a sink may: with an IOException. */
    private static void deliver(TimeBudget.Commit delivery) throws IOException {
        try {
            delivery.run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(describe(e), e);
        }
    }

    /** What a failed write to standard output says; Java's PrintStream keeps the reason to itself. */
    static final String STDOUT_FAILED = "cannot write to standard output (is the disk full, or the reading end of the pipe closed?)";

    private ReportRenderer renderer(RenderOptions options) throws RenderException {
        ReportRenderer r = renderers.get(options);
        if (r == null) {
            r = new ReportRenderer(options);   // a renderer holds no report: one per set of options serves every thread
            ReportRenderer earlier = renderers.putIfAbsent(options, r);
            r = earlier != null ? earlier : r;
        }
        return r;
    }

    /** One line for an exception nobody turned into a message: its own message, else its kind. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof StackOverflowError) {
            return "nested too deeply to be followed (StackOverflowError)";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large for the memory Java was given (OutOfMemoryError; raise it with JAVA_OPTS=-Xmx4g)";
        }
        if (e instanceof IOException && message != null) {
            return message;
        }
        return message == null || message.isBlank() ? kind : kind + ": " + message.strip().lines().findFirst().orElse("");
    }

    /** With -v: the one line, then where it happened and what caused it, one short line each; never a whole trace. */
    String explain(Throwable e) {
        if (!verbose) {
            return describe(e);
        }
        StringBuilder sb = new StringBuilder(describe(e));
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != e) {
                sb.append(System.lineSeparator()).append("  caused by ").append(t.getClass().getName()).append(": ")
                        .append(String.valueOf(t.getMessage()).strip().lines().findFirst().orElse(""));
            }
            if (t.getStackTrace().length > 0) {
                sb.append(System.lineSeparator()).append("    at ").append(t.getStackTrace()[0]);
            }
        }
        return sb.toString();
    }

    /**
     * "22 warnings: no date in 22 notes, broken image in 2 notes — run `weekly-report check` for each line",
     * grouped by what they say (their code), or "" when the notes rendered had none. Each warning is printed
     * with -v; a run of many notes would bury them, so by default only their count is.
     */
    static String warningsSummary(List<RenderOutcome> outcomes) {
        Map<String, Set<Integer>> notesByCode = new java.util.TreeMap<>();
        int count = 0;
        for (RenderOutcome o : outcomes) {
            for (Diagnostic d : o.warnings()) {
                if (d.severity() == Severity.WARNING) {
                    count++;
                    notesByCode.computeIfAbsent(d.code(), c -> new java.util.HashSet<>()).add(o.job().number());
                }
            }
        }
        if (count == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        notesByCode.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(e -> parts.add(e.getKey().replace('-', ' ') + " in " + e.getValue().size()
                        + (e.getValue().size() == 1 ? " note" : " notes")));
        return count + (count == 1 ? " warning: " : " warnings: ") + String.join(", ", parts)
                + " — run `weekly-report check` for each line (or render with -v)";
    }

    private int summarise(List<RenderOutcome> outcomes, Terminal terminal, Palette palette, Duration elapsed) {
        outcomes.sort((a, b) -> Integer.compare(a.job().number(), b.job().number()));
        List<String> failedNames = new ArrayList<>();
        int rendered = 0;
        int files = 0;
        int upToDate = 0;
        for (RenderOutcome o : outcomes) {
            if (o.failed()) {
                failedNames.add(o.job().input().name());
            } else if (o.job().skipped()) {
                upToDate++;
            } else {
                rendered++;
            }
            files += o.written().size();
        }
        if (outcomes.size() > 1 && (!quiet || !failedNames.isEmpty())) {
            StringBuilder sb = new StringBuilder();
            sb.append(outcomes.size()).append(" notes: ").append(rendered).append(" rendered (")
                    .append(files).append(files == 1 ? " file)" : " files)");
            if (upToDate > 0) {
                sb.append(", ").append(upToDate).append(" up to date").append(palette.faint(" (--force renders them again)"));
            }
            if (!failedNames.isEmpty()) {
                sb.append(", ").append(palette.bad(failedNames.size() + " failed: " + String.join(", ", failedNames)));
            }
            sb.append(String.format(Locale.ROOT, " in %.1f s", elapsed.toMillis() / 1000.0));
            terminal.err().println(sb);
            String warnings = warningsSummary(outcomes);
            if (!warnings.isEmpty() && !quiet) {
                terminal.err().println(palette.severity(Severity.WARNING, warnings.substring(0, warnings.indexOf(':') + 1))
                        + warnings.substring(warnings.indexOf(':') + 1));
            }
        }
        return failedNames.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
