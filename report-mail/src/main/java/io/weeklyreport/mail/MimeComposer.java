package io.weeklyreport.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MailMessage to MIME bytes, through Jakarta Mail's MimeMessage: the structure, the headers, the checks. */
final class MimeComposer {

    /** Past this many bytes of attachments and images, many servers refuse the message (or the recipient's box is full). */
    static final long LARGE = 10_000_000L;

    static final String DRAFT_HEADER = "X-Unsent";

    private static final int FILE_NAME_BYTES = 255;

    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9._+\\-]+(@[A-Za-z0-9._\\-]+)?");
    private static final Pattern CID_REFERENCE = Pattern.compile("(?i)cid:([^\"'\\s<>)]+)");
    private static final String UTF_8 = "UTF-8";
    private static final DateTimeFormatter RFC_5322_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    private MimeComposer() {
    }

    static ComposedMail compose(MailMessage message, ZonedDateTime date) throws MailFailure {
        Optional<InternetAddress> from = message.from().isPresent()
                ? Optional.of(address("From", message.from().get())) : Optional.empty();
        List<InternetAddress> to = addresses("To", message.to());
        List<InternetAddress> cc = addresses("Cc", message.cc());
        checkContentIds(message.images());
        List<String> warnings = new ArrayList<>(cidWarnings(message.html(), message.images()));
        long attached = message.attachments().stream().mapToLong(a -> a.content().length).sum()
                + message.images().stream().mapToLong(i -> i.file().content().length).sum();
        String messageId = "<" + UUID.randomUUID() + "@" + from.map(MimeComposer::domain).orElse("weekly-report.invalid") + ">";
        byte[] eml;
        try {
            MimeMessage mime = new IdentifiedMessage(Session.getInstance(new Properties()), messageId);
            if (from.isPresent()) {
                mime.setFrom(from.get());
            }
            mime.setRecipients(MimeMessage.RecipientType.TO, to.toArray(InternetAddress[]::new));
            mime.setRecipients(MimeMessage.RecipientType.CC, cc.toArray(InternetAddress[]::new));
            mime.setSubject(oneLine(message.subject()), UTF_8);
            mime.setHeader("Date", rfc5322(date));
            // Outlook, Thunderbird and Apple Mail open a message with this header as a draft to edit and send.
            mime.setHeader(DRAFT_HEADER, "1");
            mime.setContent(body(message));
            mime.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mime.writeTo(out);
            eml = out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new MailFailure(MailFailure.Kind.CONTENT, "cannot compose the message: " + e.getMessage(), e);
        }
        if (attached > LARGE) {
            warnings.add(String.format(Locale.ROOT,
                    "the attachments and images come to %.1f MB (the message %.1f MB): many mail servers refuse messages over 10 MB",
                    attached / 1e6, eml.length / 1e6));
        }
        List<String> recipients = new ArrayList<>();
        to.forEach(a -> recipients.add(display(a)));
        cc.forEach(a -> recipients.add(display(a)));
        return new ComposedMail(eml, messageId, recipients, attached, warnings);
    }

    /** The alternative of plain text and HTML, in a related with the images, in a mixed with the attachments. */
    private static MimeMultipart body(MailMessage message) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(message.plainText(), UTF_8, "plain");
        alternative.addBodyPart(plain);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        alternative.addBodyPart(html);
        MimeMultipart content = alternative;
        if (!message.images().isEmpty()) {
            MimeMultipart related = new RelatedMultipart();
            related.addBodyPart(wrap(content));
            for (InlineImage image : message.images()) {
                MimeBodyPart part = filePart(image.file(), Part.INLINE);
                part.setContentID("<" + image.contentId() + ">");
                related.addBodyPart(part);
            }
            content = related;
        }
        if (!message.attachments().isEmpty()) {
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(wrap(content));
            for (Attachment attachment : message.attachments()) {
                mixed.addBodyPart(filePart(attachment, Part.ATTACHMENT));
            }
            content = mixed;
        }
        return content;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart filePart(Attachment file, String disposition) throws MessagingException {
        String name = fileName(file.fileName());
        ContentType type;
        try {
            type = new ContentType(file.mediaType());
        } catch (ParseException e) {
            throw new MessagingException("'" + file.mediaType() + "' is not a media type (for " + name + ")");
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), type.getBaseType())));
        part.setDisposition(disposition);
        // Non-ASCII names go out as RFC 2231 parameters (filename*=UTF-8''...), split when long: Angus's defaults
        // (mail.mime.encodeparameters and mail.mime.splitlongparameters true, mail.mime.encodefilename false, which
        // would be RFC 2047 words inside a parameter instead). MimeComposerTest pins that header.
        part.setFileName(name);
        return part;
    }

    /**
     * The base name a recipient should see: no folders, no control characters, never empty, and at most 255 bytes
     * of UTF-8 with its extension kept. A longer name no common file system can save; and Angus never splits an
     * encoded parameter, so a longer one would also pass the 998 octets a header line may have.
     */
    static String fileName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = oneLine(base);
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "attachment";
        }
        if (utf8Length(clean) <= FILE_NAME_BYTES) {
            return clean;
        }
        int dot = clean.lastIndexOf('.');
        String extension = dot > 0 && clean.length() - dot <= 16 ? clean.substring(dot) : "";
        String stem = clean.substring(0, clean.length() - extension.length());
        while (utf8Length(stem) + utf8Length(extension) > FILE_NAME_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem.strip() + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Line breaks and other control characters in a header would end it early (or add one): spaces instead. */
    static String oneLine(String text) {
        return text.codePoints()
                .map(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replaceAll(" {2,}", " ").strip();
    }

    private static List<InternetAddress> addresses(String header, List<String> written) throws MailFailure {
        List<InternetAddress> parsed = new ArrayList<>();
        for (String one : written) {
            parsed.add(address(header, one));
        }
        return parsed;
    }

    private static InternetAddress address(String header, String written) throws MailFailure {
        String text = written.strip();
        try {
            InternetAddress address = new InternetAddress(text, true);
            if (address.isGroup() || address.getAddress() == null || address.getAddress().indexOf('@') < 1) {
                throw new AddressException("not a mailbox");
            }
            address.validate();
            // A display name in Chinese goes out as an RFC 2047 word, in UTF-8 whatever the machine's charset.
            return address.getPersonal() == null ? address
                    : new InternetAddress(address.getAddress(), address.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new MailFailure(MailFailure.Kind.ADDRESS, header + ": '" + oneLine(written) + "' is not an e-mail address", e);
        }
    }

    /** {@code 李雷 <li.lei@example.com>}: for a person to read before sending, not for a header. */
    private static String display(InternetAddress address) {
        return address.getPersonal() == null ? address.getAddress() : address.getPersonal() + " <" + address.getAddress() + ">";
    }

    private static String domain(InternetAddress address) {
        String mailbox = address.getAddress();
        return mailbox.substring(mailbox.lastIndexOf('@') + 1);
    }

    private static void checkContentIds(List<InlineImage> images) throws MailFailure {
        Set<String> seen = new LinkedHashSet<>();
        for (InlineImage image : images) {
            if (!CONTENT_ID.matcher(image.contentId()).matches()) {
                throw new MailFailure(MailFailure.Kind.CONTENT, "inline image " + fileName(image.file().fileName())
                        + ": content id '" + oneLine(image.contentId()) + "' may hold only letters, digits and . _ + - @");
            }
            if (!seen.add(image.contentId().toLowerCase(Locale.ROOT))) {
                throw new MailFailure(MailFailure.Kind.CONTENT, "two inline images have the content id '" + image.contentId() + "'");
            }
        }
    }

    private static List<String> cidWarnings(String html, List<InlineImage> images) {
        Set<String> referenced = new LinkedHashSet<>();
        Matcher m = CID_REFERENCE.matcher(html);
        while (m.find()) {
            referenced.add(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
        }
        Set<String> provided = new LinkedHashSet<>();
        images.forEach(i -> provided.add(i.contentId().toLowerCase(Locale.ROOT)));
        List<String> warnings = new ArrayList<>();
        for (String id : referenced) {
            if (!provided.contains(id)) {
                warnings.add("the HTML shows cid:" + oneLine(id) + ", but no inline image has that content id: a mail client draws a broken image");
            }
        }
        for (InlineImage image : images) {
            if (!referenced.contains(image.contentId().toLowerCase(Locale.ROOT))) {
                warnings.add("inline image " + fileName(image.file().fileName()) + " (cid:" + image.contentId()
                        + ") is not shown by the HTML: some mail clients list it as an attachment");
            }
        }
        return warnings;
    }

    /** RFC 5322 with a numeric offset only: a zone name such as "CST" means China to some readers, Chicago to others. */
    private static String rfc5322(ZonedDateTime date) {
        return RFC_5322_DATE.format(date);
    }

    /** Keeps the Message-ID given: MimeMessage would make one from the machine's user and host names. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** multipart/related with its RFC 2387 {@code type} parameter: the root part is the alternative. */
    private static final class RelatedMultipart extends MimeMultipart {
        RelatedMultipart() throws MessagingException {
            super("related");
            ContentType type = new ContentType(contentType);
            type.setParameter("type", "multipart/alternative");
            contentType = type.toString();
        }
    }
}
