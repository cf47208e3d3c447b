package io.weeklyreport.cli;

import io.weeklyreport.model.ReportJson;
import io.weeklyreport.parser.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "model", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the parsed report as JSON: what the templates receive as `report`.",
                "Settings from weekly-report.yaml and the options below apply, as they do for render."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report model notes/2026-11-19.md | jq '.sections[].title'",
                "  cat notes.md | weekly-report model - --lang en"})
final class ModelCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "A note file, or - for standard input.")
    Path input;

    @Mixin
    NoteOptions noteOptions;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(terminal.colour(colour.when));
        try {
            Settings.resolve(List.of(), noteOptions.given());
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            Settings settings = Settings.resolve(new ConfigLookup().forNote(input), noteOptions.given());
            var report = new NoteReader(settings).read(input, terminal.in());
            String json = ReportJson.write(report);
            terminal.out().print(palette.on() ? JsonColours.of(json, palette) : json);
            terminal.out().flush();
            return ExitCodes.OK;
        } catch (UnreadableInputException e) {
            terminal.err().println(palette.bad(e.describe()));
            return ExitCodes.FAILED;
        } catch (SettingsException e) {
            terminal.err().println(palette.bad(e.getMessage()));
            return ExitCodes.FAILED;
        } catch (RuntimeException | Error e) {
            String name = input.toString().equals(Inputs.STDIN) ? "<stdin>" : input.toString();
            terminal.err().println(palette.bad(name + ": cannot be read: " + RenderCommand.describe(e)));
            return ExitCodes.FAILED;
        }
    }
}
