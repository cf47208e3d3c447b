package io.weeklyreport.render.fonts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontFilesTest {
    @TempDir
    Path dir;

    private URL inJar(String name, byte[] bytes) throws IOException {
        Path jar = dir.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("io/weeklyreport/render/fonts/" + name));
            out.write(bytes);
        }
        return new URL("jar:" + jar.toUri() + "!/io/weeklyreport/render/fonts/" + name);
    }

    @Test
    void aFontInAJarBecomesAPrivateFileWithTheSameBytes() throws IOException {
        byte[] font = "not really a font, but bytes all the same".getBytes();
        Path cache = dir.resolve("cache/weekly-report/fonts");

        Optional<Path> file = FontFiles.onDisk(inJar("Face.ttf", font), cache);

        assertTrue(file.isPresent());
        assertArrayEquals(font, Files.readAllBytes(file.get()));
        assertTrue(file.get().getFileName().toString().matches("Face-[0-9a-f]{8}-" + font.length + "\\.ttf"), file.get().toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
        try (var left = Files.list(cache)) {
            assertEquals(1, left.count(), "no partial copy left behind");
        }
    }

    @Test
    void anotherBuildsFontOfTheSameNameIsAnotherFile() throws IOException {
        Path cache = dir.resolve("fonts");
        Path one = FontFiles.onDisk(inJar("Face.ttf", "first build".getBytes()), cache).orElseThrow();
        Files.move(dir.resolve("Face.ttf.jar"), dir.resolve("old.jar"));
        Path two = FontFiles.onDisk(inJar("Face.ttf", "second build, other glyphs".getBytes()), cache).orElseThrow();

        assertNotEquals(one, two);
        assertEquals("second build, other glyphs", Files.readString(two));
    }

    @Test
    void aCopyCutShortIsWrittenAgain() throws IOException {
        byte[] font = "sixteen bytes!!!".getBytes();
        Path cache = dir.resolve("fonts");
        Path file = FontFiles.onDisk(inJar("Face.ttf", font), cache).orElseThrow();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(font, 0, 3);
        }

        assertArrayEquals(font, Files.readAllBytes(FontFiles.onDisk(inJar("Face.ttf", font), cache).orElseThrow()));
    }

    @Test
    void aCacheOthersMayWriteIsNotUsed() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertEquals(Optional.empty(), FontFiles.onDisk(inJar("Face.ttf", "x".getBytes()), cache));
        try (var left = Files.list(cache)) {
            assertEquals(0, left.count(), "nothing written there");
        }
    }

    @Test
    void aFontOnAFolderClassPathIsUsedWhereItIs() throws IOException {
        Path font = Files.writeString(dir.resolve("Face.ttf"), "glyphs");

        assertEquals(Optional.of(font), FontFiles.onDisk(font.toUri().toURL(), dir.resolve("unused")));
        assertTrue(Files.notExists(dir.resolve("unused")));
    }

    @Test
    void theBundledFacesAreFilesWithTheJarsBytes() throws IOException {
        for (BundledFonts.Face face : BundledFonts.Face.values()) {
            Path file = BundledFonts.file(face).orElseThrow();
            try (var in = BundledFonts.class.getResourceAsStream("/" + BundledFonts.resourcePath(face))) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(file), face.toString());
            }
        }
    }
}
