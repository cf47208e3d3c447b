package io.weeklyreport.mail;

import java.util.Objects;

/**
 * A file attached to the message, by the name the recipient sees ({@code 会议纪要 2023-05-18.docx}: non-ASCII names
 * are encoded per RFC 2231) and its media type ({@code application/pdf}). The bytes are copied in and out, so the
 * record stays what it was made with.
 */
public record Attachment(String fileName, String mediaType, byte[] bytes) {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] content() {
        return bytes;
    }
}
