package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of hostile notes (issue 10), each through the command line in this process with the
 * exit code and the message a user gets: notes that used to hang the parser or crash flexmark, deep
 * nesting, control characters, a note over the size limit, bad front matter, symbolic links out of the
 * folder, reference-style images. None prints a Java class name or a stack trace.
 */
class HostileInputTest {
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    private Path note(String name, String markdown) throws IOException {
        return Files.writeString(dir.resolve(name), markdown);
    }

    private static void assertNoTrace(CliRun run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("Error:") || all.contains("\tat ")
                || all.matches("(?s).*\\b(java|com|org)\\.[a-z]+\\..*"), "no class name or trace: " + all);
    }

    /** Renders to every format; the note must come out whole in each. */
    private CliRun renderAll(Path note) {
        CliRun run = CliRun.of("render", note.toString(), "-f", "pdf,docx,pptx,html", "-o", dir.resolve("out").toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertNoTrace(run);
        return run;
    }

    private String html(Path note) throws IOException {
        String base = note.getFileName().toString().replaceFirst("\\.md$", "");
        return Files.readString(dir.resolve("out").resolve(base + ".html"));
    }

    private CliRun check(Path note) {
        CliRun run = CliRun.of("check", note.toString());
        assertNoTrace(run);
        return run;
    }

    @Test
    void theFortyEightByteNoteThatHungTheParserRenders() throws IOException {
        Path n = note("hang.md", "[a" + "\\".repeat(44) + "b\n");
        assertEquals(48, Files.size(n));
        renderAll(n);
        assertTrue(html(n).contains("[a" + "\\".repeat(22) + "b"), "the text is shown");
    }

    @Test
    void anOpenLinkLabelOfEscapesRenders() throws IOException {
        Path n = note("escapes.md", "# Plan\n\n- see [the plan" + "\\*".repeat(60) + " soon\n");
        renderAll(n);
        assertTrue(html(n).contains("*".repeat(60) + " soon"));
    }

    @Test
    void aLineThatOverflowsFlexmarksStackIsShownAsText() throws IOException {
        Path n = note("line.md", "# Notes\n\nbefore\n\n" + "* ".repeat(300_000) + "end of line\n\nafter\n");
        renderAll(n);
        String html = html(n);
        assertTrue(html.contains("before") && html.contains("end of line") && html.contains("after"));
    }

    @Test
    void tenThousandListLevelsAreFlattenedWithAWarning() throws IOException {
        Path n = note("list.md", "# Notes\n\n" + "- ".repeat(10_000) + "deepest item\n");
        renderAll(n);
        assertTrue(html(n).contains("deepest item"));
        CliRun check = check(n);
        assertEquals(0, check.exitCode());
        assertTrue(check.out().contains("list.md:3:1: warning: quotes or lists nested 10000 levels deep; the levels beyond 12"
                + " are shown at level 12 [deep-nesting]"), check.out());
    }

    @Test
    void fiveThousandQuotesAreFlattenedWithAWarning() throws IOException {
        Path n = note("quotes.md", "# Notes\n\n" + ">".repeat(5_000) + " deepest quote\n");
        renderAll(n);
        assertTrue(html(n).contains("deepest quote"));
        assertTrue(check(n).out().contains("quotes.md:3:1: warning: quotes or lists nested 5000 levels deep"), check(n).out());
    }

    @Test
    void indentedListsTwoHundredLevelsDeepAreFlattenedWithAWarning() throws IOException {
        StringBuilder md = new StringBuilder("# Notes\n\n");
        for (int i = 0; i < 200; i++) {
            md.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Path n = note("stairs.md", md.toString());
        renderAll(n);
        assertTrue(html(n).contains("level 199"));
        assertTrue(check(n).out().contains("stairs.md:15:"), "warned where the flattening starts: " + check(n).out());
    }

    @Test
    void deeplyNestedEmphasisIsFlattenedWithAWarning() throws IOException {
        Path n = note("emphasis.md", "# Notes\n\n" + "*a ".repeat(3_000) + "middle" + " b*".repeat(3_000) + "\n");
        renderAll(n);
        assertTrue(html(n).contains("middle"));
        assertTrue(check(n).out().contains("warning: emphasis, links or strikethrough nested more than 12 levels deep"), check(n).out());
    }

    @Test
    void controlCharactersAreReplacedWithAWarningNamingTheLine() throws IOException {
        Path n = note("control.md", "# Week\n\n- item\u0001 one\u0002\n- \u001b[31mred\u001b[0m\n");
        renderAll(n);
        assertTrue(html(n).contains("item\uFFFD one\uFFFD"));
        CliRun check = check(n);
        assertEquals(0, check.exitCode());
        assertTrue(check.out().contains("control.md:3:1: warning: control character U+0001 cannot be shown; it is replaced by \uFFFD"),
                check.out());
        assertTrue(check.out().contains("control.md:4:1: warning: control character U+001B"), check.out());
    }

    @Test
    void aNoteOverTheSizeLimitIsRefusedInOneLine() throws IOException {
        Path n = dir.resolve("huge.md");
        byte[] line = "- a line of a note that is far too long to be meeting notes\n".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[17 * 1024 * 1024];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = line[i % line.length];
        }
        Files.write(n, huge);
        CliRun run = CliRun.of("render", n.toString(), "-f", "pdf", "-o", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertEquals(n + ": is larger than 16 MiB; meeting notes are never that large, is it the right file?", run.err().strip());
        assertFalse(Files.exists(dir.resolve("out/huge.pdf")));

        CliRun piped = CliRun.withStdin(huge, "render", "-", "-f", "html");
        assertEquals(1, piped.exitCode());
        assertEquals("<stdin>: is larger than 16 MiB; meeting notes are never that large, is it the right file?", piped.err().strip());
        assertEquals(0, piped.outBytes().length, "nothing half-written");
    }

    @Test
    void invalidFrontMatterYamlIsAWarningWithItsLine() throws IOException {
        Path n = note("yaml.md", "---\ntitle: Weekly\ntags: [one, two\nowner: me\n---\n\n# Weekly\n\n- item\n");
        renderAll(n);
        CliRun check = check(n);
        assertEquals(0, check.exitCode());
        assertTrue(check.out().matches("(?s).*yaml\\.md:[345]:1: warning: the front matter is not valid YAML \\(.+\\);"
                + " its lines are read as plain 'key: value' pairs \\[front-matter-yaml].*"), check.out());
    }

    private static boolean docxHasPicture(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith("word/media/"));
        }
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsThePlaceholderWithAWarning() throws IOException {
        Path outside = Files.write(Files.createDirectories(dir.resolve("private")).resolve("secret.png"), PNG);
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.createSymbolicLink(notes.resolve("o.png"), outside);
        Files.createSymbolicLink(notes.resolve("linked"), outside.getParent());
        Path n = Files.writeString(notes.resolve("links.md"), "# Links\n\n![o](o.png)\n\n<img src=\"linked/secret.png\">\n");
        CliRun run = CliRun.of("render", n.toString(), "-f", "docx,html", "-o", dir.resolve("out").toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(docxHasPicture(dir.resolve("out/links.docx")), "the outside file is not embedded");
        CliRun check = check(n);
        assertTrue(check.out().contains("links.md:3:1: warning: image 'o.png' is a symbolic link to a file outside the note's folder"),
                check.out());
        assertTrue(check.out().contains("links.md:5:1: warning: image 'linked/secret.png' is a symbolic link"), check.out());
    }

    @Test
    void referenceStyleImagesAreRendered() throws IOException {
        Files.write(dir.resolve("team.png"), PNG);
        Path n = note("refs.md", "# Pictures\n\n![the team][photo]\n\n[photo]: team.png\n");
        CliRun run = CliRun.of("render", n.toString(), "-f", "docx", "-o", dir.resolve("out").toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(docxHasPicture(dir.resolve("out/refs.docx")));
    }

    @Test
    void everyHostileNoteAtOnceStillRendersTheOthers() throws IOException {
        note("a-hang.md", "[a" + "\\".repeat(44) + "b");
        note("b-control.md", "x\u0001y\n");
        note("c-good.md", "# Good\n\n- fine\n");
        CliRun run = CliRun.of("render", dir.toString(), "-f", "html", "-o", dir.resolve("out").toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        assertNoTrace(run);
        assertTrue(Arrays.stream(dir.resolve("out").toFile().list()).anyMatch(f -> f.equals("c-good.html")));
    }
}
