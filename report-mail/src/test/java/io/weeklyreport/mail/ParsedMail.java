package io.weeklyreport.mail;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A message read back with Apache James mime4j, a parser that shares no code with Jakarta Mail: what a mail client
 * would find in it, in the terms a test asserts.
 */
final class ParsedMail {

    private final Message message;

    private ParsedMail(Message message) {
        this.message = message;
    }

    static ParsedMail parse(byte[] eml) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.STRICT);
        try {
            return new ParsedMail(builder.parseMessage(new ByteArrayInputStream(eml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree of media types: {@code multipart/mixed[multipart/alternative[text/plain, text/html], application/pdf]}. */
    String structure() {
        return structure(message);
    }

    private static String structure(Entity entity) {
        if (entity.getBody() instanceof Multipart multipart) {
            return entity.getMimeType() + multipart.getBodyParts().stream().map(ParsedMail::structure)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return entity.getMimeType();
    }

    String subject() {
        return message.getSubject();
    }

    String messageId() {
        return message.getMessageId();
    }

    Message message() {
        return message;
    }

    /** A header's value as written, unfolded; null when absent. */
    String rawHeader(String name) {
        Field field = message.getHeader().getField(name);
        return field == null ? null : field.getBody();
    }

    String from() {
        Mailbox mailbox = message.getFrom().get(0);
        return mailbox.getName() + " <" + mailbox.getAddress() + ">";
    }

    List<String> to() {
        return addresses(message.getTo());
    }

    List<String> cc() {
        return addresses(message.getCc());
    }

    private static List<String> addresses(AddressList list) {
        List<String> found = new ArrayList<>();
        if (list != null) {
            for (Address address : list.flatten()) {
                Mailbox mailbox = (Mailbox) address;
                found.add(mailbox.getName() == null ? mailbox.getAddress() : mailbox.getName() + " <" + mailbox.getAddress() + ">");
            }
        }
        return found;
    }

    /** The decoded text of the first part of this media type ({@code text/plain}, {@code text/html}). */
    String text(String mediaType) {
        for (Entity part : leaves()) {
            if (part.getMimeType().equals(mediaType) && part.getBody() instanceof TextBody body) {
                try (Reader reader = body.getReader()) {
                    StringWriter text = new StringWriter();
                    reader.transferTo(text);
                    return text.toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no " + mediaType + " part in " + structure());
    }

    /** Attachments by the file name a mail client shows, with their decoded bytes. */
    Map<String, byte[]> attachments() {
        Map<String, byte[]> found = new LinkedHashMap<>();
        for (Entity part : leaves()) {
            if ("attachment".equals(part.getDispositionType())) {
                found.put(part.getFilename(), bytes(part.getBody()));
            }
        }
        return found;
    }

    /** Inline parts by their Content-ID (no angle brackets), with their decoded bytes. */
    Map<String, byte[]> inlineParts() {
        Map<String, byte[]> found = new LinkedHashMap<>();
        for (Entity part : leaves()) {
            Field id = part.getHeader().getField("Content-ID");
            if (id != null) {
                found.put(id.getBody().strip().replaceAll("^<|>$", ""), bytes(part.getBody()));
            }
        }
        return found;
    }

    /** The Content-Type parameters of the first part of this media type. */
    Map<String, String> contentTypeParameters(String mediaType) {
        for (Entity part : all()) {
            if (part.getMimeType().equals(mediaType)) {
                return ((ContentTypeField) part.getHeader().getField("Content-Type")).getParameters();
            }
        }
        throw new AssertionError("no " + mediaType + " part in " + structure());
    }

    /** Every part, depth first, the message itself included. */
    List<Entity> all() {
        List<Entity> found = new ArrayList<>();
        collect(message, found, false);
        return found;
    }

    private List<Entity> leaves() {
        List<Entity> found = new ArrayList<>();
        collect(message, found, true);
        return found;
    }

    private static void collect(Entity entity, List<Entity> found, boolean leavesOnly) {
        boolean multipart = entity.getBody() instanceof Multipart;
        if (!leavesOnly || !multipart) {
            found.add(entity);
        }
        if (entity.getBody() instanceof Multipart parts) {
            for (Entity part : parts.getBodyParts()) {
                collect(part, found, leavesOnly);
            }
        }
    }

    private static byte[] bytes(Body body) {
        try (InputStream in = ((SingleBody) body).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
