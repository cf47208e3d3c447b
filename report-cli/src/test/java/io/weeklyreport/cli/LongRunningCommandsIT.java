package io.weeklyreport.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `serve` and `watch` run by the ./weekly-report launcher as a user runs them, and stopped with Ctrl-C (SIGINT). A
 * process started in the background inherits an ignored SIGINT, as a shell's background job has it, so the commands
 * are started through a small python3 step that gives SIGINT its default meaning back, as a terminal would.
 */
class LongRunningCommandsIT {
    @TempDir
    Path dir;

    static Path launcher;

    @BeforeAll
    static void findLauncher() {
        launcher = CliRun.root().resolve("weekly-report");
        assertTrue(Files.isExecutable(launcher), launcher + " is executable");
    }

    /** The launcher with SIGINT as on a terminal; standard error into a file. */
    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(CliRun.asOnATerminal(command)).directory(dir.toFile()).redirectError(dir.resolve("stderr").toFile()).start();
    }

    private static void interrupt(Process p) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor());
    }

    private String err() throws IOException {
        return Files.readString(dir.resolve("stderr"));
    }

    @Test
    void serveAnswersUntilCtrlCThenStopsCleanly() throws Exception {
        Notes.chinese(dir.resolve("notes/n.md"), "进程里的预览");
        Process serve = start("serve", "notes");
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        assertTrue(address != null && address.matches("http://127\\.0\\.0\\.1:\\d+/"), "the first line is the address: " + address + err());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("进程里的预览"), index.body());
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(address + "n.md?format=pdf"))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));

        interrupt(serve);
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s of Ctrl-C: " + err());
        assertEquals(130, serve.exitValue(), "the exit of an interrupted program (128 + SIGINT): " + err());
        String err = err();
        assertTrue(err.contains("stopped serving"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no trace: " + err);
        int port = URI.create(address).getPort();
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "the port is free again");
    }

    @Test
    void watchRendersUntilCtrlCThenLeavesNoTemporaryFile() throws Exception {
        Path note = Notes.chinese(dir.resolve("n.md"), "进程里的观察");
        Process watch = start("watch", "n.md", "-f", "html");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!err().contains("watching 1 note") && System.nanoTime() < end && watch.isAlive()) {
            Thread.sleep(50);
        }
        assertTrue(err().contains("n.md -> html in "), err());
        Notes.chinese(note, "改过的观察");
        while (!Files.readString(dir.resolve("n.html")).contains("改过的观察") && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertTrue(Files.readString(dir.resolve("n.html")).contains("改过的观察"), err());

        interrupt(watch);
        assertTrue(watch.waitFor(30, TimeUnit.SECONDS), "stopped within 30 s of Ctrl-C: " + err());
        assertEquals(130, watch.exitValue(), err());
        assertTrue(err().contains("stopped watching"), err());
        assertEquals(0, Notes.temporaries(dir), "no temporary file left behind");
    }
}
