package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-way flow of GUIDE.md: the model imports nothing of ours, parser and render never import each
 * other, only the CLI sees both. The series compares models and knows neither Markdown nor formats. The mail module
 * knows none of them (no Markdown, no formats, not even the model): a subject, bodies and bytes in, MIME out; only the
 * CLI sees it.
 */
class ModuleBoundariesTest {

    private static List<String> violations(String module, List<String> forbidden) throws IOException {
        Path sources = CliRun.root().resolve(module).resolve("src/main/java");
        assertTrue(Files.isDirectory(sources), sources + " exists");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String l = line.strip();
                    for (String pkg : forbidden) {
                        if ((l.startsWith("import " + pkg) || l.startsWith("import static " + pkg) || l.contains(" " + pkg + "."))
                                && !l.startsWith("//") && !l.startsWith("*")) {
                            found.add(sources.relativize(file) + ": " + l);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theModelImportsNothingOfOursNorAnyLibrary() throws IOException {
        assertEquals(List.of(), violations("report-model",
                List.of("io.weeklyreport.parser", "io.weeklyreport.render", "io.weeklyreport.mail", "io.weeklyreport.cli", "com.", "org.")));
    }

    @Test
    void theParserNeverImportsRenderOrCli() throws IOException {
        assertEquals(List.of(), violations("report-parser", List.of("io.weeklyreport.render", "io.weeklyreport.mail", "io.weeklyreport.cli")));
    }

    @Test
    void renderNeverImportsParserOrCli() throws IOException {
        assertEquals(List.of(), violations("report-render", List.of("io.weeklyreport.parser", "io.weeklyreport.mail", "io.weeklyreport.cli")));
    }

    @Test
    void mailKnowsNoModuleOfOursNorMarkdownNorOfficeFormats() throws IOException {
        assertEquals(List.of(), violations("report-mail", List.of("io.weeklyreport.model", "io.weeklyreport.parser",
                "io.weeklyreport.render", "io.weeklyreport.cli", "com.vladsch.flexmark", "org.apache.poi", "freemarker")));
    }

    /**
     * report-render's surface is its entry package's few types; its writers, XHTML reader, fonts and template
     * functions are public only so that its own sub-packages reach them. A module-info would say so to the
     * compiler, but the CLI ships as one shaded jar on the class path, where module boundaries do not hold,
     * and POI, Batik and Flying Saucer on the module path cost more than they give: this test holds the line.
     */
    @Test
    void otherModulesUseOnlyTheRenderersEntryTypes() throws IOException {
        List<String> surface = List.of("ReportRenderer", "RenderRequest", "RenderResult", "OutputSink", "RenderOptions",
                "RenderException", "Format", "PageSize", "MailBody", "TrackerRenderer", "TrackerRequest",
                // the one HTML escaper, which the preview's pages share with the HTML output
                "HtmlText");
        List<String> found = new ArrayList<>();
        for (String line : violations("report-cli", List.of("io.weeklyreport.render"))) {
            String type = line.replaceAll(".*io\\.weeklyreport\\.render\\.", "").replaceAll("[;.\\s].*", "");
            if (!surface.contains(type)) {
                found.add(line);
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * The renderer draws the tracker from the series' results: of our modules it sees the model and the series
     * (render -> series -> model), nothing else.
     */
    @Test
    void renderSeesOnlyTheModelAndTheSeries() throws IOException {
        List<String> ours = new ArrayList<>();
        for (String line : violations("report-render", List.of("io.weeklyreport."))) {
            if (!line.matches(".*io\\.weeklyreport\\.(model|series|render)\\..*")) {
                ours.add(line);
            }
        }
        assertEquals(List.of(), ours);
    }

    /** The renderer may draw the series' results (render -> series -> model); the series never looks back. */
    @Test
    void theSeriesImportsOnlyTheModel() throws IOException {
        assertEquals(List.of(), violations("report-series",
                List.of("io.weeklyreport.parser", "io.weeklyreport.render", "io.weeklyreport.cli", "com.", "org.")));
    }
}
