package io.weeklyreport.cli.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which daemon may serve a client: one that would render exactly as the client's own process would. */
class DaemonAddressTest {
    @TempDir
    Path dir;

    private Launch launch(String umask, String... jvmOptions) throws IOException {
        Path jar = dir.resolve("weekly-report.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a jar");
        }
        return new Launch(jar, umask, "version \"25\"", "/usr/bin/java", List.of(jvmOptions));
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(Map.of("XDG_RUNTIME_DIR", dir.toString(), "LANG", "zh_CN.UTF-8", "HOME", "/home/a"));
        env.putAll(Map.of("PWD", "/x", "OLDPWD", "/y", "SHLVL", "1", "_", "/usr/bin/weekly-report"));
        return env;
    }

    @Test
    void aDifferentFolderEnvironmentUmaskJavaSettingOrJarIsAnotherDaemon() throws IOException {
        Path cwd = Files.createDirectory(dir.resolve("notes"));
        String key = DaemonAddress.of(launch("0022"), env(), cwd).key();
        assertEquals(key, DaemonAddress.of(launch("0022"), env(), cwd).key(), "the same client, the same daemon");

        assertNotEquals(key, DaemonAddress.of(launch("0022"), env(), Files.createDirectory(dir.resolve("other"))).key(), "working folder");
        Files.move(cwd, dir.resolve("moved"));
        Files.createDirectory(cwd);
        assertNotEquals(key, DaemonAddress.of(launch("0022"), env(), cwd).key(), "a folder of the same name made again");
        key = DaemonAddress.of(launch("0022"), env(), cwd).key();
        Map<String, String> macLauncher = env();
        macLauncher.put("JAVA_MAIN_CLASS_4711", "io.weeklyreport.cli.daemon.DaemonClient");
        assertEquals(key, DaemonAddress.of(launch("0022"), macLauncher, cwd).key(), "what the macOS java launcher sets for its pid");
        Map<String, String> otherLocale = env();
        otherLocale.put("LANG", "en_US.UTF-8");
        assertNotEquals(key, DaemonAddress.of(launch("0022"), otherLocale, cwd).key(), "environment");
        Map<String, String> noColor = env();
        noColor.put("NO_COLOR", "1");
        assertNotEquals(key, DaemonAddress.of(launch("0022"), noColor, cwd).key(), "a variable more");
        assertNotEquals(key, DaemonAddress.of(launch("0077"), env(), cwd).key(), "umask");
        assertNotEquals(key, DaemonAddress.of(launch("0022", "-Xmx4g"), env(), cwd).key(), "JAVA_OPTS");

        Path jar = launch("0022").jar();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertNotEquals(key, DaemonAddress.of(launch("0022"), env(), cwd).key(), "a rebuilt jar");
    }

    @Test
    void whatChangesBetweenTwoCommandsOfOneShellIsTheSameDaemon() throws IOException {
        Path cwd = Files.createDirectory(dir.resolve("notes"));
        String key = DaemonAddress.of(launch("0022"), env(), cwd).key();
        Map<String, String> later = env();
        later.putAll(Map.of("OLDPWD", "/elsewhere", "SHLVL", "3", "_", "./weekly-report", "COLUMNS", "120"));
        assertEquals(key, DaemonAddress.of(launch("0022"), later, cwd).key());
    }

    @Test
    void theSocketsLieInAFolderOnlyThisUserMayEnter() throws IOException {
        DaemonAddress address = DaemonAddress.of(launch("0022"), env(), dir);
        Path folder = address.socket().getParent();
        assertEquals(dir.resolve("weekly-report"), folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals(folder, address.lock().getParent());

        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        IOException refused = assertThrows(IOException.class, () -> DaemonAddress.of(launch("0022"), env(), dir));
        assertTrue(refused.getMessage().contains("only"), refused.getMessage());

        Files.delete(folder);
        Files.createSymbolicLink(folder, Files.createDirectory(dir.resolve("elsewhere")));
        assertThrows(IOException.class, () -> DaemonAddress.of(launch("0022"), env(), dir), "a link is not the folder");
    }

    @Test
    void theLogsAndLocksOfDaemonsThatEndedADayAgoAreRemovedThoseOfLiveOnesKept() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("sockets"));
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 2 * 24 * 3600 * 1000L);
        for (String name : List.of("ended.log", "ended.lock", "live.log", "live.lock", "recent.log")) {
            Files.setLastModifiedTime(Files.writeString(folder.resolve(name), ""), name.startsWith("recent") ? FileTime.fromMillis(System.currentTimeMillis()) : old);
        }
        Files.writeString(folder.resolve("live.sock"), "");
        DaemonClient.prune(folder);
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("live.lock", "live.log", "live.sock", "recent.log"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** The client jar holds this package but the daemon: a client JVM must load nothing but the JDK. */
    @Test
    void theClientNeedsNothingButTheJdk() throws IOException {
        Path sources = Path.of("src/main/java/io/weeklyreport/cli/daemon");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("RenderDaemon") || name.startsWith("RequestStop")) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import ")) {
                        assertTrue(line.startsWith("import java."), name + ": " + line);
                    }
                }
            }
        }
    }
}
