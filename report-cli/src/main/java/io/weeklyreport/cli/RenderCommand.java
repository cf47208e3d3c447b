package io.weeklyreport.cli;

import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.UnreadableInputException;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.PageSize;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderOptions;
import io.weeklyreport.render.ReportRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render notes to PDF (and DOCX, PPTX, HTML), written beside each input or under -o DIR.",
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report render notes/2026-11-19.md",
                "  weekly-report render notes/ -o out/ -f pdf,html"})
final class RenderCommand implements Callable<Integer> {
    static final String DEFAULT_FORMATS = "pdf,pptx";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Note files (.md, .markdown, .txt) or folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: beside each input).")
    Path outputDir;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = DEFAULT_FORMATS,
            description = "Formats, comma-separated: pdf, docx, pptx, html (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--templates", paramLabel = "DIR", description = "Folder whose templates, CSS and labels override the built-in ones.")
    Path templateDir;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4", description = "A4 or LETTER (default: ${DEFAULT-VALUE}).")
    PageSize pageSize;

    @Option(names = "--no-references", description = "Leave out the appendix that lists every link.")
    boolean noReferences;

    @Option(names = "--font", paramLabel = "FILE", description = "A TrueType font for body text instead of the bundled Noto Sans SC.")
    Path font;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Format> wanted = new ArrayList<>();
        for (String name : formats) {
            Format f = Format.byName(name);
            if (f == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown format '" + name + "': use pdf, docx, pptx or html");
            }
            wanted.add(f);
        }
        RenderOptions options = RenderOptions.defaults().withTemplateDir(templateDir).withPageSize(pageSize)
                .withReferences(!noReferences).withFonts(font, null);
        ReportRenderer renderer;
        try {
            renderer = new ReportRenderer(options);
        } catch (RenderException e) {
            err.println("weekly-report: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        NoteReader reader = new NoteReader(ParserOptions.defaults());
        int failed = 0;
        for (Inputs.Input input : Inputs.expand(inputs)) {
            Report report;
            try {
                report = reader.read(input.file(), System.in);
            } catch (UnreadableInputException e) {
                err.println(e.describe());
                failed++;
                continue;
            }
            for (Format format : wanted) {
                Path target = OutputPaths.target(input, outputDir, format);
                if (Files.exists(input.file()) && Files.exists(target) && Files.isSameFile(target, input.file())) {
                    err.println(input.file() + ": output " + target + " would overwrite the input; skipped");
                    failed++;
                    continue;
                }
                try {
                    AtomicOutput.write(target, o -> renderer.render(report, format, o));
                    out.println(target);
                } catch (RenderException e) {
                    err.println(input.file() + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
