package io.weeklyreport.render.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;

/**
 * The bundled fonts as files on disk. OpenPDF, Flying Saucer and Java2D all read a font file by its tables,
 * a few kilobytes of a 10 MB file; handed a class-path resource instead, each of them inflates the whole
 * font out of the jar, and Flying Saucer did so four times for every PDF (for the underline position alone),
 * which was a third of the time of rendering a folder.
 *
 * <p>On a class path of folders (tests, the IDE) the resource is a file already. Out of a jar, each font is
 * written once to the user's cache folder under a name made of the jar entry's CRC-32 and size, so that a
 * build with another font never finds this one, and is never changed after it is moved into place. Anything
 * in the way (no home folder, a read-only disk, a cache folder others may write to) only means the fonts are
 * read from the jar as before.
 */
final class FontFiles {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private FontFiles() {
    }

    /** The resource as a file: itself when it is one, else its copy in {@code cache}; empty when neither can be had. */
    static Optional<Path> onDisk(URL resource, Path cache) {
        if (resource == null) {
            return Optional.empty();
        }
        try {
            return switch (resource.getProtocol()) {
                case "file" -> Optional.of(Path.of(resource.toURI())).filter(Files::isRegularFile);
                case "jar" -> cache == null ? Optional.empty() : Optional.of(copied(resource, cache));
                default -> Optional.empty();
            };
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code $XDG_CACHE_HOME/weekly-report/fonts}, or {@code ~/.cache/weekly-report/fonts}; null without a home. */
    static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg)
                : System.getProperty("user.home", "").isEmpty() ? null : Path.of(System.getProperty("user.home"), ".cache");
        return base == null ? null : base.resolve("weekly-report").resolve("fonts");
    }

    private static Path copied(URL resource, Path cache) throws IOException {
        JarURLConnection connection = (JarURLConnection) resource.openConnection();
        connection.setUseCaches(false);
        JarEntry entry = connection.getJarEntry();
        String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String name = String.format(Locale.ROOT, "%s-%08x-%d%s", file.substring(0, dot), entry.getCrc(), entry.getSize(),
                file.substring(dot));
        Path folder = privateFolder(cache);
        Path target = folder.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
            return target;
        }
        Path partial = Files.createTempFile(folder, name, ".partial");
        try {
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(partial) != entry.getSize()) {
                throw new IOException("short copy of " + name);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another process put the same bytes there first
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The folder, made readable and writable by this user alone when it is new; one that someone else owns or
     * may write to is refused, since a font planted there would be embedded in every PDF.
     */
    private static Path privateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (FileAlreadyExistsException e) {
                // made by a process beside us
            }
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder);
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)
                || !Files.getOwner(folder).getName().equals(System.getProperty("user.name"))) {
            throw new IOException(folder + " may be written by others");
        }
        return folder;
    }
}
