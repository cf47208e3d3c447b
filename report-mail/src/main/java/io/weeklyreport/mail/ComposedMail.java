package io.weeklyreport.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * A message in its final MIME form, as the {@code .eml} draft a mail client opens ({@code X-Unsent: 1}). Sending
 * it ({@link ReportMail#send}) sends these very bytes, less the draft mark: what was reviewed is what goes out.
 */
public final class ComposedMail {

    private final byte[] eml;
    private final String messageId;
    private final List<String> recipients;
    private final long attachedBytes;
    private final List<String> warnings;

    ComposedMail(byte[] eml, String messageId, List<String> recipients, long attachedBytes, List<String> warnings) {
        this.eml = Objects.requireNonNull(eml, "eml");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.recipients = List.copyOf(recipients);
        this.attachedBytes = attachedBytes;
        this.warnings = List.copyOf(warnings);
    }

    /** The whole message in bytes, as written to the {@code .eml} and (less 13 bytes of draft mark) sent. */
    public long size() {
        return eml.length;
    }

    /** The bytes of the attachments and inline images before encoding (base64 makes them a third larger). */
    public long attachedBytes() {
        return attachedBytes;
    }

    /** The {@code Message-ID} header's value, with its angle brackets. */
    public String messageId() {
        return messageId;
    }

    /** To and Cc, each as written in the headers ({@code 张三 <zhang@example.org>}), To first. */
    public List<String> recipients() {
        return recipients;
    }

    /**
     * What a person should know before sending, one line each: attachments past 10 MB, a {@code cid:} reference
     * no image answers, an image the HTML never shows.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** Writes the {@code .eml}: RFC 5322 with CRLF line ends. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(eml);
    }

    byte[] eml() {
        return eml;
    }
}
