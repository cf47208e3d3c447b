package io.weeklyreport.cli;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report what the parser noticed, compiler-style (file:line:col: severity: message); exit 1 on errors.",
        footerHeading = "%nExample:%n", footer = "  weekly-report check notes/2026-11-19.md")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Note files or folders.")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NoteReader reader = new NoteReader(ParserOptions.defaults());
        boolean errors = false;
        for (Inputs.Input input : Inputs.expand(inputs)) {
            try {
                Report report = reader.read(input.file(), System.in);
                for (Diagnostic d : report.diagnostics()) {
                    out.println("%s:%d:%d: %s: %s [%s]".formatted(input.file(), d.line(), d.column(),
                            d.severity().name().toLowerCase(Locale.ROOT), d.message(), d.code()));
                    errors |= d.severity() == Severity.ERROR;
                }
            } catch (UnreadableInputException e) {
                err.println(e.describe());
                errors = true;
            }
        }
        out.flush();
        return errors ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
