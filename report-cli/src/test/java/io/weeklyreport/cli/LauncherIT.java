package io.weeklyreport.cli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ./weekly-report launcher run as a user runs it, as a separate process. Runs in the integration-test
 * phase (failsafe), after the jar is packaged, so the launcher finds it up to date and does not rebuild.
 */
class LauncherIT {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Path launcher;
    /** Where the daemons of these tests listen (XDG_RUNTIME_DIR): their own, removed afterwards, which ends them. */
    static Path daemons;

    /** Every launcher here runs with its daemons in their own folder, ending ten seconds after their last command. */
    static ProcessBuilder withDaemons(ProcessBuilder pb) {
        return withDaemons(pb, daemons);
    }

    /** ... with the daemons in {@code runtime}: a test that must be served is not left to the limit of four daemons. */
    static ProcessBuilder withDaemons(ProcessBuilder pb, Path runtime) {
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().put("WEEKLY_REPORT_DAEMON_IDLE", "10");
        return pb;
    }

    @AfterAll
    static void endTheDaemons() throws IOException {
        if (daemons != null) {
            try (Stream<Path> files = Files.walk(daemons)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);   // a daemon whose socket is gone ends within a second
                }
            }
        }
    }

    @BeforeAll
    static void findLauncher() throws IOException {
        launcher = CliRun.root().resolve("weekly-report");
        daemons = Files.createTempDirectory("wr-d");   // short: a socket path has at most about 100 bytes
        assertTrue(Files.isExecutable(launcher), launcher + " is executable");
        // the first run after a build trains the start-up cache and says so in one line: let that be
        // this one, so the tests below see what every later run prints
        try {
            Process p = withDaemons(new ProcessBuilder(launcher.toString(), "--version")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the launcher's first run ends");
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("the launcher does not start: " + e, e);
        }
    }

    private Result run(byte[] stdin, String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), stdin, args);
    }

    private Result run(java.util.Map<String, String> env, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = withDaemons(new ProcessBuilder(command)).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().putAll(env);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Result(p.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(new byte[0], args);
    }

    /**
     * The shipped jar carries poi-ooxml-lite, whose schema subset lacks types the chart needs (the overlap of stacked
     * columns): the unit tests, with poi-ooxml-full first on their class path, cannot see that. The launcher can.
     */
    @Test
    void theShippedJarDrawsTheTrackersNativeCharts() throws Exception {
        Notes.write(dir.resolve("notes/2024-03-07.md"), NextCommandTest.note("2024-03-07", "- 资源池 开发中 #7\n"));
        Notes.write(dir.resolve("notes/2024-03-21.md"), NextCommandTest.note("2024-03-21", "- 资源池 review中 #7\n"));
        Result r = run("track", "notes", "-f", "docx,pptx");
        assertEquals(0, r.exitCode(), r.err());
        for (String file : List.of("notes/tracker.docx", "notes/tracker.pptx")) {
            try (var zip = new java.util.zip.ZipFile(dir.resolve(file).toFile())) {
                assertTrue(zip.stream().anyMatch(e -> e.getName().matches("(word|ppt)/charts/chart\\d+\\.xml")), file + " has a chart part");
            }
        }
    }

    @Test
    void aFailedWriteToStandardOutputExitsOneWithAMessage() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "a system with /dev/full");
        Path note = Notes.chinese(dir.resolve("n.md"), "满盘");
        Process p = withDaemons(new ProcessBuilder(launcher.toString(), "render", note.toString(), "-f", "pdf", "-o", "-"))
                .directory(dir.toFile()).redirectOutput(devFull.toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("stderr")).strip();
        assertEquals(1, p.exitValue(), err);
        assertEquals(note + ": " + RenderCommand.STDOUT_FAILED, err);
    }

    @Test
    void aRefusedReferenceDocumentIsOneLineWithoutALibrarysTrace() throws Exception {
        Path note = Notes.chinese(dir.resolve("n.md"), "实体");
        Path docx = dir.resolve("evil.docx");
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write((doctype + "<Types>&x;</Types>").getBytes(StandardCharsets.UTF_8));
        }
        Result r = run("render", note.toString(), "-f", "docx", "--reference-docx", docx.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith(note.toString()), r.err());
    }

    @Test
    void versionNamesTheCommit() throws Exception {
        Result r = run("--version");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s)weekly-report \\S+ \\(commit \\S+\\).*"), r.out());
        assertFalse(r.err().contains("building"), "the jar was already up to date: " + r.err());
    }

    @Test
    void rendersTheExampleToPdfAndHtml() throws Exception {
        Result r = run("render", CliRun.root().resolve("examples/2026-11-19.md").toString(), "-o", "out", "-f", "pdf,html");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(dir.resolve("out/2026-11-19.pdf")) > 10_000);
        assertTrue(Files.readString(dir.resolve("out/2026-11-19.html")).contains("星河存储社区双周会"));
        assertFalse(r.err().contains("WARNING"), "no JVM warnings: " + r.err());
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() throws Exception {
        Result r = run("# 管道\n\n- 一项 已合入\n".getBytes(StandardCharsets.UTF_8), "render", "-", "-f", "html");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("<h1 class=\"title\">管道</h1>"), r.out());
    }

    @Test
    void exitCodesSayWhatWentWrongInOneLine() throws Exception {
        Result missing = run("render", "nowhere.md");
        assertEquals(1, missing.exitCode());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("nowhere.md"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());

        Result usage = run("render", "x.md", "--format", "odt");
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("unknown format 'odt'"), usage.err());
    }

    /**
     * The shaded jar keeps what Jakarta Mail finds at run time (Angus's META-INF providers, mailcap, the stream
     * provider service): a draft written and sent over SMTPS to GreenMail, logging in with the password from the
     * environment variable the settings name.
     */
    @Test
    void mailWritesTheDraftAndSendsItThroughTheLauncher() throws Exception {
        GreenMail server = MailNotes.greenMail(ServerSetup.PROTOCOL_SMTPS);
        try {
            Path note = MailNotes.note(dir.resolve("notes"));
            Files.writeString(dir.resolve("notes").resolve(ConfigFile.NAME), "repo: acme/store\nmail:\n"
                    + "  from: \"王小明 <wang@example.org>\"\n  to: [team@example.org]\n  host: localhost\n"
                    + "  port: " + server.getSmtps().getPort() + "\n  security: ssl\n  user: wang\n"
                    + "  password-env: WEEKLY_REPORT_SMTP_PASSWORD\n  trust: " + MailNotes.certificate() + "\n");
            ProcessBuilder pb = withDaemons(new ProcessBuilder(launcher.toString(), "mail", note.toString(), "--send"))
                    .directory(dir.toFile()).redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
            pb.environment().put("WEEKLY_REPORT_SMTP_PASSWORD", MailNotes.PASSWORD);
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String err = Files.readString(dir.resolve("stderr"));
            assertEquals(0, p.exitValue(), err);
            assertTrue(err.contains("sent to 1 recipient"), err);
            assertFalse(err.contains("WARNING") || err.contains("Exception"), err);

            MailNotes.Eml draft = MailNotes.Eml.read(dir.resolve("notes/2023-05-18.eml"));
            assertEquals("1", draft.header("unsent"));
            assertEquals(MailNotes.TITLE, draft.header("subject"));
            assertTrue(draft.structure().startsWith("multipart/mixed[multipart/related[multipart/alternative[text/plain, text/html], image/png]"),
                    draft.structure());
            var received = server.getReceivedMessages();
            assertEquals(1, received.length);
            MailNotes.Received arrived = new MailNotes.Received(received[0]);
            assertEquals(MailNotes.TITLE, arrived.subject());
            assertEquals(List.of(MailNotes.DOCX_NAME), List.copyOf(arrived.attachments().keySet()));
            assertTrue(arrived.text("text/plain").contains("元数据缓存预热"));
        } finally {
            server.stop();
        }
    }

    /**
     * Ctrl-C in the middle of a 200-note run: the shutdown hook deletes what was being written. The run is the render
     * daemon's (a render is served by one): the client's Ctrl-C stops it there, and the client ends once the daemon
     * has removed the temporary files.
     */
    @Test
    void anInterruptedRunLeavesNoTemporaryFile() throws Exception {
        Path runtime = Files.createDirectories(daemons.resolve("interrupted"));
        Path notes = interruptedRun(runtime);
        String stopped = "served render " + notes + " -f pdf -j 2: exit ";
        long logged = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!daemonLogs(runtime).contains(stopped) && System.nanoTime() < logged) {
            Thread.sleep(50);   // the daemon logs the run after it has answered
        }
        assertTrue(daemonLogs(runtime).matches("(?s).*" + java.util.regex.Pattern.quote(stopped) + "\\d+ in [0-9.]+ s \\(stopped by its client\\).*"),
                "the run was the daemon's, stopped there: " + daemonLogs(runtime));
    }

    /**
     * The same when no daemon may serve it (here: the socket folder is not private, so none is started): the client
     * runs the command in a process of its own, and passes Ctrl-C on to it.
     */
    @Test
    void anInterruptedRunThatNoDaemonMayServeLeavesNoTemporaryFileEither() throws Exception {
        Path runtime = Files.createDirectories(daemons.resolve("not-private"));
        Files.createDirectories(runtime.resolve("weekly-report"));
        Files.setPosixFilePermissions(runtime.resolve("weekly-report"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        interruptedRun(runtime);
        try (Stream<Path> files = Files.list(runtime.resolve("weekly-report"))) {
            assertEquals(List.of(), files.toList(), "no daemon, no socket");
        }
    }

    /** Renders 200 notes, Ctrl-C after the third: non-zero exit, fewer than 200 PDFs, no temporary file; the folder. */
    private Path interruptedRun(Path runtime) throws Exception {
        Path notes = dir.resolve("notes");
        for (int i = 0; i < 200; i++) {
            Notes.chinese(notes.resolve(String.format("%03d.md", i)), "笔记 " + i);
        }
        // as from a terminal: started in the background (CI), the run would inherit an ignored SIGINT
        Process p = withDaemons(new ProcessBuilder(CliRun.asOnATerminal(List.of(launcher.toString(), "render", notes.toString(), "-f", "pdf", "-j", "2"))), runtime)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (pdfs(notes) < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "still rendering when interrupted: " + Files.readString(dir.resolve("log")));
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));

        assertNotEquals(0, p.exitValue());
        assertTrue(pdfs(notes) < 200, "interrupted before the end");
        assertEquals(0, Notes.temporaries(notes), "temporaries left: " + Files.readString(dir.resolve("log")));
        return notes;
    }

    /** What the daemons with their sockets in {@code runtime} have logged, one after the other. */
    private static String daemonLogs(Path runtime) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(runtime.resolve("weekly-report"))) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                sb.append("== ").append(log.getFileName()).append('\n');
                sb.append(Files.readString(log));
            }
        }
        return sb.toString();
    }

    private static long pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
    }

    /**
     * A render after the first is served by the daemon the first one started (its log says so), and writes what a
     * render in a process of its own writes; WEEKLY_REPORT_DAEMON=off runs it here.
     */
    @Test
    void aSecondRenderIsServedByTheDaemonAndWritesWhatARenderOfItsOwnWrites() throws Exception {
        Path note = Notes.chinese(dir.resolve("n.md"), "常驻进程");
        Path runtime = Files.createDirectories(daemons.resolve("second"));   // not left to the limit of four daemons
        java.util.Map<String, String> env = java.util.Map.of("XDG_RUNTIME_DIR", runtime.toString());
        Result first = run(env, new byte[0], "render", note.toString(), "-o", "a/", "-f", "pdf,docx");
        assertEquals(0, first.exitCode(), first.err());
        Result second = run(env, new byte[0], "render", note.toString(), "-o", "b/", "-f", "pdf,docx");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(note + " -> b/n.pdf, b/n.docx", second.err().strip());
        Result own = run(java.util.Map.of("WEEKLY_REPORT_DAEMON", "off", "XDG_RUNTIME_DIR", runtime.toString()), new byte[0],
                "render", note.toString(), "-o", "c/", "-f", "pdf,docx");
        assertEquals(0, own.exitCode(), own.err());
        assertEquals(note + " -> c/n.pdf, c/n.docx", own.err().strip());

        String served = daemonLogs(runtime);
        assertTrue(served.contains("served render " + note + " -o a/ -f pdf,docx: exit 0"), served);
        assertTrue(served.contains("served render " + note + " -o b/ -f pdf,docx: exit 0"), served);
        assertFalse(served.contains("-o c/"), "off means a process of its own: " + served);

        assertEquals(pdfText(dir.resolve("c/n.pdf")), pdfText(dir.resolve("b/n.pdf")));
        assertTrue(pdfText(dir.resolve("b/n.pdf")).contains("常驻进程"));
        assertEquals(entry(dir.resolve("c/n.docx"), "word/document.xml"), entry(dir.resolve("b/n.docx"), "word/document.xml"));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    private static String entry(Path zip, String name) throws IOException {
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
