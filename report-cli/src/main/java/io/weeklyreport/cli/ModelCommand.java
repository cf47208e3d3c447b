package io.weeklyreport.cli;

import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Print the parsed report as JSON.",
        footerHeading = "%nExample:%n", footer = "  weekly-report model notes/2026-11-19.md | jq '.sections[].title'")
final class ModelCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "A note file, or - for standard input.")
    Path input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            var report = new NoteReader(ParserOptions.defaults()).read(input, System.in);
            spec.commandLine().getOut().println(ModelJson.write(report));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (UnreadableInputException e) {
            spec.commandLine().getErr().println(e.describe());
            return ExitCodes.FAILED;
        }
    }
}
