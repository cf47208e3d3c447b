package io.weeklyreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Preview notes in the browser: an index of the notes, each note's page, and its PDF, DOCX and PPTX "
                + "made on demand. A page updates by itself within a second of its note being saved.",
                "Listens on 127.0.0.1 only, and serves nothing but the notes and pictures below FOLDER (or NOTE's folder). "
                        + "Each note's weekly-report.yaml applies, as for render. Ctrl-C stops it."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report serve notes/                # prints the address to open",
                "  weekly-report serve notes/2026-11-19.md   # one note",
                "  weekly-report serve notes/ --port 8000    # a port of your choice"})
final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "FOLDER|NOTE", description = "A folder of notes (searched recursively), or one note.")
    Path input;

    @Option(names = "--port", paramLabel = "PORT", description = "The port on 127.0.0.1 (default: any free one, printed).")
    int port;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    NoteOptions noteOptions;

    @Option(names = {"-q", "--quiet"}, description = "Print the address and failures only, not each page made again or download.")
    boolean quiet;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(terminal.colour(colour.when));
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 (any free one) to 65535");
        }
        if (input.toString().equals(Inputs.STDIN) || !Files.exists(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + ": no such folder or note");
        }
        if (!Files.isDirectory(input) && !Inputs.isNote(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + ": not a note (.md, .markdown or .txt) nor a folder");
        }
        List<Setting.Given> options = new ArrayList<>(outputOptions.given());
        options.addAll(noteOptions.given());
        try {
            Settings.resolve(List.of(), options);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(input, port, options, (line, failure) -> {
                if (failure) {
                    terminal.err().println(palette.bad(line));
                } else if (!quiet) {
                    terminal.err().println(line);
                }
            });
        } catch (BindException e) {
            terminal.err().println(palette.bad("weekly-report serve: port " + port + " on 127.0.0.1 is taken; give another "
                    + "--port, or none for any free one"));
            return ExitCodes.FAILED;
        } catch (IOException e) {
            terminal.err().println(palette.bad("weekly-report serve: " + RenderCommand.describe(e)));
            return ExitCodes.FAILED;
        }
        terminal.out().println(server.address());
        terminal.out().flush();
        terminal.err().println(palette.faint("serving " + input + " at " + server.address() + " (127.0.0.1 only); Ctrl-C stops"));
        UntilStopped.await(List.of(server), () -> terminal.err().println(palette.faint("stopped serving")));
        return ExitCodes.OK;
    }
}
