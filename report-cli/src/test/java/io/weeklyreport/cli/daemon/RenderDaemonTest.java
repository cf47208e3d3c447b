package io.weeklyreport.cli.daemon;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The render daemon, in this JVM, talked to over its socket as the client talks to it. */
class RenderDaemonTest {
    @TempDir
    Path dir;

    private Path jar;
    private Map<String, String> env;
    private DaemonAddress address;
    private RenderDaemon daemon;
    private Thread serving;

    @BeforeEach
    void start() throws IOException {
        jar = Files.writeString(dir.resolve("weekly-report.jar"), "the build");
        Path runtime = Files.createDirectory(dir.resolve("run"));
        env = Map.of("XDG_RUNTIME_DIR", runtime.toString(), "LANG", "C.UTF-8");
        Launch launch = new Launch(jar, "0022", "version \"21\"", "/usr/bin/java", List.of());
        address = DaemonAddress.of(launch, env, Path.of("").toAbsolutePath());
        daemon = start(Duration.ofMinutes(5));
    }

    private RenderDaemon start(Duration idle) throws IOException {
        RenderDaemon d = new RenderDaemon(address, jar, idle, env);
        assertTrue(d.open(), "the address is free");
        serving = new Thread(() -> {
            try {
                d.serve();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, "test-daemon");
        serving.start();
        return d;
    }

    @AfterEach
    void stop() throws Exception {
        daemon.close();
        serving.join(TimeUnit.SECONDS.toMillis(30));
    }

    private static Path note(Path file, String title) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "# " + title + "\n\n## 时间\n\n2023/05/18 19:00~19:30\n\n## 会议内容\n\n"
                + "- 快照功能 review中 https://github.com/opencurve/curve/pull/2387\n- 待定 #12\n");
    }

    private record Answer(int code, String out, String err) {
    }

    private Answer askAs(String key, String... args) throws IOException {
        SocketChannel channel = DaemonClient.connect(address.socket());
        assertNotNull(channel, "the daemon listens");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (channel) {
            int code = DaemonClient.converse(channel, new Frames.Request(key, false, 0, List.of(args)), out, err, address.log());
            return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Answer ask(String... args) throws IOException {
        return askAs(address.key(), args);
    }

    @Test
    void itRendersWhatTheCommandLineAsksAndPassesItsOutputAndExitCode() throws IOException {
        Path note = note(dir.resolve("notes/2023-05-18.md"), "星河存储双周会");
        Answer first = ask("render", note.toString(), "-f", "pdf,docx");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("2023-05-18.md -> "), first.err());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("notes/2023-05-18.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("星河存储双周会"));
        }
        assertTrue(Files.size(dir.resolve("notes/2023-05-18.docx")) > 0);

        Answer model = ask("model", note.toString());
        assertEquals(0, model.code(), model.err());
        assertTrue(model.out().contains("\"title\" : \"星河存储双周会\"") || model.out().contains("\"title\": \"星河存储双周会\""), model.out());

        Answer wrong = ask("render", dir.resolve("missing.md").toString());
        assertEquals(1, wrong.code(), "served, and failed");
        assertTrue(wrong.err().contains("missing.md"), wrong.err());
        assertEquals(0, ask("check", note.toString()).code(), "one daemon, many commands");
    }

    /** A PDF on standard output goes in frames the client's small heap can take, and arrives whole. */
    @Test
    void aLargeStandardOutputArrivesWholeInSmallFrames() throws IOException {
        Path note = note(dir.resolve("notes/2023-05-18.md"), "标准输出");
        SocketChannel channel = DaemonClient.connect(address.socket());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> frames = new ArrayList<>();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                frames.add(len);
                out.write(b, off, len);
            }
        };
        try (channel) {
            int code = DaemonClient.converse(channel, new Frames.Request(address.key(), false, 0,
                    List.of("render", note.toString(), "-f", "pdf", "-o", "-")), counting, OutputStream.nullOutputStream(), address.log());
            assertEquals(0, code);
        }
        assertTrue(out.size() > Frames.MAX_FRAME, "a PDF larger than a frame: " + out.size());
        assertTrue(frames.stream().allMatch(n -> n <= Frames.MAX_FRAME), frames.toString());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("标准输出"));
        }
    }

    /** Standard output that cannot be written (a full disk): the command still ends in the daemon, the client says so. */
    @Test
    void aStandardOutputThatFailsIsSaidAndExitsOne() throws IOException {
        Path note = note(dir.resolve("notes/2023-05-18.md"), "满盘");
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (SocketChannel channel = DaemonClient.connect(address.socket())) {
            int code = DaemonClient.converse(channel, new Frames.Request(address.key(), false, 0, List.of("model", note.toString())),
                    full, err, address.log());
            assertEquals(1, code);
        }
        assertEquals("weekly-report: standard output could not be written (model)", err.toString(StandardCharsets.UTF_8).strip());
        assertEquals(0, ask("--version").code(), "and the daemon serves on");
    }

    @Test
    void aUserHasAtMostAFewDaemonsTheLiveOnesAreThoseHoldingTheirLock() throws IOException {
        Path folder = address.lock().getParent();
        Files.writeString(folder.resolve("ended.lock"), "");
        assertEquals(1, DaemonClient.liveDaemons(folder), "this test's daemon holds its lock; an ended one's is free");
    }

    /** The lock is the daemon's for its life, as another process sees it (a POSIX lock, which python's lockf takes too). */
    @Test
    void anotherProcessFindsTheLockHeld() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3");
        assertEquals(0, ask("--version").code());
        Process probe = new ProcessBuilder("python3", "-c",
                "import fcntl, sys\nf = open(sys.argv[1], 'r+')\ntry:\n    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\nexcept OSError:\n    sys.exit(7)\n",
                address.lock().toString()).redirectErrorStream(true).start();
        assertEquals(7, probe.waitFor(), "held: " + new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(address.lock()), "and names the daemon's process");
    }

    @Test
    void aClientOfAnotherKeyIsNotServed() throws IOException {
        assertEquals(DaemonClient.NOT_SERVED, askAs("0".repeat(64), "--version").code());
    }

    /**
     * Ctrl-C on the client in the middle of a folder: the run stops, its temporary files are gone when the daemon
     * answers, nothing is moved into place afterwards, and the daemon serves the next command.
     */
    @Test
    void aCancelledRunLeavesNoTemporaryAndNoLaterOutputAndTheDaemonLivesOn() throws Exception {
        Path notes = dir.resolve("many");
        for (int i = 0; i < 60; i++) {
            note(notes.resolve(String.format("%03d.md", i)), "笔记 " + i);
        }
        try (SocketChannel channel = DaemonClient.connect(address.socket())) {
            DataOutputStream toDaemon = new DataOutputStream(Channels.newOutputStream(channel));
            DataInputStream fromDaemon = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            new Frames.Request(address.key(), false, 0, List.of("render", notes.toString(), "-f", "pdf", "-j", "1")).writeTo(toDaemon);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (pdfs(notes) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(DaemonClient.NOT_SERVED, ask("--version").code(), "busy: a second client runs its command itself");

            assertEquals(Frames.ACCEPTED, fromDaemon.read(), "the daemon took the command");
            toDaemon.writeByte(Frames.CANCEL);
            toDaemon.flush();
            StringBuilder said = new StringBuilder();
            int code = exitCode(fromDaemon, said);
            assertNotEquals(0, code);
            assertFalse(said.toString().contains("stopped") || said.toString().contains("shutting down"),
                    "after Ctrl-C nothing more reaches the terminal, as in a process of its own: " + said);
            assertEquals(0, temporaries(notes), "no temporary file once the daemon has answered");
            long written = pdfs(notes);
            assertTrue(written < 60, "stopped before the end: " + written);
            Thread.sleep(1000);
            assertEquals(written, pdfs(notes), "nothing moved into place after the stop");
        }
        Path next = note(dir.resolve("next/2023-06-01.md"), "下一次");
        assertEquals(0, ask("render", next.toString(), "-f", "pdf").code());
        assertTrue(Files.exists(dir.resolve("next/2023-06-01.pdf")));
    }

    /** A client killed mid-run (no cancel byte, the socket just closes) stops the run the same way. */
    @Test
    void aClientThatDiesStopsItsRun() throws Exception {
        Path notes = dir.resolve("many");
        for (int i = 0; i < 60; i++) {
            note(notes.resolve(String.format("%03d.md", i)), "笔记 " + i);
        }
        SocketChannel channel = DaemonClient.connect(address.socket());
        new Frames.Request(address.key(), false, 0, List.of("render", notes.toString(), "-f", "pdf", "-j", "1"))
                .writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
        while (pdfs(notes) < 2) {
            Thread.sleep(20);
        }
        channel.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Answer next = null;
        while (System.nanoTime() < deadline) {
            next = ask("--version");
            if (next.code() != DaemonClient.NOT_SERVED) {
                break;
            }
            Thread.sleep(50);
        }
        assertNotNull(next);
        assertEquals(0, next.code(), "the daemon serves again once the stopped run is over");
        assertEquals(0, temporaries(notes));
        assertTrue(pdfs(notes) < 60);
    }

    @Test
    void aRebuiltJarIsNeverServedAndEndsTheDaemon() throws Exception {
        assertEquals(0, ask("--version").code());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertEquals(DaemonClient.NOT_SERVED, ask("--version").code());
        serving.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(serving.isAlive(), "the daemon ended");
        assertTrue(daemon.endReason().contains("jar"), daemon.endReason());
        assertFalse(Files.exists(address.socket()), "and removed its socket");
    }

    @Test
    void anIdleDaemonEndsAndRemovingItsSocketEndsItToo() throws Exception {
        daemon.close();
        serving.join(TimeUnit.SECONDS.toMillis(10));
        daemon = start(Duration.ofSeconds(1));
        serving.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(serving.isAlive());
        assertTrue(daemon.endReason().startsWith("idle"), daemon.endReason());
        assertFalse(Files.exists(address.socket()));
        daemon.close();

        daemon = start(Duration.ofMinutes(5));
        Files.delete(address.socket());
        serving.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(serving.isAlive());
        assertTrue(daemon.endReason().contains("socket"), daemon.endReason());
    }

    @Test
    void oneDaemonPerAddress() throws IOException {
        try (RenderDaemon second = new RenderDaemon(address, jar, Duration.ofMinutes(1), env)) {
            assertFalse(second.open(), "the first one holds the lock");
        }
        assertEquals(0, ask("--version").code(), "and goes on serving");
    }

    /** The exit code at the end of the frames; what came as standard error meanwhile goes to {@code err}. */
    private static int exitCode(DataInputStream in, StringBuilder err) throws IOException {
        while (true) {
            int type = in.read();
            if (type == Frames.EXIT) {
                return in.readInt();
            }
            if (type == Frames.ACCEPTED) {
                continue;
            }
            assertTrue(type == Frames.OUT || type == Frames.ERR, "a frame of type " + type);
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            if (type == Frames.ERR) {
                err.append(new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private static long pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).count();
        }
    }

    private static long temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
    }
}
