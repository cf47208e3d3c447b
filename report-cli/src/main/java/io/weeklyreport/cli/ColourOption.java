package io.weeklyreport.cli;

import picocli.CommandLine.Option;

/** --color, shared by the commands that print for people; "auto" colours only on a terminal. */
final class ColourOption {
    enum When { AUTO, ALWAYS, NEVER }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", completionCandidates = Candidates.Colour.class,
            description = "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    When when = When.AUTO;
}
