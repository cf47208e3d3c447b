package io.weeklyreport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The path rules of `serve`: a request names a file below the folder served, or nothing. */
class RequestPathTest {
    @TempDir
    Path dir;

    @Test
    void plainPathsAreDecodedOnceAsUtf8() {
        assertEquals(Optional.of(List.of()), RequestPath.segments("/"));
        assertEquals(Optional.of(List.of("2023", "05-18.md")), RequestPath.segments("/2023/05-18.md"));
        assertEquals(Optional.of(List.of("会议 纪要.md")), RequestPath.segments("/%E4%BC%9A%E8%AE%AE%20%E7%BA%AA%E8%A6%81.md"));
        assertEquals(Optional.of(List.of("%2e%2e")), RequestPath.segments("/%252e%252e"), "decoded once: %25 is a percent sign");
        assertEquals(Optional.of(List.of("a+b.md")), RequestPath.segments("/a+b.md"), "a plus is a plus in a path");
    }

    @Test
    void dotSegmentsEncodedOrNotAreRefused() {
        for (String path : List.of("/../etc/passwd", "/a/../b.md", "/./a.md", "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
                "/.%2e/x", "/%2e./x", "/a/%2e%2e/%2e%2e/x", "/..", "/.")) {
            assertEquals(Optional.empty(), RequestPath.segments(path), path);
        }
    }

    @Test
    void encodedSlashesBackslashesAndEmptySegmentsAreRefused() {
        for (String path : List.of("/..%2fetc%2fpasswd", "/a%2Fb.md", "/%2fetc/passwd", "/a%5c..%5cb", "/a\\b", "//etc/passwd",
                "/notes//a.md", "/notes/", "etc/passwd", "", "/a%00.md", "/a%0a.md", "/a%", "/a%zz", "/%C0%AE%C0%AE/x", "/%ff")) {
            assertEquals(Optional.empty(), RequestPath.segments(path), path);
        }
    }

    @Test
    void hiddenNamesAreRefused() {
        for (String path : List.of("/.git/config", "/.weekly-report-state.json", "/2023/.a.md.swp", "/%2egit/config")) {
            assertEquals(Optional.empty(), RequestPath.segments(path), path);
        }
    }

    @Test
    void aFileIsOnlyOneThatReallyLiesInsideTheFolder() throws IOException {
        Path served = Files.createDirectories(dir.resolve("notes"));
        Path note = Notes.write(served.resolve("2023/a.md"), "# a\n");
        Path outside = Notes.write(dir.resolve("secret.md"), "# secret\n");
        Files.createSymbolicLink(served.resolve("link.md"), outside);
        Files.createSymbolicLink(served.resolve("out"), dir);

        assertEquals(Optional.of(note.toAbsolutePath().normalize()), RequestPath.file(served, "/2023/a.md"));
        assertEquals(Optional.empty(), RequestPath.file(served, "/link.md"), "a symbolic link out of the folder");
        assertEquals(Optional.empty(), RequestPath.file(served, "/out/secret.md"), "a linked folder out of it");
        assertEquals(Optional.empty(), RequestPath.file(served, "/2023"), "a folder is no file");
        assertEquals(Optional.empty(), RequestPath.file(served, "/"), "nor the folder itself");
        assertEquals(Optional.empty(), RequestPath.file(served, "/missing.md"));
        assertEquals(Optional.empty(), RequestPath.file(served, "/../secret.md"));
        assertEquals(Optional.empty(), RequestPath.file(served, "/" + outside.toAbsolutePath()), "an absolute path is a path below the folder, or nothing");
        assertTrue(RequestPath.file(served.resolve("2023"), "/a.md").isPresent(), "a folder given with a note in it");
    }
}
