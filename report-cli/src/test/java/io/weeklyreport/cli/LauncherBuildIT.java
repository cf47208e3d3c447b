package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's first run on a fresh copy of the sources, as a new user has it: no jar yet, no
 * JAVA_HOME, whatever `java` the PATH offers (on the reference machine Java 17, older than the code).
 * It must find a JDK 21+, build the jar and run it. Slow (a whole Maven build), so it runs once, here.
 */
class LauncherBuildIT {
    @TempDir
    Path copy;

    @Test
    void aFreshCopyBuildsAndRunsWithoutJavaHome() throws IOException, InterruptedException {
        Path root = CliRun.root();
        copySources(root, copy);
        assertTrue(Files.notExists(copy.resolve("report-cli/target/weekly-report.jar")));

        Run first = launch("--version");

        assertEquals(0, first.exitCode(), first.log());
        assertTrue(first.log().contains("building the command-line jar"), "says it builds: " + first.log());
        assertTrue(first.log().lines().anyMatch(l -> l.startsWith("weekly-report ")), "then runs: " + first.log());
        assertTrue(Files.isRegularFile(copy.resolve("report-cli/target/weekly-report.jar")));

        // the build's start-up cache: trained once, right after the build, for the Java the launcher found
        assertTrue(first.log().contains("preparing the start-up cache"), first.log());
        Path cache = startupCache();
        assertTrue(Files.size(cache) > 1_000_000, cache + " holds the classes of a render");

        Path note = Files.writeString(copy.resolve("n.md"), "# 缓存\n\n- 启动缓存 已合入\n");
        Run second = launch("render", note.toString(), "-f", "pdf,docx,pptx", "-q");
        assertEquals(0, second.exitCode(), second.log());
        assertEquals("", second.log(), "nothing built or trained again, no JVM warning");
        assertTrue(Files.size(copy.resolve("n.pdf")) > 10_000);

        // a damaged cache (a disk error, a half-copied folder) costs speed, never a wrong or noisy run
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(cache, garbage);
        Files.writeString(note, "# 损坏的缓存\n\n- 仍然渲染 已合入\n");
        Run damaged = launch("render", note.toString(), "-f", "html,pdf", "-q");
        assertEquals(0, damaged.exitCode(), damaged.log());
        assertEquals("", damaged.log(), "no warning from the JVM about the cache");
        assertTrue(Files.readString(copy.resolve("n.html")).contains("损坏的缓存"));
    }

    private record Run(int exitCode, String log) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(copy.resolve("weekly-report").toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(copy, "launcher", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("WEEKLY_REPORT_DAEMON", "off");   // what the JVM says about its cache is this run's to see
        Process p = pb.start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "finished: " + command);
        String text = Files.readString(log).lines().filter(l -> !l.startsWith("weekly-report 0") && !l.startsWith("Java "))
                .collect(java.util.stream.Collectors.joining("\n"));
        return new Run(p.exitValue(), args[0].equals("--version") ? Files.readString(log) : text);
    }

    /** The AOT cache (JDK 24+) or class-data-sharing archive (JDK 21-23) the launcher keeps beside the jar. */
    private Path startupCache() {
        Path target = copy.resolve("report-cli/target");
        Path aot = target.resolve("weekly-report.aot");
        return Files.exists(aot) ? aot : target.resolve("weekly-report.jsa");
    }

    /** The files a clone has: everything but build output and version-control data. */
    private static void copySources(Path from, Path to) throws IOException {
        List<String> skipped = List.of("target", ".git", ".idea");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path rel = from.relativize(p);
                boolean skip = false;
                for (Path part : rel) {
                    skip |= skipped.contains(part.toString());
                }
                if (skip || rel.toString().isEmpty()) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().matches(".*\\.(pdf|docx|pptx|html)$")) {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
