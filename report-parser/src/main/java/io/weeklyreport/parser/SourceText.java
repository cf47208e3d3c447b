package io.weeklyreport.parser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns the bytes of a note into text, refusing what is not text rather than passing mojibake on.
 * UTF-8 (with or without BOM) and UTF-16 with BOM are read; anything else that is not valid UTF-8 is
 * tried as GB18030 only when it decodes cleanly and looks like Chinese, otherwise refused.
 */
final class SourceText {
    private static final long MAX_BYTES = Limits.MAX_NOTE_CHARS;
    static final String TOO_LARGE = "is larger than 16 MiB; meeting notes are never that large, is it the right file?";

    private SourceText() {
    }

    static String read(Path file, String shownName) throws UnreadableInputException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException(shownName, 0, "is a folder, not a Markdown file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableInputException(shownName, 0, TOO_LARGE);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(shownName, 0, "no such file");
        } catch (IOException e) {
            throw new UnreadableInputException(shownName, 0, "cannot be read: " + e.getMessage());
        }
        return decode(bytes, shownName);
    }

    static String decode(byte[] bytes, String shownName) throws UnreadableInputException {
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableInputException(shownName, 0, TOO_LARGE);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return normalise(strictDecode(bytes, 3, StandardCharsets.UTF_8, shownName));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return normalise(strictDecode(bytes, 2, StandardCharsets.UTF_16LE, shownName));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return normalise(strictDecode(bytes, 2, StandardCharsets.UTF_16BE, shownName));
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new UnreadableInputException(shownName, lineAt(bytes, nul),
                    "is a binary file (it contains NUL bytes), not a Markdown note");
        }
        try {
            return normalise(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            String gb = tryGb18030(bytes);
            if (gb != null) {
                return normalise(gb);
            }
            throw new UnreadableInputException(shownName, lineAt(bytes, bad),
                    "is not valid UTF-8 (byte 0x%02X at offset %d) nor Chinese GB18030/GBK text; save it as UTF-8 and try again"
                            .formatted(bytes[bad] & 0xFF, bad));
        }
    }

    /** GB18030 accepts almost any byte sequence, so only accept it when the result is mostly Chinese. */
    private static String tryGb18030(byte[] bytes) {
        try {
            String text = decoder(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes)).toString();
            long chinese = text.codePoints().filter(SourceText::isChineseText).count();
            long nonAscii = text.codePoints().filter(cp -> cp > 0x7F).count();
            return nonAscii > 0 && chinese * 10 >= nonAscii * 9 ? text : null;
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    /** Han characters and the punctuation Chinese text uses (，。：“”……), as opposed to Latin-1 mojibake. */
    private static boolean isChineseText(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2010 && cp <= 0x2027);
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset, String shownName)
            throws UnreadableInputException {
        try {
            CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(shownName, 0, "is not valid " + charset.name() + " text");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** CRLF and lone CR become LF; a BOM left inside is dropped. */
    static String normalise(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
