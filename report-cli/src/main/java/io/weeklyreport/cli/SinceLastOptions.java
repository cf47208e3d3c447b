package io.weeklyreport.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Options of the "since last meeting" block (render, watch, mail); they win over `since-last:` in weekly-report.yaml. */
final class SinceLastOptions {
    @Option(names = "--since-last", negatable = true, fallbackValue = "true",
            description = "Show what changed since the meeting before (done, still open, new, dropped without a word) after "
                    + "the summary, when the note has a meeting before it (default: on; --no-since-last leaves it out).")
    Boolean sinceLast;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "The note of the meeting before, instead of the previous note (by date) of the note's folder; "
                    + "the notes of its folder before it are the history.")
    String previous;

    List<Setting.Given> given() {
        List<Optional<Setting.Given>> given = new ArrayList<>();
        given.add(Setting.Given.of(Setting.SINCE_LAST, sinceLast, sinceLast == Boolean.FALSE ? "--no-since-last" : "--since-last"));
        given.add(Setting.Given.of(Setting.PREVIOUS, previous, "--previous"));
        return given.stream().flatMap(Optional::stream).toList();
    }
}
