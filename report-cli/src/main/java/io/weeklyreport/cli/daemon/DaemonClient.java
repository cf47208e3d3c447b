package io.weeklyreport.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * What the launcher runs for a command a daemon may serve (render, check, model, next, track): a small JVM that
 * hands the command line to this user's render daemon for the same build, Java, settings, folder and environment,
 * starting one when there is none, and prints what it answers. When no daemon can serve it (one is busy, none can
 * start, the socket folder is not private), it runs the command in a process of its own, as the launcher would have.
 * Ctrl-C asks the daemon to stop the run and waits until it has removed its temporary files.
 *
 * <p>Arguments: {@code COLUMNS JAR UMASK JAVA_VERSION JAVA [JVM option ...] -- [command line ...]}.
 */
public final class DaemonClient {
    /** How long a daemon may take to listen after it was started (a JVM's start, without rendering). */
    private static final long START_MILLIS = 20_000;
    /** How long Ctrl-C waits for the daemon to stop the run and clean up. */
    private static final long CANCEL_SECONDS = 20;
    /** How long a daemon may take to accept or decline a command it was sent. */
    private static final long HANDSHAKE_MILLIS = 5_000;
    /** Daemons one user may have at once (one per folder and environment); a command beyond runs in a process of its own. */
    static final int MAX_DAEMONS = 4;
    static final int NOT_SERVED = -1;

    private DaemonClient() {
    }

    public static void main(String[] argv) {
        List<String> words = Arrays.asList(argv);
        int columns = parseColumns(words.get(0));
        Launch launch = Launch.parse(words, 1);
        List<String> args = words.subList(Launch.end(words, 1) + 1, words.size());
        int code;
        try {
            code = ask(launch, columns, args);
        } catch (Throwable e) {
            code = NOT_SERVED;   // nothing was run: the command runs here, as without a daemon
        }
        if (code == NOT_SERVED) {
            code = runHere(launch, args);
        }
        System.exit(code);
    }

    private static int parseColumns(String word) {
        try {
            return Math.max(0, Integer.parseInt(word.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The daemon's exit code for {@code args}, or NOT_SERVED. */
    static int ask(Launch launch, int columns, List<String> args) throws IOException {
        DaemonAddress address = DaemonAddress.of(launch, System.getenv(), Path.of("").toAbsolutePath());
        SocketChannel listening = connect(address.socket());
        SocketChannel channel = listening != null ? listening : start(launch, address);
        if (channel == null) {
            return NOT_SERVED;
        }
        try (channel) {
            Frames.Request request = new Frames.Request(address.key(), Consoles.interactive(), columns, args);
            return converse(channel, request, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), address.log());
        }
    }

    /** A connection to the daemon at {@code socket}, or null when none listens there. */
    static SocketChannel connect(Path socket) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // it never connected
                }
            }
            return null;
        }
    }

    /**
     * Starts a daemon for {@code address} and connects to it once it listens; null if it cannot start. The daemon is
     * put in a session of its own with SIGINT and SIGHUP ignored, so that Ctrl-C in this terminal, or closing it, stops
     * this client and never the daemon; it reads nothing and writes to its log, so that no pipe waits for it to end.
     */
    private static SocketChannel start(Launch launch, DaemonAddress address) throws IOException {
        Path folder = address.socket().getParent();
        prune(folder);
        if (liveDaemons(folder) >= MAX_DAEMONS) {
            return null;   // each holds a JVM's memory: more folders than this run in a process of their own
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "trap '' INT HUP TSTP TTIN TTOU; if command -v setsid >/dev/null 2>&1; then exec setsid \"$@\"; fi; exec \"$@\"",
                "weekly-report-daemon"));
        command.addAll(launch.daemon(address.key()));
        Process daemon = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
                .redirectErrorStream(true)
                .start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline) {
            SocketChannel channel = connect(address.socket());
            if (channel != null) {
                return channel;
            }
            if (!daemon.isAlive()) {
                if (daemon.exitValue() != 0) {
                    return null;   // it could not start (its log says why)
                }
                // exit 0: another client's daemon for this key holds the lock; it listens soon, or not at all
                deadline = Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
            }
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** How many daemons of this user's are alive: those whose lock is held. */
    static int liveDaemons(Path folder) {
        int live = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path lock : files.filter(f -> f.toString().endsWith(".lock")).toList()) {
                try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
                    FileLock held = channel.tryLock();
                    if (held == null) {
                        live++;
                    } else {
                        held.release();
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    live++;   // cannot tell: count it
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return live;
    }

    /** Removes the logs and locks of daemons that ended more than a day ago (their socket is gone). */
    static void prune(Path folder) {
        long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                boolean leftover = dot > 0 && (name.endsWith(".log") || name.endsWith(".lock"))
                        && !Files.exists(folder.resolve(name.substring(0, dot) + ".sock"));
                if (leftover && Files.getLastModifiedTime(file).toMillis() < dayAgo) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException ignored) {
            // tidying only
        }
    }

    /**
     * Sends the request and copies the daemon's output and error to {@code out} and {@code err} until its exit code;
     * NOT_SERVED if it declined before saying anything.
     */
    static int converse(SocketChannel channel, Frames.Request request, OutputStream out, OutputStream err, Path log) throws IOException {
        DataOutputStream toDaemon = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        DataInputStream fromDaemon = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        try {
            request.writeTo(toDaemon);
            if (firstFrame(channel, fromDaemon) != Frames.ACCEPTED) {
                return NOT_SERVED;
            }
        } catch (IOException declined) {
            return NOT_SERVED;   // busy, ending, or stuck: nothing has run, so the command runs here
        }
        // From here on the daemon runs the command: it is never run a second time here, whatever happens.
        CountDownLatch over = new CountDownLatch(1);
        Thread cancel = new Thread(() -> {
            try {
                synchronized (toDaemon) {
                    toDaemon.writeByte(Frames.CANCEL);
                    toDaemon.flush();
                }
                over.await(CANCEL_SECONDS, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException ignored) {
                // the daemon is gone already, or we are: nothing more to wait for
            }
        }, "weekly-report-cancel");
        Runtime.getRuntime().addShutdownHook(cancel);
        boolean outputFailed = false;
        byte[] buffer = new byte[8192];
        try {
            while (true) {
                int type = fromDaemon.read();
                switch (type) {
                    case Frames.OUT, Frames.ERR -> {
                        int length = fromDaemon.readInt();
                        if (length < 0 || length > Frames.MAX_FRAME) {
                            throw new IOException("a frame of " + length + " bytes");
                        }
                        OutputStream to = type == Frames.OUT ? out : err;
                        for (int left = length; left > 0; ) {
                            int n = fromDaemon.read(buffer, 0, Math.min(buffer.length, left));
                            if (n < 0) {
                                throw new EOFException();
                            }
                            left -= n;
                            if (type == Frames.ERR || !outputFailed) {
                                try {
                                    to.write(buffer, 0, n);
                                } catch (IOException e) {
                                    outputFailed |= type == Frames.OUT;   // a full disk, a closed pipe: read on to the end
                                }
                            }
                        }
                        try {
                            to.flush();
                        } catch (IOException e) {
                            outputFailed |= type == Frames.OUT;
                        }
                    }
                    case Frames.EXIT -> {
                        int code = fromDaemon.readInt();
                        if (outputFailed) {
                            say(err, "weekly-report: standard output could not be written (" + request.args().get(0) + ")");
                            return Math.max(code, 1);
                        }
                        return code;
                    }
                    case -1 -> throw new EOFException();
                    default -> throw new IOException("the daemon sent a frame of type " + type);
                }
            }
        } catch (IOException e) {
            say(err, "weekly-report: the render daemon stopped before the command was done (its log: " + log + ")");
            return 1;
        } finally {
            over.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook has sent the cancel and is waiting for this
            }
        }
    }

    /** The daemon's first frame, ACCEPTED or NOT_SERVED; a daemon that says neither within a few seconds is left. */
    private static int firstFrame(SocketChannel channel, DataInputStream fromDaemon) throws IOException {
        AtomicBoolean answered = new AtomicBoolean();
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(HANDSHAKE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (!answered.get()) {
                try {
                    channel.close();   // a daemon stopped with Ctrl-Z, or stuck: the read below ends
                } catch (IOException ignored) {
                    // closing was all
                }
            }
        }, "weekly-report-handshake");
        timer.setDaemon(true);
        timer.start();
        try {
            return fromDaemon.read();
        } finally {
            answered.set(true);
            timer.interrupt();
        }
    }

    private static void say(OutputStream err, String line) {
        try {
            err.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException ignored) {
            // nowhere left to say it
        }
    }

    /** Runs {@code args} in a process of its own, its standard streams this process's, and passes Ctrl-C on to it. */
    static int runHere(Launch launch, List<String> args) {
        AtomicReference<Process> running = new AtomicReference<>();
        AtomicBoolean stopped = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            Process run;
            synchronized (running) {
                stopped.set(true);
                run = running.get();
            }
            if (run != null) {
                run.destroy();   // SIGTERM: its shutdown hooks remove its temporary files
                try {
                    run.waitFor(CANCEL_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    // going down
                }
            }
        }, "weekly-report-stop");
        try {
            Runtime.getRuntime().addShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            return 130;   // Ctrl-C came first: nothing is started
        }
        try {
            Process run;
            synchronized (running) {   // Ctrl-C before the start starts nothing; after it, stops what was started
                if (stopped.get()) {
                    return 130;
                }
                run = new ProcessBuilder(launch.inProcess(args)).inheritIO().start();
                running.set(run);
            }
            return run.waitFor();
        } catch (IOException e) {
            System.err.println("weekly-report: cannot start " + launch.java() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is stopping it
            }
        }
    }
}
