package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.nio.file.Path;
import java.util.List;

/**
 * One note to render: the outputs to write, and those left alone because they are made from exactly what
 * they would be made from now. A job whose outputs are all up to date is skipped without parsing the note.
 *
 * @param number 1-based position in the run, for "[3/41]"
 */
record RenderJob(int number, Inputs.Input input, Settings settings, List<Target> targets, List<Target> upToDate) {
    /**
     * One output: its format and file (null for standard output), and what it is made from (null when that
     * cannot be told: standard input, an unreadable note).
     */
    record Target(Format format, Path file, String fingerprint) {
        boolean toStdout() {
            return file == null;
        }
    }

    RenderJob {
        targets = List.copyOf(targets);
        upToDate = List.copyOf(upToDate);
    }

    boolean skipped() {
        return targets.isEmpty();
    }
}
