package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.nio.file.Path;
import java.util.List;

/**
 * One note to render: the outputs to write, and those left alone because they are newer than everything
 * they are made from. A job whose outputs are all up to date is skipped without reading the note.
 *
 * @param number 1-based position in the run, for "[3/41]"
 */
record RenderJob(int number, Inputs.Input input, Settings settings, List<Target> targets, List<Target> upToDate) {
    /** One output: its format and file; a null file means standard output. */
    record Target(Format format, Path file) {
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
