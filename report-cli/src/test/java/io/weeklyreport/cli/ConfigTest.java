package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** weekly-report.yaml in a note's folder or a parent sets defaults; options win; `config` tells where each came from. */
class ConfigTest {
    @TempDir
    Path dir;

    private Path config(Path folder, String yaml) {
        return Notes.write(folder.resolve(ConfigFile.NAME), yaml);
    }

    @Test
    void aParentFolderConfigSetsTheLanguageAndAnOptionWins() throws IOException {
        config(dir, "language: en\n");
        Path note = Notes.chinese(dir.resolve("2023/n.md"), "标题");

        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html").exitCode());
        assertTrue(Files.readString(dir.resolve("2023/n.html")).contains("lang=\"en-US\""));

        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html", "--lang", "zh", "--force").exitCode());
        assertTrue(Files.readString(dir.resolve("2023/n.html")).contains("lang=\"zh-CN\""));
    }

    @Test
    void theNearerConfigWinsKeyByKeyAndRootStopsTheSearch() {
        config(dir, "repo: far/away\nformats: [pdf, html]\n");
        config(dir.resolve("team"), "repo: opencurve/curve\n");
        config(dir.resolve("team/isolated"), "root: true\n");

        CliRun team = CliRun.of("config", dir.resolve("team").toString());
        assertTrue(team.out().matches("(?s).*repo\\s+opencurve/curve\\s+" + quoted(dir.resolve("team/weekly-report.yaml")) + ":1.*"), team.out());
        assertTrue(team.out().matches("(?s).*formats\\s+pdf, html\\s+" + quoted(dir.resolve("weekly-report.yaml")) + ":2.*"), team.out());

        CliRun isolated = CliRun.of("config", dir.resolve("team/isolated").toString());
        assertTrue(isolated.out().matches("(?s).*repo\\s+\\(none\\)\\s+default.*"), isolated.out());
    }

    @Test
    void configTellsWhereEachValueCameFromIncludingOptions() {
        config(dir, """
                language: zh
                title-pattern: "Curve 社区双周会 {date}"
                colors:
                  accent: "#1F5FBF"
                """);
        CliRun run = CliRun.of("config", dir.toString(), "--lang", "en", "-f", "html");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*language\\s+en\\s+--lang.*"), run.out());
        assertTrue(run.out().matches("(?s).*formats\\s+html\\s+--format.*"), run.out());
        assertTrue(run.out().matches("(?s).*title-pattern\\.zh\\s+Curve 社区双周会 \\{date}\\s+\\S*weekly-report\\.yaml:2.*"), run.out());
        assertTrue(run.out().matches("(?s).*colors\\.accent\\s+#1f5fbf\\s+\\S+:3\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*page-size\\s+A4\\s+default.*"), run.out());
    }

    @Test
    void configAsJson() throws IOException {
        config(dir, "repo: opencurve/curve\n");
        CliRun run = CliRun.of("config", dir.toString(), "--json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("opencurve/curve", json.at("/settings/repo/value").asText());
        assertTrue(json.at("/settings/repo/origin").asText().endsWith("weekly-report.yaml:1"));
    }

    @Test
    void coloursAndLogoReachTheDocument() throws IOException {
        java.nio.file.Files.write(dir.resolve("logo.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        config(dir, """
                colors:
                  accent: "#8A1538"
                  in-review: "#123456"
                logo: logo.png
                """);
        Path note = Notes.write(dir.resolve("2023-05-18.md"), "## 进展\n\n- [快照](https://github.com/o/r/pull/1) review中\n\n## 其他\n");

        CliRun run = CliRun.of("render", note.toString(), "-f", "html,pdf");

        assertEquals(0, run.exitCode(), run.err());
        String html = java.nio.file.Files.readString(dir.resolve("2023-05-18.html"));
        assertTrue(html.contains("color: #8a1538"), "the accent colour reaches the CSS");
        assertTrue(html.contains(".chip.status-in-review { color: #123456; }"), "a status colour reaches its chip");
        assertTrue(java.util.regex.Pattern.compile("<img [^>]*class=\"logo\"[^>]*src=\"data:image/png;base64,").matcher(html).find(),
                "the logo stands in the title block, inside the page");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("2023-05-18.pdf").toFile())) {
            var images = pdf.getPage(0).getResources().getXObjectNames();
            assertTrue(images.iterator().hasNext(), "the logo is drawn on the first page");
        }
    }

    @Test
    void titlePatternRepoAndStatusVocabularyReachTheParser() throws IOException {
        config(dir, """
                title-pattern: {zh: "Curve 双周会 {date}", en: "Curve biweekly {date}"}
                repo: opencurve/curve
                status-vocabulary:
                  blocked: [咕咕了]
                """);
        Path note = Notes.write(dir.resolve("2023-05-18.md"), "- 快照功能咕咕了 #2387\n");

        CliRun run = CliRun.of("model", note.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode model = new ObjectMapper().readTree(run.out());
        assertEquals("Curve 双周会 2023-05-18", model.at("/metadata/title").asText(), run.out());
        assertTrue(run.out().contains("https://github.com/opencurve/curve/issues/2387")
                || run.out().contains("https://github.com/opencurve/curve/pull/2387"), run.out());
        assertTrue(run.out().contains("\"BLOCKED\""), run.out());
    }

    @Test
    void aBrokenConfigIsOneLineWithFileAndLineAndOnlyItsNotesFail() throws IOException {
        Path bad = config(dir.resolve("bad"), "language: zh\ncolours:\n  accent: red\n");
        Notes.chinese(dir.resolve("bad/a.md"), "甲");
        Notes.chinese(dir.resolve("bad/b.md"), "乙");
        Notes.chinese(dir.resolve("good/c.md"), "丙");

        CliRun run = CliRun.of("render", dir.toString(), "-f", "html");

        assertEquals(1, run.exitCode());
        String expected = bad + ":2: unknown key 'colours' (did you mean 'colors'?)";
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("unknown key")).count(), "said once: " + run.err());
        assertTrue(Files.isRegularFile(dir.resolve("good/c.html")));
        assertFalse(Files.exists(dir.resolve("bad/a.html")));
        assertTrue(run.err().contains("2 failed"), run.err());
    }

    @Test
    void invalidYamlAndValuesNameTheLine() {
        config(dir, "language: zh\nrepo: [unclosed\n");
        CliRun yaml = CliRun.of("config", dir.toString());
        assertEquals(1, yaml.exitCode());
        assertTrue(yaml.err().matches("(?s)\\S*weekly-report\\.yaml:\\d+: not valid YAML: .*"), yaml.err());
        assertEquals(1, yaml.err().strip().lines().count(), yaml.err());

        config(dir, "language: zh\nformats: [pdf, odt]\n");
        assertTrue(CliRun.of("config", dir.toString()).err().contains("weekly-report.yaml:2: formats: unknown format 'odt'"));
        config(dir, "logo: nowhere.png\n");
        assertTrue(CliRun.of("config", dir.toString()).err().contains("weekly-report.yaml:1: logo: no such file"));
        config(dir, "colors: {accent: blue}\n");
        assertTrue(CliRun.of("config", dir.toString()).err().contains("'blue' is no colour"));
        config(dir, "status-vocabulary: [\"finished: 搞定\"]\n");
        assertTrue(CliRun.of("config", dir.toString()).err().contains("does not start with a status"));
    }

    @Test
    void pathsInAConfigAreRelativeToIt() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("brand"));
        Files.writeString(templates.resolve("report.css"), "body { color: #123456; }");
        config(dir, "templates: brand\nformats: html\n");
        Path note = Notes.chinese(dir.resolve("notes/n.md"), "品牌");

        CliRun run = CliRun.of("render", note.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(dir.resolve("notes/n.html")).contains("#123456"));
    }

    private static String quoted(Path p) {
        return java.util.regex.Pattern.quote(p.toString());
    }
}
