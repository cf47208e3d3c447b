package io.weeklyreport.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the client and the daemon say to each other over the socket. The client sends one {@link Request}, and later
 * perhaps one {@link #CANCEL} byte (it was stopped with Ctrl-C); the daemon answers with frames, a type byte and
 * then: {@link #ACCEPTED} or {@link #NOT_SERVED} nothing (the first frame: the daemon runs the command, or the client
 * runs it itself), {@link #OUT} and {@link #ERR} a length (at most {@link #MAX_FRAME}) and that many bytes of standard
 * output or error, {@link #EXIT} the exit code (the last frame).
 */
final class Frames {
    /** Part of every key: a client and a daemon of different protocols never meet. */
    static final int VERSION = 2;
    private static final int MAGIC = 0x57520000 | VERSION;   // "WR", version

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte NOT_SERVED = 4;
    static final byte ACCEPTED = 5;
    /** The most bytes one frame carries: a PDF on standard output goes in many, and the client's heap is small. */
    static final int MAX_FRAME = 64 * 1024;

    /** Client to daemon, after the request: stop the run (Ctrl-C); the daemon still answers with its exit code. */
    static final byte CANCEL = 1;

    private Frames() {
    }

    /**
     * A command line for the daemon to run.
     *
     * @param key         the client's {@link DaemonAddress#key()}, which must be the daemon's
     * @param interactive the client's standard streams are a terminal
     * @param columns     the terminal's width, 0 when unknown
     */
    record Request(String key, boolean interactive, int columns, List<String> args) {
        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeUTF(key);
            out.writeBoolean(interactive);
            out.writeInt(columns);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
        }

        static Request readFrom(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a weekly-report client of this version");
            }
            String key = in.readUTF();
            boolean interactive = in.readBoolean();
            int columns = in.readInt();
            int n = in.readInt();
            if (n < 0 || n > 100_000) {
                throw new IOException("a request with " + n + " arguments");
            }
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(in.readUTF());
            }
            return new Request(key, interactive, columns, args);
        }
    }

    /** Sends one frame; frames of the output, error and exit threads never interleave. */
    static void send(DataOutputStream out, byte type, byte[] bytes, int offset, int length) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(length);
            out.write(bytes, offset, length);
            out.flush();
        }
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    static void notServed(DataOutputStream out) throws IOException {
        answer(out, NOT_SERVED);
    }

    static void accepted(DataOutputStream out) throws IOException {
        answer(out, ACCEPTED);
    }

    private static void answer(DataOutputStream out, byte type) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.flush();
        }
    }

    /**
     * A stream whose bytes go to the client as frames of one type (standard output or error), until {@code muted} says
     * the run was stopped: from then on, as in a process of its own after Ctrl-C, nothing more reaches the terminal.
     */
    static final class Stream extends OutputStream {
        private final DataOutputStream out;
        private final byte type;
        private final java.util.function.BooleanSupplier muted;

        Stream(DataOutputStream out, byte type, java.util.function.BooleanSupplier muted) {
            this.out = out;
            this.type = type;
            this.muted = muted;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (muted.getAsBoolean()) {
                return;
            }
            for (int done = 0; done < len; done += MAX_FRAME) {
                send(out, type, b, off + done, Math.min(MAX_FRAME, len - done));
            }
        }
    }
}
