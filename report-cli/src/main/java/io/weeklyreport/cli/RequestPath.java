package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The path of a request, checked before it names a file. It is percent-decoded once, as UTF-8; encoded slashes and
 * backslashes, control characters, empty segments ({@code //}, a trailing {@code /}), {@code .} and {@code ..} and
 * hidden names ({@code .git}, {@code .weekly-report-state.json}) are refused whatever they would resolve to, and
 * the file must really lie inside the folder served (a symbolic link out of it does not). A refused path is no
 * file of ours: the server answers 404, saying no more.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The decoded segments of a raw request path ("/2023/a%20b.md" to [2023, a b.md]; "/" to none), if acceptable. */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || rawPath.contains("\\")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        if (path.equals("/")) {
            return Optional.of(List.of());
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return Optional.empty();   // "//", a trailing "/", ".", "..", ".git"
            }
            segments.add(segment);
        }
        return Optional.of(List.copyOf(segments));
    }

    /**
     * The file a raw request path names below {@code root}, if the path is acceptable and the file exists and,
     * with every symbolic link followed, lies inside {@code root}. The path is returned as named (not the real one),
     * so that it compares with the notes found below {@code root}.
     */
    static Optional<Path> file(Path root, String rawPath) {
        Optional<List<String>> segments = segments(rawPath);
        if (segments.isEmpty() || segments.get().isEmpty()) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path file = base;
        for (String segment : segments.get()) {
            file = file.resolve(segment);
        }
        file = file.normalize();
        if (!file.startsWith(base) || file.equals(base) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(base.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** "/a%20b" to "/a b", strictly: a stray "%" or bytes that are no UTF-8 refuse the path. */
    private static Optional<String> decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                int cp = raw.codePointAt(i);
                bytes.put(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
