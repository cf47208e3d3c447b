package io.weeklyreport.cli;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment}, an ASCII {@code filename} for old
 * clients, and the real name as {@code filename*=UTF-8''...} (RFC 5987 / 8187), which every current browser
 * prefers, so that "会议纪要 2023-05-18.pdf" arrives under its own name.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + extValue(fileName);
    }

    /** The name with what a quoted-string cannot carry plainly (non-ASCII, quotes, backslashes, controls) as "_". */
    static String asciiFallback(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(c -> sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        return sb.toString();
    }

    /** RFC 8187's value-chars: attr-chars as they are, every other byte of the UTF-8 as %XX. */
    static String extValue(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
