package io.weeklyreport.cli.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which daemon may serve a command line, and where it listens. The key is a digest of everything a render depends on
 * besides its arguments and the files it reads: the jar (path, size, time of change), the Java and its settings, the
 * umask, the working folder and the environment. A client finds only a daemon whose key is its own; anything else
 * starts another daemon (or runs the command itself). The socket lies in a folder only this user may enter.
 *
 * @param key    the digest, in hex
 * @param socket the daemon's Unix socket
 * @param lock   held by the daemon for its life: one daemon per key
 * @param log    where the daemon's own output goes (it has no terminal)
 */
record DaemonAddress(String key, Path socket, Path lock, Path log) {
    /** Environment variables that change between two commands of one shell without changing what a render does. */
    static final Set<String> VOLATILE = Set.of("_", "OLDPWD", "PWD", "SHLVL", "COLUMNS", "LINES");
    /** A Unix socket's path is at most 107 bytes on Linux, 103 on macOS. */
    private static final int MAX_SOCKET_PATH = 100;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    static DaemonAddress of(Launch launch, Map<String, String> env, Path cwd) throws IOException {
        String key = key(launch, env, cwd);
        String name = key.substring(0, 32);
        Path folder = privateFolder(folder(env));
        if (tooLong(folder.resolve(name + ".sock"))) {
            folder = privateFolder(Path.of("/tmp"));   // macOS's temporary folder is itself 49 bytes long
        }
        Path socket = folder.resolve(name + ".sock");
        if (tooLong(socket)) {
            throw new IOException("the daemon's socket path would be too long: " + socket);
        }
        return new DaemonAddress(key, socket, folder.resolve(name + ".lock"), folder.resolve(name + ".log"));
    }

    private static boolean tooLong(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH;
    }

    /**
     * Whether an environment variable is left out of the key: those of {@link #VOLATILE}, and those the macOS java
     * launcher sets for its own process (named by its pid, so never the same in the client and the daemon).
     */
    static boolean keyless(String name) {
        return VOLATILE.contains(name) || name.startsWith("JAVA_MAIN_CLASS_") || name.startsWith("JAVA_STARTED_ON_FIRST_THREAD_")
                || name.startsWith("APP_NAME_") || name.startsWith("APP_ICON_");
    }

    static String key(Launch launch, Map<String, String> env, Path cwd) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no SHA-256 in this Java", e);
        }
        StringBuilder sb = new StringBuilder("weekly-report daemon ").append(Frames.VERSION).append('\0');
        for (String word : launch.words()) {
            sb.append(word).append('\0');
        }
        sb.append(stamp(launch.jar())).append('\0');
        sb.append(cwd.toAbsolutePath().normalize()).append('\0').append(folderKey(cwd)).append('\0');
        new TreeMap<>(env).forEach((name, value) -> {
            if (!keyless(name)) {
                sb.append(name).append('=').append(value).append('\0');
            }
        });
        return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The folder the sockets are in: {@code $XDG_RUNTIME_DIR/weekly-report} (the user's own runtime folder) when set,
     * else {@code weekly-report-USER} in the system's temporary folder (or in /tmp, when that makes a socket's path
     * too long); made readable by this user alone, and refused when it is not a real folder of this user's with
     * exactly those permissions.
     */
    static Path folder(Map<String, String> env) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "weekly-report")
                : Path.of(System.getProperty("java.io.tmpdir"), "weekly-report-" + System.getProperty("user.name"));
    }

    /**
     * A file's identity and version: its device and inode, size and time of change. A rebuilt jar, or a socket another
     * daemon made in its place, differs in one of them.
     */
    static List<Object> stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return List.of(String.valueOf(a.fileKey()), a.size(), a.lastModifiedTime());
    }

    /**
     * The working folder's identity (device and inode): a folder removed and made again under the same name is
     * another folder, which a daemon still in the old one would not see.
     */
    static String folderKey(Path cwd) throws IOException {
        return String.valueOf(Files.readAttributes(cwd, BasicFileAttributes.class).fileKey());
    }

    /** {@code folder} (or, for /tmp, a folder of this user's in it), made private or checked to be. */
    private static Path privateFolder(Path folder) throws IOException {
        String user = System.getProperty("user.name");
        if (folder.equals(Path.of("/tmp"))) {
            folder = folder.resolve("weekly-report-" + user);
        }
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException exists) {
            // checked below, as a folder made now is
        } catch (UnsupportedOperationException notPosix) {
            throw new IOException("no POSIX permissions here for a private socket folder", notPosix);
        }
        PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        if (!attributes.isDirectory() || !attributes.owner().equals(me) || !attributes.permissions().equals(PRIVATE)) {
            throw new IOException(folder + " is not a folder of " + user + "'s that only " + user + " may enter");
        }
        return folder;
    }
}
