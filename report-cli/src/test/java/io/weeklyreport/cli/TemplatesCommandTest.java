package io.weeklyreport.cli;

import io.weeklyreport.render.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBuildTimeIndexListsEveryFileOfTheTopLevelTemplatesFolder() throws IOException {
        List<String> inFolder;
        try (Stream<Path> files = Files.list(CliRun.root().resolve("templates"))) {
            inFolder = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        assertEquals(inFolder, TemplatesCommand.builtInFiles().stream().sorted().toList());
        CliRun list = CliRun.of("templates", "list");
        assertEquals(inFolder, list.out().lines().sorted().toList());
    }

    @Test
    void exportWritesTheBuiltInFilesAsTheyAreAndAReadme() throws IOException {
        Path out = dir.resolve("my-templates");
        CliRun run = CliRun.of("templates", "export", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String name : TemplatesCommand.builtInFiles()) {
            try (InputStream in = ReportRenderer.class.getResourceAsStream("/templates/" + name)) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(out.resolve(name)), name);
            }
        }
        assertTrue(Files.readString(out.resolve("README.md")).contains("--templates"));
        assertEquals(0, Notes.temporaries(out));
    }

    /** The README must keep up with what DocumentView gives templates: every data.put("x", ...) is explained. */
    @Test
    void theReadmeExplainsEveryVariableAndFunctionTheTemplatesReceive() throws IOException {
        CliRun.of("templates", "export", dir.toString());
        String readme = Files.readString(dir.resolve("README.md"));
        Path render = CliRun.root().resolve("report-render/src/main/java/io/weeklyreport/render");

        Matcher put = Pattern.compile("data\\.put\\(\"(\\w+)\"").matcher(Files.readString(render.resolve("DocumentView.java")));
        int variables = 0;
        while (put.find()) {
            variables++;
            assertTrue(readme.contains("| `" + put.group(1) + "` |"), "README explains `" + put.group(1) + "`");
        }
        assertTrue(variables >= 13, "found the variables: " + variables);
        Matcher mail = Pattern.compile("data\\.put\\(\"(\\w+)\"").matcher(Files.readString(render.resolve("MailWriter.java")));
        while (mail.find()) {
            assertTrue(readme.contains("| `" + mail.group(1) + "` |"), "README explains the mail templates' `" + mail.group(1) + "`");
        }

        Matcher fn = Pattern.compile("\n    public \\S+(?:<[^>]+>)? (\\w+)\\(").matcher(Files.readString(render.resolve("TemplateFunctions.java")));
        while (fn.find()) {
            assertTrue(readme.contains("fn." + fn.group(1) + "("), "README explains fn." + fn.group(1));
        }
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() throws IOException {
        Path out = Files.createDirectories(dir.resolve("t"));
        Files.writeString(out.resolve("report.css"), "/* mine */");

        CliRun refused = CliRun.of("templates", "export", out.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("already has report.css; add --force"), refused.err());
        assertEquals("/* mine */", Files.readString(out.resolve("report.css")));

        assertEquals(0, CliRun.of("templates", "export", out.toString(), "--force").exitCode());
        assertFalse(Files.readString(out.resolve("report.css")).contains("/* mine */"));
    }

    @Test
    void exportedTemplatesRenderAsTheBuiltInOnes() throws IOException {
        Path templates = dir.resolve("t");
        CliRun.of("templates", "export", templates.toString());
        Path note = Notes.chinese(dir.resolve("n.md"), "模板");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html", "-o", dir.resolve("a").toString()).exitCode());
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html", "-o", dir.resolve("b").toString(),
                "--templates", templates.toString()).exitCode());
        assertEquals(Files.readString(dir.resolve("a/n.html")), Files.readString(dir.resolve("b/n.html")));
    }
}
