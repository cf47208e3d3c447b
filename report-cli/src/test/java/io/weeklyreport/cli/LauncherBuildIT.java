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

        ProcessBuilder pb = new ProcessBuilder(copy.resolve("weekly-report").toString(), "--version")
                .directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(copy.resolve("launcher.log").toFile());
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the first build finishes");
        String log = Files.readString(copy.resolve("launcher.log"));

        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("building the command-line jar"), "says it builds: " + log);
        assertTrue(log.lines().anyMatch(l -> l.startsWith("weekly-report ")), "then runs: " + log);
        assertTrue(Files.isRegularFile(copy.resolve("report-cli/target/weekly-report.jar")));
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
