package io.weeklyreport.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash and zsh: commands, options, formats and file names.",
                "Load it in the current shell with `source <(weekly-report completion)`, or install it for good as below."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(weekly-report completion)        # this shell only",
                "  weekly-report completion > \\",
                "      ~/.local/share/bash-completion/completions/weekly-report",
                "  # zsh: first `autoload -U +X bashcompinit && bashcompinit` in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // picocli writes one script for both shells: zsh runs it through its bash compatibility layer.
        String script = AutoComplete.bash("weekly-report", spec.root().commandLine());
        main.terminal().out().print(script);
        main.terminal().out().flush();
        return ExitCodes.OK;
    }
}
