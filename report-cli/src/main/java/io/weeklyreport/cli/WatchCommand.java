package io.weeklyreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render notes as `render` does, then again whenever one is saved, in the same warm process, until Ctrl-C.",
                "One line per render: the note, its formats, the time it took. Saving a weekly-report.yaml, a template, "
                        + "a picture or another file the notes use renders the notes it changes; a save that changes "
                        + "nothing renders nothing. Takes render's inputs and options, but for standard input and -o -."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report watch notes/2026-11-19.md      # PDF, DOCX, PPTX on every save",
                "  weekly-report watch notes/ -o out/ -f html   # a whole folder, new notes too",
                "  weekly-report watch a.md -v                  # time per format, CPU, memory"})
final class WatchCommand implements Callable<Integer> {
    /** Render's inputs and options, read as render reads them; and its machinery, kept warm from one save to the next. */
    @Mixin
    RenderCommand render;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Terminal terminal;
    private Palette palette;
    private Destination destination;
    private List<Setting.Given> options;
    private LiveNotes live;
    /** The last failure said of each note, so that one that keeps failing is not said again on every save elsewhere. */
    private final Map<Path, String> failing = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        terminal = main.terminal();
        palette = new Palette(terminal.colour(render.colour.when));
        if (render.jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        if (render.inputs.stream().anyMatch(p -> p.toString().equals(Inputs.STDIN))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "watch reads files: standard input (-) cannot be saved again");
        }
        destination = Destination.of(render.output);
        if (destination instanceof Destination.Stdout) {
            throw new CommandLine.ParameterException(spec.commandLine(), "watch writes files: give -o DIR/ or -o FILE, not -o -");
        }
        options = new ArrayList<>(render.outputOptions.given());
        options.addAll(render.noteOptions.given());
        options.addAll(render.sinceLastOptions.given());
        Settings optionsAlone = render.checkOptions(options);
        try {
            live = new LiveNotes(render.inputs, options, this::changed);
        } catch (IOException e) {
            terminal.err().println(palette.bad("weekly-report: " + e.getMessage()));
            return ExitCodes.FAILED;
        }
        if (destination instanceof Destination.OneFile one) {
            options.add(render.checkOneFile(one, live.notes(), optionsAlone));
        }
        live.start();   // first, so that a save during the first render is not missed: it waits for it, then renders
        renderAndSay(live.notes(), null, System.nanoTime());
        int count = live.notes().size();
        terminal.err().println(palette.faint("watching " + count
                + (count == 1 ? " note and the files it uses" : " notes and the files they use") + "; Ctrl-C stops"));
        UntilStopped.await(List.of(live), () -> terminal.err().println(palette.faint("stopped watching")));
        return ExitCodes.OK;
    }

    /** On the watcher's thread, one batch at a time. */
    private void changed(LiveNotes.Change change) {
        if (change.settings()) {
            render.forgetRenderers();   // they hold the templates as they were
        }
        try {
            renderAndSay(change.notes(), change, change.since());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            terminal.err().println(palette.bad("weekly-report: " + RenderCommand.describe(e)));
        }
    }

    /**
     * Renders what is not up to date of all the notes (so that no output is claimed twice, and fingerprints decide
     * what changed), and says what was rendered, and what failed when it concerns this change or fails anew.
     */
    private synchronized void renderAndSay(List<Inputs.Input> notes, LiveNotes.Change change, long since)
            throws InterruptedException {
        Work before = Work.now();
        long start = System.nanoTime();
        List<RenderOutcome> outcomes;
        try (Progress silent = new Progress.Lines(new PrintStream(OutputStream.nullOutputStream()), palette,
                Progress.Detail.QUIET, notes.size())) {
            outcomes = render.renderNotes(notes, destination, options, terminal, palette, silent);
        }
        render.force = false;   // --force is for the first render; after it, what a save changed renders
        long end = System.nanoTime();
        Set<String> said = new HashSet<>();
        for (RenderOutcome o : outcomes) {
            Path key = LiveNotes.key(o.job().input().file());
            if (o.failed()) {
                boolean concerns = change == null || change.mayConcern(o.job().input());
                if ((concerns || !o.failure().equals(failing.get(key))) && said.add(o.failure())) {
                    terminal.err().println(palette.bad(o.failure()));
                }
                failing.put(key, o.failure());
                continue;
            }
            failing.remove(key);
            if (o.written().isEmpty()) {
                continue;   // up to date: a touch, or a save of the same text
            }
            live.ignore(o.written().stream().map(RenderOutcome.Written::file).toList());
            if (!render.quiet) {
                terminal.err().println(line(o, Duration.ofNanos(end - since), before, Duration.ofNanos(end - start)));
            }
        }
    }

    /** "2026-11-19.md -> pdf, docx, pptx in 212 ms", and with -v what that time was made of. */
    private String line(RenderOutcome o, Duration afterSave, Work before, Duration wall) {
        StringJoiner formats = new StringJoiner(", ");
        Duration total = o.parse();
        StringJoiner parts = new StringJoiner(", ", " (", ")");
        parts.add("read " + Progress.millis(o.parse()));
        for (RenderOutcome.Written w : o.written()) {
            formats.add(w.target().format().extension());
            total = total.plus(w.time());
            parts.add(w.target().format().extension() + " " + Progress.millis(w.time()));
        }
        StringBuilder sb = new StringBuilder(o.job().input().name()).append(" -> ").append(formats)
                .append(" in ").append(Progress.millis(total));
        if (render.verbose) {
            sb.append(palette.faint(parts + "; " + Progress.millis(afterSave) + " after the save, batch " + Progress.millis(wall)
                    + ", " + before.upToNow()));
            Progress.appendWarnings(sb, o, palette);
        }
        return sb.toString();
    }

    /**
     * What the process has done so far: its CPU time (all threads: rendering, garbage collection, compilation) and the
     * bytes allocated, where Java tells them. A busy machine stretches wall time; these count the work itself.
     */
    record Work(long cpuNanos, long allocated) {
        static Work now() {
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? Math.max(0, os.getProcessCpuTime()) : 0;
            long allocated = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    && threads.isThreadAllocatedMemorySupported() ? Math.max(0, threads.getTotalThreadAllocatedBytes()) : 0;
            return new Work(cpu, allocated);
        }

        /** "process CPU 620 ms, 95 MiB allocated": the work done since this was taken. */
        String upToNow() {
            Work now = now();
            return "process CPU " + Progress.millis(Duration.ofNanos(now.cpuNanos - cpuNanos)) + ", "
                    + Progress.size(now.allocated - allocated) + " allocated";
        }
    }
}
