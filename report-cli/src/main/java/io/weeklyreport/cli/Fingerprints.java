package io.weeklyreport.cli;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Image;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.render.Format;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What an output is made from, as one SHA-256: the program's version, the note's bytes, the format, every
 * setting in force (values, not where they came from), and the contents of the files settings name (fonts,
 * reference documents, logo, every file of the template folder), and with the since-last block the names of the
 * notes of its series (a note added or removed there may change the meeting before). The pictures a note shows,
 * and the notes before it that its since-last block read, are known only once it is read, so they are recorded
 * beside the fingerprint with their own hashes ({@link #filesOf}).
 * Contents, not modification times: a touched file renders nothing again, an edit always does.
 */
final class Fingerprints {
    private final String program;
    private final Map<Path, String> fileHashes = new ConcurrentHashMap<>();
    private final Map<Settings, String> settingsHashes = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Path, String> seriesListings = new ConcurrentHashMap<>();

    Fingerprints() {
        this.program = program();
    }

    /** The fingerprint of one note's output in one format. */
    String of(Path note, Settings settings, Format format) throws IOException {
        MessageDigest digest = sha256();
        update(digest, program);
        update(digest, format.extension());
        update(digest, settingsHashes.computeIfAbsent(settings, this::hashOf));
        if (settings.get(Setting.SINCE_LAST) && settings.get(Setting.PREVIOUS) == null) {
            update(digest, seriesListing(note));
        }
        digest.update(Files.readAllBytes(note));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The names of the notes of a note's series, once per folder and run. */
    private String seriesListing(Path note) throws IOException {
        Path folder = note.toAbsolutePath().normalize().getParent();
        String known = seriesListings.get(folder);
        if (known == null) {
            StringBuilder names = new StringBuilder();
            for (Path p : SeriesReader.seriesOf(note)) {
                names.append(p.toAbsolutePath().normalize()).append('\n');
            }
            known = names.toString();
            seriesListings.put(folder, known);
        }
        return known;
    }

    /** The local pictures a report shows and the other notes read for it, each with the hash of its bytes. */
    Map<String, String> filesOf(Report report, java.util.List<Path> notesRead) {
        Map<String, String> files = picturesOf(report);
        for (Path note : notesRead) {
            String file = note.toAbsolutePath().normalize().toString();
            files.put(file, pictureHash(file));
        }
        return files;
    }

    /** Stands for the hash of a picture that cannot be read: it is current while it stays unreadable. */
    private static final String UNREADABLE = "unreadable";

    /** The local pictures a report shows, each with the hash of its bytes. */
    Map<String, String> picturesOf(Report report) {
        Map<String, String> pictures = new LinkedHashMap<>();
        report.preamble().forEach(b -> collect(b, pictures));
        for (Section s : report.allSections()) {
            s.blocks().forEach(b -> collect(b, pictures));
        }
        return pictures;
    }

    /** Whether every recorded picture still has the bytes it had. */
    boolean unchanged(Map<String, String> pictures) {
        for (var e : pictures.entrySet()) {
            if (!e.getValue().equals(pictureHash(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private void collect(Block block, Map<String, String> into) {
        switch (block) {
            case Image image when image.file() != null -> into.put(image.file(), pictureHash(image.file()));
            case ItemList list -> {
                for (Item item : list.items()) {
                    item.body().forEach(b -> collect(b, into));
                }
            }
            case Quote quote -> quote.blocks().forEach(b -> collect(b, into));
            default -> {
            }
        }
    }

    private String pictureHash(String file) {
        String hash = hash(Path.of(file));
        return hash == null ? UNREADABLE : hash;
    }

    private String hashOf(Settings settings) {
        MessageDigest digest = sha256();
        for (Settings.Row row : settings.describe()) {
            if (Setting.RUN_ONLY.stream().noneMatch(s -> s.name().equals(row.key()))) {
                update(digest, row.key() + "=" + row.shown());
            }
        }
        for (Setting<?> s : Setting.ALL) {
            if (s.type() == ValueType.FILE && settings.get(s) instanceof Path file) {
                update(digest, s.name() + ":" + hash(file));
            }
        }
        if (settings.get(Setting.TEMPLATES) instanceof Path folder) {
            // every file of the template folder, with its name: adding, removing or editing one is a change
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, folder.relativize(f) + ":" + hash(f));
                }
            } catch (IOException e) {
                update(digest, "unreadable templates " + System.nanoTime());   // never current
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hash of a file's bytes, once per file and run; null when it cannot be read. */
    String hash(Path file) {
        Path key = file.toAbsolutePath().normalize();
        String known = fileHashes.get(key);
        if (known != null) {
            return known;
        }
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(key)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        fileHashes.put(key, hash);
        return hash;
    }

    /**
     * The version and commit the jar was built from; for a build from changed sources ("-dirty", or outside
     * git) also the size and time of the code itself, so that a rebuilt program renders again.
     */
    private static String program() {
        Properties info;
        try {
            info = VersionProvider.buildInfo();
        } catch (IOException e) {
            info = new Properties();
        }
        String version = info.getProperty("version", "unknown") + " " + info.getProperty("commit", "unknown");
        if (version.contains("dirty") || version.contains("unknown")) {
            try {
                Path code = Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                version += " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            } catch (IOException | URISyntaxException | RuntimeException e) {
                version += " " + System.nanoTime();   // cannot tell: never current
            }
        }
        return version;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
