package io.weeklyreport.cli.daemon;

import io.weeklyreport.cli.Main;
import io.weeklyreport.cli.Terminal;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A warm process that runs this user's commands for one build, Java, settings, working folder and environment (its
 * {@link DaemonAddress}), one at a time, so that a render after the first takes what a re-render in {@code watch}
 * takes instead of a JVM's cold start. Started by the {@link DaemonClient}; it ends by itself when it has been idle
 * for {@code WEEKLY_REPORT_DAEMON_IDLE} seconds (default 600), when its jar changes or disappears (it never runs code
 * of another build), when its socket is removed, or when a run left its heap full. It accepts connections from its
 * own user only, declines a second command while it runs one (the client then runs it itself), and stops a run whose
 * client is stopped with Ctrl-C or dies: the run's temporary files are deleted and no output is moved into place
 * after that, as in a process of its own.
 */
public final class RenderDaemon implements AutoCloseable {
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
    /** A run stopped by its client that goes on longer than this (a library call Java cannot interrupt) ends the daemon. */
    private static final long STOPPED_RUN_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** A client that connects and does not send its request within this long is dropped. */
    private static final long REQUEST_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long COLLECT_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final DaemonAddress address;
    private final Path jar;
    private final Object jarStamp;
    private final Duration idle;
    private final Map<String, String> env;
    private final UserPrincipal me;
    private FileChannel lockFile;
    private ServerSocketChannel server;
    private Object socketStamp;
    private final AtomicReference<Serving> serving = new AtomicReference<>();
    private volatile long lastActive = System.nanoTime();
    private volatile String endReason;
    private volatile boolean collected = true;
    private volatile boolean finished;
    private final String folderKey;
    private Thread runner;

    /** The run in progress: its client's channel, since when, whether its request has come, and its stop. */
    private record Serving(SocketChannel client, long since, AtomicBoolean requested, RequestStop stop) {
    }

    RenderDaemon(DaemonAddress address, Path jar, Duration idle, Map<String, String> env) throws IOException {
        this.address = address;
        this.jar = jar;
        this.jarStamp = DaemonAddress.stamp(jar);
        this.idle = idle;
        this.env = env;
        this.folderKey = DaemonAddress.folderKey(Path.of("").toAbsolutePath());
        this.me = address.socket().getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    public static void main(String[] args) throws IOException {
        List<String> words = Arrays.asList(args);
        Launch launch = Launch.parse(words, 0);
        String clientsKey = words.get(Launch.end(words, 0) + 1);
        Map<String, String> env = System.getenv();
        DaemonAddress address = DaemonAddress.of(launch, env, Path.of("").toAbsolutePath());
        if (!address.key().equals(clientsKey)) {
            System.out.println("weekly-report daemon: its environment or folder is not its client's; it does not start");
            System.exit(3);
        }
        try (RenderDaemon daemon = new RenderDaemon(address, launch.jar(), idle(env.get("WEEKLY_REPORT_DAEMON_IDLE")), env)) {
            if (!daemon.open()) {
                System.exit(0);   // another daemon holds this address: the client waits for that one
            }
            System.out.println("weekly-report daemon " + ProcessHandle.current().pid() + " listening on " + address.socket());
            daemon.serve();
            System.out.println("weekly-report daemon ends: " + daemon.endReason);
        }
        System.exit(0);
    }

    static Duration idle(String seconds) {
        try {
            return seconds == null ? DEFAULT_IDLE : Duration.ofSeconds(Math.max(1, Long.parseLong(seconds.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    /** Takes the address (false: another daemon has it) and listens on its socket. */
    boolean open() throws IOException {
        lockFile = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;   // by another daemon object of this JVM (tests)
        }
        if (lock == null) {
            lockFile.close();
            return false;
        }
        // its pid, which also makes the lock file new (not for pruning); through the locked channel, because closing
        // any other descriptor of the file in this process would release the lock (POSIX)
        lockFile.truncate(0);
        lockFile.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        if (Files.exists(address.log())) {
            try (FileChannel log = FileChannel.open(address.log(), StandardOpenOption.WRITE)) {
                log.truncate(0);   // the log of this daemon alone (its output is appended to it)
            }
        }
        Files.deleteIfExists(address.socket());   // left by a daemon that was killed: we hold the lock now
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(address.socket()));
        socketStamp = DaemonAddress.stamp(address.socket());
        return true;
    }

    /** Accepts and runs commands until it is time to end; then the socket is gone and the last run is over. */
    void serve() throws IOException {
        Thread watchdog = new Thread(this::watch, "weekly-report-daemon-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            while (endReason == null) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (ClosedChannelException closed) {
                    break;
                }
                if (!fromMe(client)) {
                    client.close();
                    continue;
                }
                Serving run = new Serving(client, System.nanoTime(), new AtomicBoolean(), new RequestStop());
                if (endReason != null || !serving.compareAndSet(null, run)) {
                    decline(client);
                    continue;
                }
                runner = new Thread(() -> {
                    try {
                        serveOne(run);
                    } finally {
                        over(run);
                    }
                }, "weekly-report-daemon-run");
                runner.start();
            }
        } finally {
            end(Objects.requireNonNullElse(endReason, "the socket was closed"));
            if (runner != null) {
                join(runner);
            }
            finished = true;
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean fromMe(SocketChannel client) {
        try {
            UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().equals(me);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void decline(SocketChannel client) {
        try (client) {
            Frames.notServed(new DataOutputStream(Channels.newOutputStream(client)));
        } catch (IOException ignored) {
            // it went away; it runs the command itself either way
        }
    }

    private void serveOne(Serving run) {
        try (SocketChannel client = run.client()) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            Frames.Request request = Frames.Request.readFrom(in);
            run.requested().set(true);
            if (!request.key().equals(address.key()) || !Objects.equals(DaemonAddress.stamp(jar), jarStamp)) {
                Frames.notServed(out);
                return;
            }
            if (!folderKey.equals(DaemonAddress.folderKey(Path.of("").toAbsolutePath()))) {
                Frames.notServed(out);
                end("its working folder was removed and made again");
                return;
            }
            Frames.accepted(out);
            Thread listener = new Thread(() -> {
                try {
                    in.read();   // the cancel byte, or the end of a client that died
                } catch (IOException gone) {
                    // the same: the client is gone
                }
                run.stop().fire();
            }, "weekly-report-daemon-client");
            listener.setDaemon(true);
            listener.start();
            PrintStream stdout = new PrintStream(new Frames.Stream(out, Frames.OUT, run.stop()::stopped), true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(new Frames.Stream(out, Frames.ERR, run.stop()::stopped), true, StandardCharsets.UTF_8);
            Terminal terminal = new Terminal(InputStream.nullInputStream(), stdout, stderr, request.interactive(),
                    Terminal.noColor(env.get("NO_COLOR")), request.columns(), run.stop());
            long start = System.nanoTime();
            int code = Main.run(terminal, request.args().toArray(String[]::new));
            stdout.flush();
            stderr.flush();
            over(run);   // before the answer: the client's next command may come the moment it has it
            Frames.exit(out, code);
            System.out.printf("served %s: exit %d in %.3f s%s%n", String.join(" ", request.args()), code,
                    (System.nanoTime() - start) / 1e9, run.stop().sinceStop() >= 0 ? " (stopped by its client)" : "");
        } catch (IOException gone) {
            // the client went away before the answer: its run has been stopped (the listener), nothing to tell
        }
    }

    /** The run is over: the daemon is free for the next, and idle from now. */
    private void over(Serving run) {
        lastActive = System.nanoTime();
        collected = false;
        serving.compareAndSet(run, null);
    }

    /**
     * Two seconds after a run, when no other has come: gives the heap back (a collection now delays nobody), and ends
     * the daemon if the run left it three quarters full, rather than hold that much while idle, or left a render
     * working (one stopped by its time budget, in a library call Java cannot interrupt: in a process of its own it
     * ends with the process, and so it does here).
     */
    private void collect() {
        collected = true;
        // "render": the name RenderCommand gives its worker threads
        if (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().equals("render"))) {
            end("a run left a render working past its time budget");
            return;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        if (rt.totalMemory() - rt.freeMemory() > rt.maxMemory() / 4 * 3) {
            end("a run left the heap three quarters full");
        }
    }

    /** Once a second: is it time to end? */
    private void watch() {
        while (!finished) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            Serving run = serving.get();
            String reason = null;
            if (endReason != null) {
                // ending already: only the checks on a run in progress below
            } else if (!Objects.equals(stampOrNull(jar), jarStamp)) {
                reason = "its jar " + jar + " changed or is gone";
            } else if (!Objects.equals(stampOrNull(address.socket()), socketStamp)) {
                reason = "its socket " + address.socket() + " was removed or replaced";
            } else if (run == null && System.nanoTime() - lastActive > idle.toNanos()) {
                reason = "idle for " + idle.toSeconds() + " s";
            }
            if (run != null && run.stop().sinceStop() > STOPPED_RUN_NANOS) {
                end("a run stopped by its client did not end");
                System.out.println("weekly-report daemon ends: " + endReason);
                Runtime.getRuntime().halt(1);   // its temporary files are gone already; it may not write more
            }
            if (run != null && !run.requested().get() && System.nanoTime() - run.since() > REQUEST_NANOS) {
                close(run.client());   // connected and silent: not a client of ours
            }
            if (reason != null) {
                end(reason);
            } else if (run == null && !collected && System.nanoTime() - lastActive > COLLECT_NANOS) {
                collect();
            }
        }
    }

    private static void close(SocketChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    /** Stops accepting and removes the socket (if it is still ours); a run in progress finishes. */
    synchronized void end(String reason) {
        if (endReason == null) {
            endReason = reason;
        }
        try {
            if (server != null && server.isOpen()) {
                server.close();
                if (Objects.equals(stampOrNull(address.socket()), socketStamp)) {
                    Files.deleteIfExists(address.socket());
                }
            }
        } catch (IOException ignored) {
            // a socket file we cannot remove is stale; the next daemon replaces it under the lock
        }
    }

    String endReason() {
        return endReason;
    }

    @Override
    public void close() throws IOException {
        end("closed");
        if (lockFile != null) {
            lockFile.close();
        }
    }

    /** The file's {@link DaemonAddress#stamp}, or null when it is gone or cannot be read. */
    private static Object stampOrNull(Path file) {
        try {
            return DaemonAddress.stamp(file);
        } catch (IOException gone) {
            return null;
        }
    }
}
