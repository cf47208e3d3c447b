package io.weeklyreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;

/** The weekly-report command. */
@Command(name = "weekly-report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Markdown meeting notes into a PDF handout, a PPTX deck and a DOCX report.",
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report render notes/2026-11-19.md          # PDF, DOCX, PPTX beside it",
                "  weekly-report render notes/ -o out/ -f pdf,html   # a whole folder",
                "  weekly-report render notes/a.md -o a.pdf          # one file, format by name",
                "  weekly-report watch notes/                        # render on every save",
                "  weekly-report serve notes/                        # browser preview, live",
                "  weekly-report check notes/ --strict               # exit 1 on warnings too",
                "  weekly-report model notes/2026-11-19.md           # the parsed report as JSON",
                "  weekly-report next notes/2026-11-19.md            # the next meeting's draft",
                "  weekly-report track notes/ -f json                # items across notes",
                "  weekly-report mail notes/2026-11-19.md            # an e-mail draft (.eml)",
                "  weekly-report config notes/                       # settings, and their origin",
                "  weekly-report templates export my-templates/      # to customise",
                "  source <(weekly-report completion)                # bash/zsh completion",
                "",
                "Exit codes: 0 ok, 1 some input failed, 2 the command line was wrong."})
public final class Main implements Runnable {
    /**
     * The commands, in the order --help lists them. They are not in the annotation: picocli builds a command's
     * model (by reflection over all its options) when it is added, which for all of them took a third of a
     * cold {@code --version}; a command line that names one gets that one alone (see {@link #commandLine}).
     */
    static final List<Class<?>> COMMANDS = List.of(RenderCommand.class, WatchCommand.class, ServeCommand.class,
            CheckCommand.class, ModelCommand.class, NextCommand.class, TrackCommand.class, MailCommand.class,
            ConfigCommand.class, TemplatesCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);
    /** Commands that need the others beside them: help describes them, completion writes them all. */
    private static final List<Class<?>> NEED_ALL = List.of(CompletionCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Main(Terminal terminal) {
        this.terminal = terminal;
    }

    /** For picocli-codegen's man page generator, which instantiates the command itself. */
    public Main() {
        this(Terminal.system());
    }

    public static void main(String[] args) {
        // The libraries below us (POI's 38-line XMLHelper trace for a refused reference document, Flying Saucer on
        // a bad image) log through SLF4J into report-render's LibraryLog, which turns warnings into one-line render
        // warnings and prints nothing itself.
        System.exit(run(Terminal.system(), args));
    }

    /** Runs the command line in this process, against the given terminal; used by the render daemon and tests. */
    public static int run(Terminal terminal, String... args) {
        int code;
        try {
            code = commandLine(terminal, args).execute(args);
        } catch (Throwable e) {
            // picocli hands Exceptions to the handler above; an Error (a StackOverflowError deep in a library)
            // comes through here, and must still be one line, not a thousand
            terminal.err().println("weekly-report: " + RenderCommand.describe(e));
            code = ExitCodes.FAILED;
        }
        terminal.out().flush();
        if (terminal.out().checkError() && code == ExitCodes.OK) {   // render has said so for its note already
            terminal.err().println("weekly-report: " + RenderCommand.STDOUT_FAILED);
            code = Math.max(code, ExitCodes.FAILED);
        }
        return code;
    }

    Terminal terminal() {
        return terminal;
    }

    /** The whole command line, every command in it (for help, completion, the man pages). */
    static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, new String[0]);
    }

    /**
     * The command line for {@code args}: when they begin with a command's name, that command alone (the others
     * are never reached); else every command, so that --help lists them and a mistyped one finds its near name.
     */
    static CommandLine commandLine(Terminal terminal, String[] args) {
        CommandLine cli = new CommandLine(new Main(terminal));
        Class<?> named = args.length == 0 ? null : COMMANDS.stream().filter(c -> !NEED_ALL.contains(c))
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> command : COMMANDS) {
            if (named == null || command == named) {
                // its own CommandLine, as picocli makes one for an annotated subcommand: its model transformer
                // (config's keys in its help) runs
                cli.addSubcommand(new CommandLine(command));
            }
        }
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.interactive() && !terminal.noColor() ? Ansi.ON : Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // -V on any command prints the version, not only on the top-level one.
        VersionProvider version = new VersionProvider();
        cli.getSubcommands().values().forEach(sub -> setVersion(sub, version));
        // Bad input or a bug must never end in a stack trace: one line, exit 1.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("weekly-report: " + RenderCommand.describe(e));
            return ExitCodes.FAILED;
        });
        cli.setParameterExceptionHandler(Main::usageError);
        return cli;
    }

    /**
     * A mistake on the command line: one line that says what is wrong and where to read more, not the whole
     * usage (which buries the one line that matters); exit 2.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        String message = e.getMessage() == null ? "the command line is wrong" : e.getMessage().strip().lines().findFirst().orElse("");
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            List<String> known = new ArrayList<>(command.getCommandSpec().optionsMap().keySet());
            known.addAll(command.getSubcommands().keySet());
            String near = Suggestion.of(typed, known);
            if (!typed.startsWith("-") && !command.getSubcommands().isEmpty() && command.getCommandSpec().positionalParameters().isEmpty()) {
                message = "unknown command '" + typed + "'";
            }
            if (near.isEmpty() && !unmatched.getSuggestions().isEmpty()) {
                near = " (did you mean " + String.join(" or ", unmatched.getSuggestions().stream().limit(3).toList()) + "?)";
            }
            message = message.replaceFirst("\\.?$", "") + near;
        }
        command.getErr().println(name + ": " + message + "; see '" + name + " --help'");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static void setVersion(CommandLine command, VersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> setVersion(sub, version));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: render, watch, serve, check, model, next, track, mail, config, templates or completion"
                        + " (see --help)");
    }
}
