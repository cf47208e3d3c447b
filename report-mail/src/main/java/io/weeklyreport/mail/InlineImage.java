package io.weeklyreport.mail;

import java.util.Objects;

/**
 * An image the HTML body shows as {@code <img src="cid:CONTENT-ID">}: a file part like an attachment, shown in place
 * instead of listed. The content id is the caller's (for instance {@code img-1@weekly-report}); it is checked when the
 * message is composed: letters, digits and {@code . _ + - @}, so that the {@code cid:} URL and the {@code Content-ID}
 * header spell it alike (RFC 2392).
 */
public record InlineImage(String contentId, Attachment file) {

    public InlineImage {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(file, "file");
    }

    public InlineImage(String contentId, String fileName, String mediaType, byte[] bytes) {
        this(contentId, new Attachment(fileName, mediaType, bytes));
    }
}
