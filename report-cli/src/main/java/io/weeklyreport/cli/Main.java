package io.weeklyreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The weekly-report command. */
@Command(name = "weekly-report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Markdown meeting notes into a PDF handout, a PPTX deck and a DOCX report.",
        subcommands = {RenderCommand.class, CheckCommand.class, ModelCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 some input failed, 2 usage error."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in this process; used by tests too. */
    static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with its output and errors going to the given writers. */
    static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("weekly-report: internal error: " + e);
            return ExitCodes.FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: render, check or model");
    }
}
