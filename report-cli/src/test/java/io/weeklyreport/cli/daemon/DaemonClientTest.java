package io.weeklyreport.cli.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against daemons that misbehave: it never hangs, and never runs a command twice. */
class DaemonClientTest {
    @TempDir
    Path dir;
    private int sockets;

    interface Daemon {
        void answer(DataInputStream in, DataOutputStream out) throws IOException;
    }

    private record Answer(int code, String err) {
    }

    /** The client's conversation with a daemon that answers as {@code daemon} does. */
    private Answer talkTo(Daemon daemon) throws Exception {
        Path socket = dir.resolve("d" + (++sockets) + ".sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread side = new Thread(() -> {
                try (SocketChannel c = server.accept()) {
                    DataInputStream in = new DataInputStream(Channels.newInputStream(c));
                    Frames.Request.readFrom(in);
                    daemon.answer(in, new DataOutputStream(Channels.newOutputStream(c)));
                } catch (IOException ignored) {
                    // the client closed: what the test looks at is the client's side
                }
            });
            side.start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (SocketChannel channel = DaemonClient.connect(socket)) {
                int code = DaemonClient.converse(channel, new Frames.Request("k", false, 0, List.of("render", "n.md")),
                        new ByteArrayOutputStream(), err, dir.resolve("d.log"));
                side.join(10_000);
                return new Answer(code, err.toString(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aDaemonThatDiesAfterAcceptingIsSaidAndTheCommandIsNotRunAgain() throws Exception {
        Answer a = talkTo((in, out) -> {
            Frames.accepted(out);
            Frames.send(out, Frames.ERR, "半".getBytes(StandardCharsets.UTF_8), 0, 3);
        });
        assertEquals(1, a.code(), "not NOT_SERVED: the command may have written files already");
        assertTrue(a.err().startsWith("半weekly-report: the render daemon stopped before the command was done (its log: "), a.err());
    }

    @Test
    void aDaemonThatDeclinesOrEndsBeforeAcceptingLeavesTheCommandToTheClient() throws Exception {
        assertEquals(DaemonClient.NOT_SERVED, talkTo((in, out) -> Frames.notServed(out)).code());
        assertEquals(DaemonClient.NOT_SERVED, talkTo((in, out) -> { }).code());
    }

    @Test
    void aDaemonThatSaysNothingIsLeftAfterAFewSeconds() throws Exception {
        long start = System.nanoTime();
        Answer a = talkTo((in, out) -> in.read());   // silent until the client goes
        assertEquals(DaemonClient.NOT_SERVED, a.code());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds >= 4 && seconds < 30, seconds + " s");
    }

    @Test
    void aFrameLongerThanAllowedIsADaemonGoneWrong() throws Exception {
        Answer a = talkTo((in, out) -> {
            Frames.accepted(out);
            out.writeByte(Frames.OUT);
            out.writeInt(Frames.MAX_FRAME + 1);
            out.flush();
        });
        assertEquals(1, a.code());
        assertTrue(a.err().contains("the render daemon stopped"), a.err());
    }
}
