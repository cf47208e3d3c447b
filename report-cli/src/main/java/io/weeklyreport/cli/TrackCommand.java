package io.weeklyreport.cli;

import io.weeklyreport.series.Series;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "track", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follow every item through a series of notes: one row per tracked item (those with a PR or issue "
                + "reference, and recurring ones without) with its status at each meeting, first and last seen, meetings open, "
                + "stalled items (the same status, not done, at 3 or more meetings in a row) first; and the status counts per meeting.",
                "Folders are searched recursively, so notes/2022/ and notes/2023/ below notes/ make one series. "
                        + "A note that cannot be read is named and left out; the others are still tracked (exit 1)."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report track notes/ -f json > tracker.json",
                "  weekly-report track notes/ | jq '.items[] | select(.stalled) | .title'"})
final class TrackCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders (searched recursively) or note files: together one series.")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "json", defaultValue = "json",
            description = "json for now (the tracker as PDF, DOCX, PPTX and HTML comes later).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        if (!format.strip().toLowerCase(Locale.ROOT).equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-f " + format
                    + ": track writes json for now (the tracker as pdf, docx, pptx and html comes later)");
        }
        if (inputs.stream().anyMatch(p -> p.toString().equals(Inputs.STDIN))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "track reads a series of note files, not standard input");
        }
        List<Path> files = new ArrayList<>();
        for (Inputs.Input input : Inputs.expand(inputs)) {
            files.add(input.file());
        }
        SeriesReader.Read read = new SeriesReader(terminal.in()).read(files);
        Series series = Series.of(read.notes());
        List<String> leftOut = new ArrayList<>(read.failures());
        leftOut.addAll(series.warnings());
        leftOut.forEach(line -> terminal.err().println("weekly-report: " + line));
        if (series.meetings().isEmpty()) {
            terminal.err().println("weekly-report: no dated notes in " + String.join(", ", inputs.stream().map(Path::toString).toList())
                    + ": nothing to track");
            return ExitCodes.FAILED;
        }
        Path base = inputs.size() == 1 && Files.isDirectory(inputs.getFirst()) ? inputs.getFirst() : null;
        String json = TrackJson.write(series, base, leftOut);
        if (output == null) {
            terminal.out().println(json);
            terminal.out().flush();
        } else {
            try (TemporaryFiles temporaries = new TemporaryFiles().withShutdownHook()) {
                new AtomicOutput(temporaries).write(output, out -> out.write((json + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        }
        return read.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
