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
 * then: {@link #OUT} and {@link #ERR} a length and that many bytes of standard output or error, {@link #EXIT} the exit
 * code (the last frame), {@link #NOT_SERVED} nothing (the client runs the command itself; only ever the first frame).
 */
final class Frames {
    /** Part of every key: a client and a daemon of different protocols never meet. */
    static final int VERSION = 1;
    private static final int MAGIC = 0x57520000 | VERSION;   // "WR", version

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte NOT_SERVED = 4;

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
        synchronized (out) {
            out.writeByte(NOT_SERVED);
            out.flush();
        }
    }

    /** A stream whose bytes go to the client as frames of one type (standard output or error). */
    static final class Stream extends OutputStream {
        private final DataOutputStream out;
        private final byte type;

        Stream(DataOutputStream out, byte type) {
            this.out = out;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                send(out, type, b, off, len);
            }
        }
    }
}
