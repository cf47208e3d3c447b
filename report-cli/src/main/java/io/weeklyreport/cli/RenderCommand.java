package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render notes to PDF, DOCX, PPTX or HTML, beside each input or under -o DIR.",
                "Folders are searched recursively for .md, .markdown and .txt files. An output newer than its "
                        + "note (and than the config, templates and fonts it uses) is left alone unless --force.",
                "Settings come from weekly-report.yaml in the note's folder or a parent; options win (see `config`)."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report render notes/2026-11-19.md          # beside the note",
                "  weekly-report render notes/ -o out/ -f pdf,html  # keeps sub-folders",
                "  weekly-report render notes/ -j 1 -v              # one by one, timed",
                "  weekly-report render a.md --lang en -M team=storage --title 'Sprint 12'",
                "  cat a.md | weekly-report render - -f html > a.html",
                "  weekly-report render a.md -f pdf -o - | lp       # to standard output"})
final class RenderCommand implements Callable<Integer> {
    /** The formats written when neither -f nor a config says otherwise. */
    static final String DEFAULT_FORMATS = "pdf,docx,pptx";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Note files, folders, or - for standard input.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder (default: beside each input); a folder input keeps its sub-folders under it. "
                    + "- writes the single output to standard output.")
    Path outputDir;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    NoteOptions noteOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Notes rendered in parallel (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Render even when an output is newer than its note.")
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

    /** Renderers are cheap but not known to be thread-safe: each worker thread keeps its own. */
    private final ThreadLocal<Map<RenderOptions, ReportRenderer>> renderers = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Map<Settings, NoteReader>> readers = ThreadLocal.withInitial(HashMap::new);
    /** The renderers' warnings about the setup already told (a reference deck's missing layout): once a run. */
    private final java.util.Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(terminal.colour(colour.when));
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        List<Settings.Value> options = new ArrayList<>(outputOptions.values());
        options.addAll(noteOptions.values());
        checkOptions(options);

        long stdinCount = inputs.stream().filter(p -> p.toString().equals(Inputs.STDIN)).count();
        boolean dashO = outputDir != null && outputDir.toString().equals("-");
        boolean toStdout = dashO || (stdinCount > 0 && outputDir == null);
        List<Inputs.Input> notes;
        try {
            notes = Inputs.expand(inputs);
        } catch (IOException e) {
            terminal.err().println(palette.bad("weekly-report: " + e.getMessage()));
            return ExitCodes.FAILED;
        }
        if (stdinCount > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "standard input (-) can be read only once");
        }
        if (toStdout) {
            checkStdout(notes, options, dashO, terminal);
        }

        RenderPlan plan = RenderPlan.make(notes, dashO ? null : outputDir, toStdout, new ConfigLookup(), options, force);
        Progress.Detail detail = quiet ? Progress.Detail.QUIET : verbose ? Progress.Detail.VERBOSE : Progress.Detail.NORMAL;
        long start = System.nanoTime();
        List<RenderOutcome> outcomes = new ArrayList<>();
        try (TemporaryFiles temporaries = new TemporaryFiles().withShutdownHook();
             Progress progress = Progress.create(terminal, palette, detail, notes.size())) {
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
            outcomes.addAll(run(plan.jobs(), new AtomicOutput(temporaries), terminal, progress));
        }
        return summarise(outcomes, terminal, palette, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Option values are checked once, up front, so that a mistake there is a usage error (exit 2). */
    private void checkOptions(List<Settings.Value> options) {
        try {
            Settings.resolve(List.of(), options);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void checkStdout(List<Inputs.Input> notes, List<Settings.Value> options, boolean dashO, Terminal terminal) {
        if (notes.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), dashO
                    ? "-o - writes one note to standard output; give one INPUT, or -o DIR"
                    : "standard input (-) is rendered to standard output; give -o DIR to render other notes with it");
        }
        List<Format> formats = outputOptions.formats != null ? outputOptions.formats : Settings.parseFormats(DEFAULT_FORMATS);
        if (formats.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "standard output takes one format: give -f pdf (or docx, pptx, html), or -o DIR for several");
        }
        if (terminal.interactive() && formats.get(0) != Format.HTML) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "not writing a " + formats.get(0).extension() + " file to the terminal: redirect it (> file) or give -o DIR");
        }
    }

    private List<RenderOutcome> run(List<RenderJob> jobList, AtomicOutput output, Terminal terminal, Progress progress)
            throws InterruptedException {
        List<RenderOutcome> outcomes = new ArrayList<>();
        int threads = Math.max(1, Math.min(jobs, jobList.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);   // Ctrl-C must not wait for a render to finish
            return t;
        });
        try {
            List<Future<RenderOutcome>> futures = new ArrayList<>();
            for (RenderJob job : jobList) {
                if (job.skipped()) {
                    RenderOutcome skipped = new RenderOutcome(job, Duration.ZERO, List.of(), null, List.of());
                    progress.finished(skipped);
                    outcomes.add(skipped);
                    continue;
                }
                futures.add(pool.submit(() -> {
                    progress.started(job);
                    RenderOutcome outcome = renderOne(job, output, terminal);
                    progress.finished(outcome);
                    return outcome;
                }));
            }
            for (Future<RenderOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());   // renderOne catches everything it can name
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private RenderOutcome renderOne(RenderJob job, AtomicOutput output, Terminal terminal) {
        if (job.skipped()) {
            return new RenderOutcome(job, Duration.ZERO, List.of(), null, List.of());
        }
        String name = job.input().name();
        long t0 = System.nanoTime();
        Report report;
        try {
            report = readers.get().computeIfAbsent(job.settings(), NoteReader::new).read(job.input().file(), terminal.in());
        } catch (UnreadableInputException e) {
            return RenderOutcome.refused(job, e.describe());
        } catch (RuntimeException | StackOverflowError e) {
            return RenderOutcome.refused(job, name + ": cannot be read: " + describe(e));
        }
        Duration parse = Duration.ofNanos(System.nanoTime() - t0);
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                return RenderOutcome.refused(job, CheckCommand.where(name, d) + ": error: " + d.message());
            }
        }
        List<RenderOutcome.Written> written = new ArrayList<>();
        for (RenderJob.Target target : job.targets()) {
            long t1 = System.nanoTime();
            try {
                ReportRenderer renderer = renderer(job.settings().renderOptions());
                long bytes;
                if (target.toStdout()) {
                    // Whole or nothing: a failed render must not leave half a document in a pipe either.
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    renderer.render(report, target.format(), buffer);
                    buffer.writeTo(terminal.out());
                    terminal.out().flush();
                    bytes = buffer.size();
                } else {
                    output.write(target.file(), out -> renderer.render(report, target.format(), out));
                    bytes = Files.size(target.file());
                }
                written.add(new RenderOutcome.Written(target, Duration.ofNanos(System.nanoTime() - t1), bytes));
            } catch (RenderException e) {
                return new RenderOutcome(job, parse, written, name + ": " + e.getMessage(), report.diagnostics());
            } catch (Exception | StackOverflowError e) {
                return new RenderOutcome(job, parse, written,
                        name + ": " + target.format().extension() + " failed: " + describe(e), report.diagnostics());
            }
        }
        List<Diagnostic> warnings = new ArrayList<>(report.diagnostics());
        try {
            for (String w : renderer(job.settings().renderOptions()).warnings()) {
                if (told.add(w)) {
                    warnings.add(new Diagnostic(Severity.WARNING, 0, 0, RenderOutcome.SETUP, w));
                }
            }
        } catch (RenderException e) {
            // the renderer was made above; it cannot fail now
        }
        return new RenderOutcome(job, parse, written, null, warnings);
    }

    private ReportRenderer renderer(RenderOptions options) throws RenderException {
        Map<RenderOptions, ReportRenderer> mine = renderers.get();
        ReportRenderer r = mine.get(options);
        if (r == null) {
            r = new ReportRenderer(options);
            mine.put(options, r);
        }
        return r;
    }

    /** One line for an exception nobody turned into a message: its own message, else its kind. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof IOException && message != null) {
            return message;
        }
        return message == null || message.isBlank() ? kind : kind + ": " + message.strip().lines().findFirst().orElse("");
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
        }
        return failedNames.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
