package io.weeklyreport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as pandoc's and Marp's users expect it (issue 14, points 1 to 4). */
class ConventionsTest {
    private static final byte[] PNG_RED = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static final byte[] PNG_BLACK = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    private static void assertUsageLine(CliRun run, String says) {
        assertEquals(2, run.exitCode(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one line, not the usage: " + err);
        assertTrue(err.contains(says), "says '" + says + "': " + err);
        assertTrue(err.endsWith("--help'"), "points to --help: " + err);
    }

    private static float pageWidth(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    // 1. -o FILE

    @Test
    void dashOWithAKnownExtensionIsThatFileInThatFormat() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "一个文件");
        Path pdf = dir.resolve("handout/report.pdf");

        CliRun run = CliRun.of("render", note.toString(), "-o", pdf.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(pdf), "a file, not a folder called report.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("一个文件"));
        }
        try (var files = Files.list(dir.resolve("handout"))) {
            assertEquals(List.of("report.pdf"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(OutputState.NAME)).toList(), "only the one format");
        }
        CliRun html = CliRun.of("render", note.toString(), "-o", dir.resolve("page.HTML").toString());
        assertEquals(0, html.exitCode(), html.err());
        assertTrue(Files.readString(dir.resolve("page.HTML")).contains("一个文件"));
    }

    @Test
    void dashOWithATrailingSlashOrAnExistingFolderIsAFolder() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "文件夹");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html", "-o", dir.resolve("new.pdf") + "/").exitCode());
        assertTrue(Files.isRegularFile(dir.resolve("new.pdf/n.html")), "a name ending in / is a folder, whatever it looks like");
        Files.createDirectories(dir.resolve("old.docx"));
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html", "-o", dir.resolve("old.docx").toString()).exitCode());
        assertTrue(Files.isRegularFile(dir.resolve("old.docx/n.html")));
    }

    @Test
    void oneFileForSeveralNotesOrAnotherFormatIsAUsageError() {
        Notes.chinese(dir.resolve("notes/a.md"), "甲");
        Path b = Notes.chinese(dir.resolve("notes/b.md"), "乙");
        assertUsageLine(CliRun.of("render", dir.resolve("notes").toString(), "-o", dir.resolve("all.pdf").toString()),
                "names one file, but 2 notes were given: give -o DIR/ for several");
        assertUsageLine(CliRun.of("render", b.toString(), "-f", "docx", "-o", dir.resolve("b.pdf").toString()),
                "is a pdf file, but -f asks for docx");
        assertFalse(Files.exists(dir.resolve("all.pdf")));
        assertEquals(0, CliRun.of("render", b.toString(), "-f", "pdf", "-o", dir.resolve("b.pdf").toString()).exitCode(),
                "an -f that agrees is fine");
    }

    // 2. up to date means up to date

    @Test
    void aChangedOptionRendersAgainAndTheSameOptionsDoNot() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "纸张");
        Path pdf = dir.resolve("n.pdf");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "pdf").exitCode());
        float a4 = pageWidth(pdf);

        CliRun same = CliRun.of("render", note.toString(), "-f", "pdf");
        assertTrue(same.err().contains("up to date"), same.err());

        CliRun letter = CliRun.of("render", note.toString(), "-f", "pdf", "--page-size", "letter");
        assertFalse(letter.err().contains("up to date"), letter.err());
        assertTrue(pageWidth(pdf) > a4 + 10, "letter is wider than A4: " + pageWidth(pdf) + " vs " + a4);

        for (String[] change : new String[][] {{"--title", "新标题"}, {"--lang", "en"}, {"-M", "team:storage"}, {"--no-references"}}) {
            List<String> args = new ArrayList<>(List.of("render", note.toString(), "-f", "pdf", "--page-size", "letter"));
            args.addAll(List.of(change));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.err().contains("up to date"), String.join(" ", change) + " renders again: " + run.err());
        }
    }

    @Test
    void anEditedTemplateOrPictureRendersAgainATouchedNoteDoesNot() throws IOException {
        Path note = Notes.write(dir.resolve("n.md"), "# 图\n\n## 内容\n\n- 一项\n\n![图](p.png)\n");
        Path picture = dir.resolve("p.png");
        Files.write(picture, PNG_RED);
        Path templates = Files.createDirectories(dir.resolve("brand"));
        Files.writeString(templates.resolve("report.css"), "body { color: #111111; }");
        String[] render = {"render", note.toString(), "-f", "html", "--templates", templates.toString()};
        assertEquals(0, CliRun.of(render).exitCode());

        Files.setLastModifiedTime(note, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(CliRun.of(render).err().contains("up to date"), "a newer time alone is no change");

        Files.writeString(templates.resolve("report.css"), "body { color: #222222; }");
        CliRun css = CliRun.of(render);
        assertFalse(css.err().contains("up to date"), css.err());
        assertTrue(Files.readString(dir.resolve("n.html")).contains("#222222"));

        Files.write(picture, PNG_BLACK);
        CliRun png = CliRun.of(render);
        assertFalse(png.err().contains("up to date"), "a changed picture renders again: " + png.err());
        assertTrue(CliRun.of(render).err().contains("up to date"));
    }

    @Test
    void theFingerprintsLiveInOneSmallStateFileBesideTheOutputs() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "状态");
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html,pdf", "-o", out + "/").exitCode());
        String state = Files.readString(out.resolve(OutputState.NAME));
        assertTrue(state.contains("\"n.html\"") && state.contains("\"n.pdf\""), state);
        assertTrue(state.length() < 2000, "small: " + state.length());

        Files.delete(out.resolve("n.pdf"));
        CliRun again = CliRun.of("render", note.toString(), "-f", "html,pdf", "-o", out + "/", "-v");
        assertTrue(Files.isRegularFile(out.resolve("n.pdf")), "a deleted output is made again");
        assertTrue(again.err().contains("1 up to date"), again.err());

        Files.writeString(out.resolve(OutputState.NAME), "{ broken");
        assertEquals(0, CliRun.of("render", note.toString(), "-f", "html", "-o", out + "/").exitCode(), "a damaged state file is no error");
        assertTrue(Files.readString(out.resolve(OutputState.NAME)).contains("\"n.html\""));
    }

    // 3. errors that help

    @Test
    void aTypoIsOneLineWithAPointerToHelp() {
        assertUsageLine(CliRun.of("render", "x.md", "-f", "pfd"), "unknown format 'pfd' (did you mean 'pdf'?)");
        assertUsageLine(CliRun.of("render", "x.md", "--date", "2023-02-30"), "is no date: write YYYY-MM-DD");
        assertUsageLine(CliRun.of("render", "x.md", "--forse"), "(did you mean '--force'?)");
        assertUsageLine(CliRun.of("rendr", "x.md"), "unknown command 'rendr' (did you mean 'render'?)");
        assertUsageLine(CliRun.withStdin("# x\n".getBytes(), "render", "-"), "standard output takes one format");
        assertUsageLine(CliRun.of("check", "x.md", "--fail-on", "info"), "--fail-on");
    }

    @Test
    void aFolderRenderEndsWithAWarningsSummary() {
        for (int i = 1; i <= 3; i++) {
            Notes.write(dir.resolve("notes/n" + i + ".md"), "# 第 " + i + " 次\n\n- 一项\n");
        }
        CliRun run = CliRun.of("render", dir.resolve("notes").toString(), "-f", "html");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("3 notes: 3 rendered (3 files)"), run.err());
        assertTrue(run.err().contains("3 warnings: no date in 3 notes — run `weekly-report check`"), run.err());
    }

    @Test
    void checkStrictFailsOnWarnings() {
        Path note = Notes.write(dir.resolve("n.md"), "# 无日期\n\n- 一项\n");
        assertEquals(0, CliRun.of("check", note.toString()).exitCode());
        assertEquals(1, CliRun.of("check", note.toString(), "--strict").exitCode());
        assertEquals(1, CliRun.of("check", note.toString(), "--fail-on", "warning").exitCode());
        assertEquals(0, CliRun.of("check", note.toString(), "--fail-on", "error").exitCode());
        assertEquals(0, CliRun.of("check", Notes.chinese(dir.resolve("ok.md"), "好").toString(), "--strict").exitCode());
    }

    // 4. small conventions

    @Test
    void metadataTakesKeyColonValueAsPandocDoes() throws IOException {
        Path note = Notes.chinese(dir.resolve("n.md"), "元数据");
        CliRun run = CliRun.of("model", note.toString(), "-M", "team:storage", "-M", "room=B2", "-M", "time:19:00", "-M", "draft");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"extra\": {\"team\": \"storage\", \"room\": \"B2\", \"time\": \"19:00\", \"draft\": \"true\"}"), run.out());
    }

    @Test
    void notesOfAFolderComeInNaturalOrder() {
        for (String name : new String[] {"10.20.md", "2.25.md", "note-10.md", "note-9.md", "1.md"}) {
            Notes.chinese(dir.resolve("notes/" + name), name);
        }
        CliRun run = CliRun.of("render", dir.resolve("notes").toString(), "-f", "html", "-j", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<String> order = run.err().lines().filter(l -> l.contains(" -> ")).map(l -> l.replaceAll(".*/(\\S+)\\.md -> .*", "$1")).toList();
        assertEquals(List.of("1", "2.25", "10.20", "note-9", "note-10"), order, run.err());
    }

    @Test
    void aCommandLineThatNamesACommandBuildsThatCommandAlone() {
        Terminal t = new Terminal(java.io.InputStream.nullInputStream(), System.out, System.err, false, true);
        assertEquals(java.util.Set.of("render"), Main.commandLine(t, new String[] {"render", "a.md"}).getSubcommands().keySet());
        // help and completion describe the others; an option or a typo first needs them all to answer
        for (String first : new String[] {"help", "completion", "--help", "rendr"}) {
            assertEquals(Main.COMMANDS.size(), Main.commandLine(t, new String[] {first}).getSubcommands().size(), first);
        }
        assertTrue(CliRun.of("help", "mail").out().contains("Usage: weekly-report mail"));
        assertTrue(CliRun.of("rendr", "x.md").err().contains("did you mean 'render'?"));
        assertTrue(CliRun.of("config", "--help").out().contains("Keys of a weekly-report.yaml"), "config's own help, alone");
    }

    @Test
    void completionOffersLowerCaseValues() {
        String script = CliRun.of("completion").out();
        assertTrue(script.contains("(\"pdf\" \"docx\" \"pptx\" \"html\") # --format values"), "formats");
        assertTrue(script.contains("(\"auto\" \"always\" \"never\") # --color values"), "colour");
        assertTrue(script.contains("(\"zh\" \"en\") # --lang values"), "language");
        assertTrue(script.contains("(\"error\" \"warning\") # --fail-on values"), "severity");
        assertFalse(script.contains("\"PDF\"") || script.contains("\"AUTO\"") || script.contains("\"TEXT\""), "no enum constants");
    }

    @Test
    void everyHelpIsCurrent() {
        String config = CliRun.of("config", "--help").out();
        assertFalse(config.contains("not rendered yet"), config);
        for (String key : Setting.fileKeys()) {
            assertTrue(config.contains("  " + key), key + " in config --help");
        }
        String render = CliRun.of("render", "--help").out();
        assertFalse(render.contains("newer than its"), "up to date is no longer a question of time: " + render);
        assertTrue(render.contains("--timeout"), render);
        String top = CliRun.of("--help").out();
        assertTrue(top.contains("render notes/2026-11-19.md          # PDF, DOCX, PPTX beside it"), top);
        for (String command : new String[] {"", "render", "watch", "serve", "check", "model", "next", "track", "mail", "config",
                "completion", "templates"}) {
            String help = CliRun.of((command + " --help").strip().split(" ")).out();
            String footer = help.substring(help.indexOf("Example"));
            // picocli wraps a long line at 80 columns and starts its rest in the first column
            assertTrue(footer.lines().allMatch(l -> l.isEmpty() || l.startsWith("  ") || l.endsWith(":") || l.startsWith("Exit codes")),
                    "no example wraps: " + footer);
        }
        assertEquals(List.of(io.weeklyreport.render.Format.PDF, io.weeklyreport.render.Format.DOCX, io.weeklyreport.render.Format.PPTX),
                Setting.FORMATS.defaultValue(), "the example says what the default is");
        assertTrue(CliRun.of("check", "--help").out().contains("--strict"));
    }

    @Test
    void aTypoInAGroupOfKeysIsNamedWithTheNearestKey() {
        Notes.write(dir.resolve(ConfigFile.NAME), "fonts:\n  regualr: a.ttf\n");
        CliRun run = CliRun.of("config", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("weekly-report.yaml:1: fonts: unknown key 'regualr' (did you mean 'regular'?)"), run.err());
    }
}
