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
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        } catch (IOException | RuntimeException e) {
            code = NOT_SERVED;
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
        prune(address.socket().getParent());
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "trap '' INT HUP; if command -v setsid >/dev/null 2>&1; then exec setsid \"$@\"; fi; exec \"$@\"",
                "weekly-report-daemon"));
        command.addAll(launch.daemon());
        Process daemon = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.to(address.log().toFile()))
                .redirectErrorStream(true)
                .start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_MILLIS);
        while (System.nanoTime() < deadline) {
            SocketChannel channel = connect(address.socket());
            if (channel != null) {
                return channel;
            }
            // exit 0: another client started the daemon for this key first; wait for that one
            if (!daemon.isAlive() && daemon.exitValue() != 0) {
                return null;
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
        } catch (IOException declined) {
            return NOT_SERVED;   // a busy daemon declines without reading the request, and may close first
        }
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
        boolean said = false;
        try {
            while (true) {
                int type = fromDaemon.read();
                switch (type) {
                    case Frames.OUT, Frames.ERR -> {
                        byte[] bytes = new byte[fromDaemon.readInt()];
                        fromDaemon.readFully(bytes);
                        OutputStream to = type == Frames.OUT ? out : err;
                        to.write(bytes);
                        to.flush();
                        said = true;
                    }
                    case Frames.EXIT -> {
                        return fromDaemon.readInt();
                    }
                    case Frames.NOT_SERVED -> {
                        if (!said) {
                            return NOT_SERVED;
                        }
                        throw new IOException("the daemon declined after it had answered");
                    }
                    case -1 -> throw new EOFException();
                    default -> throw new IOException("the daemon sent a frame of type " + type);
                }
            }
        } catch (IOException e) {
            if (!said) {
                return NOT_SERVED;   // it ended (idle, or its jar changed) before it began: run it here
            }
            err.write(("weekly-report: the render daemon stopped before the command was done (its log: " + log + ")"
                    + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            err.flush();
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

    /** Runs {@code args} in a process of its own, its standard streams this process's, and passes Ctrl-C on to it. */
    static int runHere(Launch launch, List<String> args) {
        try {
            Process run = new ProcessBuilder(launch.inProcess(args)).inheritIO().start();
            Thread stop = new Thread(() -> {
                run.destroy();   // SIGTERM: its shutdown hooks remove its temporary files
                try {
                    run.waitFor(CANCEL_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    // going down
                }
            }, "weekly-report-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = run.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is stopping it
            }
            return code;
        } catch (IOException e) {
            System.err.println("weekly-report: cannot start " + launch.java() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
