package io.weeklyreport.cli;

import io.weeklyreport.render.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "The built-in templates, CSS and labels that render uses.",
        subcommands = {TemplatesCommand.Export.class, TemplatesCommand.ListFiles.class},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report templates list",
                "  weekly-report templates export my-templates/",
                "  weekly-report render notes/ --templates my-templates/"})
final class TemplatesCommand implements Runnable {
    /** The built-in set as packaged in report-render's jar, below this resource folder. */
    static final String BUILT_IN = "/templates/";
    /** The list of its files, written at build time from the top-level templates/ folder (see report-cli/pom.xml). */
    static final String INDEX = "templates.index";
    static final String README = "README.md";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: export DIR or list");
    }

    /** The built-in files that are really in the jar, in index order. */
    static List<String> builtInFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = TemplatesCommand.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IOException("the template index is missing from this build");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && ReportRenderer.class.getResource(BUILT_IN + name) != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in template files.",
            footerHeading = "%nExample:%n", footer = "  weekly-report templates list")
    static final class ListFiles implements Callable<Integer> {
        @CommandLine.ParentCommand
        TemplatesCommand parent;

        @Override
        public Integer call() throws IOException {
            Terminal terminal = ((Main) parent.spec.parent().userObject()).terminal();
            for (String name : builtInFiles()) {
                terminal.out().println(name);
            }
            terminal.out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the built-in templates, CSS and labels into DIR, with a README.md that explains "
                    + "every variable the templates receive.",
                    "Edit them, then render with --templates DIR (or `templates: DIR` in weekly-report.yaml): "
                            + "files in DIR win, the others stay built-in, so you may delete what you do not change."},
            footerHeading = "%nExamples:%n",
            footer = {"  weekly-report templates export my-templates/",
                    "  weekly-report templates export my-templates/ --force  # overwrite"})
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The folder to write into (created if missing).")
        Path dir;

        @Option(names = "--force", description = "Overwrite files that are already there.")
        boolean force;

        @CommandLine.ParentCommand
        TemplatesCommand parent;

        @Override
        public Integer call() throws Exception {
            Terminal terminal = ((Main) parent.spec.parent().userObject()).terminal();
            List<String> names = new ArrayList<>(builtInFiles());
            names.remove(README);
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                terminal.err().println("weekly-report: " + dir + " is a file, not a folder");
                return ExitCodes.FAILED;
            }
            List<String> all = new ArrayList<>(names);
            all.add(README);
            List<String> existing = all.stream().filter(n -> Files.exists(dir.resolve(n))).toList();
            if (!existing.isEmpty() && !force) {
                terminal.err().println("weekly-report: " + dir + " already has " + String.join(", ", existing)
                        + "; add --force to overwrite them");
                return ExitCodes.FAILED;
            }
            try (TemporaryFiles temporaries = new TemporaryFiles().cleanedUpOn(terminal.stop())) {
                AtomicOutput output = new AtomicOutput(temporaries);
                for (String name : names) {
                    Path target = dir.resolve(name);
                    output.write(target, out -> {
                        try (InputStream in = ReportRenderer.class.getResourceAsStream(BUILT_IN + name)) {
                            in.transferTo(out);
                        }
                    });
                }
                output.write(dir.resolve(README), out -> {
                    try (InputStream in = TemplatesCommand.class.getResourceAsStream("templates-README.md")) {
                        in.transferTo(out);
                    }
                });
            }
            terminal.err().println("wrote " + all.size() + " files to " + dir + ": " + String.join(", ", all));
            return ExitCodes.OK;
        }
    }
}
