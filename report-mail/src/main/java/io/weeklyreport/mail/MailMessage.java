package io.weeklyreport.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message says, before it is MIME: who it is from and for, a subject, the same text as plain text and as
 * HTML, the images the HTML shows (referred to as {@code cid:} URLs) and the files attached. Addresses are written
 * as a reader would ({@code "张三 <zhang@example.org>"}) and checked when the message is composed.
 *
 * <p>A draft may leave {@code from}, {@code to} and {@code cc} empty (the mail client fills them in); sending needs a
 * sender and at least one recipient.
 */
public record MailMessage(Optional<String> from, List<String> to, List<String> cc, String subject,
                          String plainText, String html, List<InlineImage> images, List<Attachment> attachments) {

    public MailMessage {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plainText, "plainText");
        Objects.requireNonNull(html, "html");
        images = List.copyOf(images);
        attachments = List.copyOf(attachments);
    }

    /** A message with no images, no attachments and nobody on it yet: start here and add with the {@code with} methods. */
    public static MailMessage of(String subject, String plainText, String html) {
        return new MailMessage(Optional.empty(), List.of(), List.of(), subject, plainText, html, List.of(), List.of());
    }

    public MailMessage withFrom(String sender) {
        return new MailMessage(Optional.of(sender), to, cc, subject, plainText, html, images, attachments);
    }

    public MailMessage withTo(List<String> recipients) {
        return new MailMessage(from, recipients, cc, subject, plainText, html, images, attachments);
    }

    public MailMessage withCc(List<String> recipients) {
        return new MailMessage(from, to, recipients, subject, plainText, html, images, attachments);
    }

    public MailMessage withImages(List<InlineImage> inline) {
        return new MailMessage(from, to, cc, subject, plainText, html, inline, attachments);
    }

    public MailMessage withAttachments(List<Attachment> files) {
        return new MailMessage(from, to, cc, subject, plainText, html, images, files);
    }
}
