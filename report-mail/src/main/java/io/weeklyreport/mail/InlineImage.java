package io.weeklyreport.mail;

import java.util.Objects;

/**
 * An image the HTML body shows as {@code <img src="cid:CONTENT-ID">}. The content id is the caller's (for
 * instance {@code img-1@weekly-report}); it is checked when the message is composed: letters, digits and
 * {@code . _ + - @}, so that the {@code cid:} URL and the {@code Content-ID} header spell it alike (RFC 2392).
 */
public record InlineImage(String contentId, String fileName, String mediaType, byte[] bytes) {

    public InlineImage {
        Objects.requireNonNull(contentId, "contentId");
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
