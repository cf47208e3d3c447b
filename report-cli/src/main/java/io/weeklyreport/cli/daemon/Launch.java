package io.weeklyreport.cli.daemon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the launcher would run a command line itself: the jar, the Java binary with its version and settings, and the
 * umask the outputs are made with. The client and the daemon are handed it in the same words
 * ({@code JAR UMASK JAVA_VERSION JAVA [JVM option ...] --}), and both derive the daemon's address from it, so a
 * daemon only ever serves clients that would have run exactly what it runs.
 */
record Launch(Path jar, String umask, String javaVersion, String java, List<String> jvmOptions) {
    static final String END = "--";

    /** The launch described by {@code words} from {@code from} up to the first "--"; {@link #end} says where it ended. */
    static Launch parse(List<String> words, int from) {
        if (words.size() < from + 5) {
            throw new IllegalArgumentException("expected JAR UMASK JAVA_VERSION JAVA [JVM option ...] -- after the client's own words");
        }
        int end = end(words, from);
        return new Launch(Path.of(words.get(from)).toAbsolutePath(), words.get(from + 1), words.get(from + 2), words.get(from + 3),
                List.copyOf(words.subList(from + 4, end)));
    }

    /** The index of the "--" that ends the launch words begun at {@code from}. */
    static int end(List<String> words, int from) {
        int end = words.subList(from + 4, words.size()).indexOf(END);
        if (end < 0) {
            throw new IllegalArgumentException("the launch words do not end with --");
        }
        return from + 4 + end;
    }

    /** The words, as {@link #parse} reads them. */
    List<String> words() {
        List<String> words = new ArrayList<>(List.of(jar.toString(), umask, javaVersion, java));
        words.addAll(jvmOptions);
        words.add(END);
        return words;
    }

    /** The command line that runs {@code args} in a process of its own, as the launcher does without a daemon. */
    List<String> inProcess(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(args);
        return command;
    }

    /**
     * The command line of a daemon for this launch (its JVM is set up as a render in a process of its own), which
     * must find {@code key} its own: a daemon whose environment is not its client's would listen where no one asks.
     */
    List<String> daemon(String key) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", jar.toString(), "io.weeklyreport.cli.daemon.RenderDaemon"));
        command.addAll(words());
        command.add(key);
        return command;
    }
}
