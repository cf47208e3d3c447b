package io.weeklyreport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err, byte[] outBytes) {

    static CliRun of(String... args) {
        return run(new byte[0], false, args);
    }

    /** A run with the given bytes on standard input. */
    static CliRun withStdin(byte[] stdin, String... args) {
        return run(stdin, false, args);
    }

    /** A run as if on a terminal: colour and, for several notes, the progress bar. */
    static CliRun onTerminal(String... args) {
        return run(new byte[0], true, args);
    }

    /** A run whose standard input and output are the given streams (one that fails, say); {@link #out()} is empty. */
    static CliRun withStreams(InputStream stdin, OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(stdin, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false);
        int code = Main.run(terminal, args);
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8), new byte[0]);
    }

    private static CliRun run(byte[] stdin, boolean interactive, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), interactive, false);
        int code = Main.run(terminal, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
    }

    /**
     * {@code command} started as from a terminal, where Ctrl-C (SIGINT) reaches it: a process started by a shell's
     * background job (CI, {@code nohup ... &}) inherits an ignored SIGINT, so a small python3 step gives SIGINT its
     * default meaning back before it runs the command.
     */
    static java.util.List<String> asOnATerminal(java.util.List<String> command) {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"));
        out.addAll(command);
        return out;
    }

    /** The repository's root folder (where examples/ and templates/ are). */
    static Path root() {
        String configured = System.getProperty("weeklyreport.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "examples"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("").toAbsolutePath().getParent();   // a module folder, as in an IDE run
    }

    /**
     * The shared corpus: the {@code weeklyreport.corpus} property the poms set, else the first
     * {@code shared/corpus} folder upward from the repository (../shared/corpus beside it).
     */
    static Path corpus() {
        String configured = System.getProperty("weeklyreport.corpus");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = root().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/corpus not found beside " + root());
    }
}
