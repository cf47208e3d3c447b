package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Severity;
import io.weeklyreport.parser.UnreadableInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Report what the parser noticed, compiler-style (file:line:col: severity: message [code]).",
                "Exit 1 when a note has errors or cannot be read; with --strict (--fail-on warning) on warnings too, for CI."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report check notes/2026-11-19.md",
                "  weekly-report check notes/                # every note below the folder",
                "  weekly-report check notes/ --strict       # in CI: exit 1 on warnings too",
                "  weekly-report check notes/ --format json | jq '.files[].diagnostics[]'"})
final class CheckCommand implements Callable<Integer> {
    enum OutputFormat { TEXT, JSON }

    enum FailOn { ERROR, WARNING }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Note files, folders, or - for standard input.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", completionCandidates = Candidates.CheckFormats.class,
            description = "text for people and editors (default), json for machines.")
    OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            completionCandidates = Candidates.Severities.class,
            description = "The least severity that makes the check fail (exit 1): error (default) or warning.")
    FailOn failOn;

    @Option(names = "--strict", description = "Fail on warnings too: the same as --fail-on warning.")
    boolean strict;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(format == OutputFormat.TEXT && terminal.colour(colour.when));
        PrintStream out = terminal.out();
        ConfigLookup configs = new ConfigLookup();
        List<Map<String, Object>> files = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        boolean unreadable = false;
        List<Inputs.Input> notes = Inputs.expand(inputs);
        for (Inputs.Input input : notes) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", input.name());
            files.add(file);
            try {
                Settings settings = Settings.resolve(configs.forNote(input.file()), List.of());
                Report report = new NoteReader(settings).read(input.file(), terminal.in());
                List<Map<String, Object>> found = new ArrayList<>();
                for (Diagnostic d : report.diagnostics()) {
                    errors += d.severity() == Severity.ERROR ? 1 : 0;
                    warnings += d.severity() == Severity.WARNING ? 1 : 0;
                    String severity = d.severity().name().toLowerCase(Locale.ROOT);
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("severity", severity);
                    json.put("line", d.line());
                    json.put("column", d.column());
                    json.put("code", d.code());
                    json.put("message", d.message());
                    found.add(json);
                    if (format == OutputFormat.TEXT) {
                        out.println(palette.bold(where(input.name(), d) + ":") + " "
                                + palette.severity(d.severity(), severity + ":") + " " + d.message()
                                + " " + palette.faint("[" + d.code() + "]"));
                    }
                }
                file.put("diagnostics", found);
            } catch (UnreadableInputException | SettingsException | RuntimeException | Error e) {
                // an Error too (a StackOverflowError in a library): one line for this note, and the next note is checked
                String line = e instanceof UnreadableInputException u ? u.describe()
                        : e instanceof SettingsException ? input.name() + ": " + e.getMessage()
                        : input.name() + ": cannot be read: " + RenderCommand.describe(e);
                unreadable = true;
                file.put("error", line);
                if (format == OutputFormat.TEXT) {
                    terminal.err().println(palette.bad(line));
                }
            }
        }
        if (format == OutputFormat.JSON) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("files", files);
            result.put("errors", errors);
            result.put("warnings", warnings);
            result.put("unreadable", files.stream().filter(f -> f.containsKey("error")).count());
            out.println(JSON.writeValueAsString(result));
        } else if (notes.size() > 1) {
            terminal.err().println(notes.size() + " notes: " + plural(errors, "error") + ", " + plural(warnings, "warning")
                    + (unreadable ? ", " + palette.bad("some could not be read") : ""));
        }
        out.flush();
        boolean failOnWarnings = strict || failOn == FailOn.WARNING;
        return errors > 0 || unreadable || (failOnWarnings && warnings > 0) ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "notes.md:12:3", "notes.md:12", or "notes.md" for what concerns the whole file (as compilers write it). */
    static String where(String file, Diagnostic d) {
        if (d.line() <= 0) {
            return file;
        }
        return file + ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "");
    }
}
