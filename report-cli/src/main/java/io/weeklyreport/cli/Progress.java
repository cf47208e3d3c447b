package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Severity;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a render run shows while it works. On a terminal with more than one note: a progress bar (done/total,
 * the note being rendered, elapsed time) with failures printed above it. Elsewhere: one plain line per note,
 * which a log file or CI output can keep. Quiet: failures only. Verbose: timings and sizes per file, and the
 * parser's warnings.
 */
abstract sealed class Progress implements AutoCloseable {
    enum Detail { QUIET, NORMAL, VERBOSE }

    final PrintStream err;
    final Palette palette;
    final Detail detail;
    final int total;

    private Progress(PrintStream err, Palette palette, Detail detail, int total) {
        this.err = err;
        this.palette = palette;
        this.detail = detail;
        this.total = total;
    }

    static Progress create(Terminal terminal, Palette palette, Detail detail, int total) {
        if (terminal.interactive() && total > 1 && detail != Detail.QUIET) {
            return new Bar(terminal.err(), palette, detail, total, terminal.columns());
        }
        return new Lines(terminal.err(), palette, detail, total);
    }

    /** A worker has started on a note. */
    abstract void started(RenderJob job);

    /** A note is done, skipped or failed. Called from worker threads. */
    abstract void finished(RenderOutcome outcome);

    @Override
    public abstract void close();

    /** The lines to print for a finished note: a failure, or (not quiet) what was written or skipped. */
    final String describe(RenderOutcome o) {
        StringBuilder sb = new StringBuilder();
        if (o.failed()) {
            sb.append(palette.bad(o.failure()));
        } else if (detail != Detail.QUIET) {
            String counter = total > 1 ? palette.faint("[" + o.job().number() + "/" + total + "] ") : "";
            RenderJob job = o.job();
            if (job.skipped()) {
                if (total > 1 && detail != Detail.VERBOSE) {
                    return "";   // the summary counts them; one line each would bury what did happen
                }
                sb.append(counter).append(job.input().name()).append(": up to date")
                        .append(palette.faint(" (--force renders it again)"));
            } else {
                StringJoiner outputs = new StringJoiner(", ");
                for (RenderOutcome.Written w : o.written()) {
                    String file = w.target().toStdout() ? "<stdout>" : w.file().toString();
                    outputs.add(detail == Detail.VERBOSE
                            ? file + palette.faint(" (" + millis(w.time()) + ", " + size(w.bytes()) + ")") : file);
                }
                sb.append(counter).append(job.input().name()).append(" -> ").append(outputs);
                if (detail == Detail.VERBOSE) {
                    sb.append(palette.faint(" · read in " + millis(o.parse())));
                    if (!job.upToDate().isEmpty()) {
                        sb.append(palette.faint(" · " + job.upToDate().size() + " up to date"));
                    }
                }
            }
        }
        for (Diagnostic d : o.warnings()) {
            if (d.code().equals(RenderOutcome.SETUP)) {
                sb.append(sb.isEmpty() ? "" : System.lineSeparator()).append(palette.severity(d.severity(), "warning"))
                        .append(": ").append(d.message());
            }
        }
        if (detail == Detail.VERBOSE) {
            appendWarnings(sb, o, palette);
        }
        return sb.toString();
    }

    /** The parser's and renderer's warnings (and notes) of a rendered note, one line each after what is in {@code sb}. */
    static void appendWarnings(StringBuilder sb, RenderOutcome o, Palette palette) {
        for (Diagnostic d : o.warnings()) {
            if (d.severity() != Severity.ERROR && !d.code().equals(RenderOutcome.SETUP)) {
                sb.append(System.lineSeparator()).append(CheckCommand.where(o.job().input().name(), d)).append(": ")
                        .append(palette.severity(d.severity(), d.severity().name().toLowerCase(Locale.ROOT)))
                        .append(": ").append(d.message());
            }
        }
    }

    static String millis(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KiB"
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** Plain lines: one per note, as they finish. */
    static final class Lines extends Progress {
        Lines(PrintStream err, Palette palette, Detail detail, int total) {
            super(err, palette, detail, total);
        }

        @Override
        void started(RenderJob job) {
        }

        @Override
        void finished(RenderOutcome outcome) {
            String text = describe(outcome);
            if (!text.isEmpty()) {
                synchronized (err) {
                    err.println(text);
                }
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /** A redrawn bar on the terminal's last line; whatever else is printed goes above it. */
    static final class Bar extends Progress {
        private static final String CLEAR_LINE = "\r\033[K";
        private final ProgressBar bar;

        /** @param columns the terminal's width if known from elsewhere (the daemon's client), else 0: the library asks */
        Bar(PrintStream err, Palette palette, Detail detail, int total, int columns) {
            super(err, palette, detail, total);
            this.bar = new ProgressBarBuilder()
                    .setTaskName("Rendering")
                    .setInitialMax(total)
                    .setStyle(palette.on() ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                    .setConsumer(columns > 0 ? new ConsoleProgressBarConsumer(err, columns - 1) : new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(200)
                    .hideEta()
                    .build();
        }

        @Override
        void started(RenderJob job) {
            bar.setExtraMessage(job.input().relative().toString());
        }

        @Override
        void finished(RenderOutcome outcome) {
            // On a terminal, successes are what the bar shows; failures and (verbose) details go above it.
            if (outcome.failed() || detail == Detail.VERBOSE) {
                String text = describe(outcome);
                synchronized (err) {
                    err.print(CLEAR_LINE + text + System.lineSeparator());
                }
            }
            bar.step();
        }

        @Override
        public void close() {
            bar.setExtraMessage("");
            bar.close();
        }
    }
}
