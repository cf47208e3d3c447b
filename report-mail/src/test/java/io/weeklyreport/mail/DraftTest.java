package io.weeklyreport.mail;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The .eml draft, read back with mime4j (a second parser): what Outlook, Thunderbird or Apple Mail would find in it. */
class DraftTest {

    private static ParsedMail draft(MailMessage message) throws MailFailure {
        return ParsedMail.parse(Fixtures.eml(ReportMail.compose(message, Fixtures.DATE)));
    }

    @Test
    void theDraftIsMixedOfRelatedOfAlternativeWithTheImageAndBothFiles() throws MailFailure {
        ParsedMail mail = draft(Fixtures.fullMessage());
        assertEquals("multipart/mixed[multipart/related[multipart/alternative[text/plain, text/html], image/png], "
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/pdf]", mail.structure());
        assertEquals("multipart/alternative", mail.contentTypeParameters("multipart/related").get("type"),
                "RFC 2387: related names its root's type");
    }

    @Test
    void aMailClientOpensItAsADraft() throws MailFailure {
        assertEquals("1", draft(Fixtures.fullMessage()).rawHeader("X-Unsent"));
    }

    @Test
    void theChineseSubjectIsEncodedPerRfc2047AndDecodesToTheTitle() throws MailFailure {
        ParsedMail mail = draft(Fixtures.fullMessage());
        assertEquals(Fixtures.SUBJECT, mail.subject());
        String raw = mail.rawHeader("Subject");
        assertTrue(raw.startsWith("=?UTF-8?"), raw);
        assertTrue(raw.chars().allMatch(c -> c < 128), "headers are ASCII: " + raw);
    }

    @Test
    void senderRecipientsDateAndMessageIdAreThere() throws MailFailure {
        ParsedMail mail = draft(Fixtures.fullMessage());
        assertEquals("王小明 <wang@example.org>", mail.from());
        assertEquals(List.of("team@example.org", "李雷 <li.lei@example.com>"), mail.to());
        assertEquals(List.of("boss@example.net"), mail.cc());
        assertEquals(Fixtures.DATE.toInstant(), mail.message().getDate().toInstant());
        assertTrue(mail.rawHeader("Date").endsWith("+0800"), "the note's own offset: " + mail.rawHeader("Date"));
        assertTrue(mail.messageId().matches("<[0-9a-f-]{36}@example\\.org>"),
                "a random id at the sender's domain, not this machine's user and host name: " + mail.messageId());
    }

    @Test
    void bothBodiesCarryTheText() throws MailFailure {
        ParsedMail mail = draft(Fixtures.fullMessage());
        assertEquals(Fixtures.PLAIN, mail.text("text/plain").replace("\r\n", "\n"));
        assertTrue(mail.text("text/html").contains("快照回收：评审中"), mail.text("text/html"));
        assertEquals("UTF-8", mail.contentTypeParameters("text/html").get("charset").toUpperCase());
    }

    @Test
    void theAttachmentsArriveByteForByteUnderTheirChineseNames() throws MailFailure {
        MailMessage message = Fixtures.fullMessage();
        Map<String, byte[]> attachments = draft(message).attachments();
        assertEquals(List.of(Fixtures.DOCX_NAME, Fixtures.PDF_NAME), List.copyOf(attachments.keySet()));
        assertArrayEquals(message.attachments().get(0).bytes(), attachments.get(Fixtures.DOCX_NAME));
        assertArrayEquals(message.attachments().get(1).bytes(), attachments.get(Fixtures.PDF_NAME));
    }

    @Test
    void fileNamesAreRfc2231ParametersNotEncodedWords() throws MailFailure {
        String eml = new String(Fixtures.eml(ReportMail.compose(Fixtures.fullMessage(), Fixtures.DATE)), StandardCharsets.US_ASCII);
        assertTrue(eml.contains("filename*0*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%202023-05-18.docx")
                        || eml.contains("filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%202023-05-18.docx"),
                "the DOCX's name as an RFC 2231 parameter:\n" + eml.substring(0, Math.min(eml.length(), 4000)));
        assertFalse(eml.matches("(?s).*filename=\"=\\?.*"), "no RFC 2047 word inside a quoted file name");
        assertTrue(eml.chars().allMatch(c -> c < 128), "7-bit clean: any server relays it");
    }

    @Test
    void theHtmlsCidReferenceResolvesToTheInlineImage() throws MailFailure {
        MailMessage message = Fixtures.fullMessage();
        ParsedMail mail = draft(message);
        assertTrue(mail.text("text/html").contains("src=\"cid:" + Fixtures.CHART_ID + "\""));
        assertArrayEquals(message.images().get(0).file().bytes(), mail.inlineParts().get(Fixtures.CHART_ID));
        assertEquals(List.of(), ReportMail.compose(message).warnings(), "every image shown, every reference answered");
    }

    @Test
    void levelsWithNothingToHoldAreLeftOut() throws MailFailure {
        MailMessage bare = MailMessage.of("Weekly sync", "text", "<p>text</p>");
        assertEquals("multipart/alternative[text/plain, text/html]", draft(bare).structure());
        assertEquals("multipart/mixed[multipart/alternative[text/plain, text/html], application/pdf]",
                draft(bare.withAttachments(List.of(new Attachment("a.pdf", Attachment.PDF, new byte[] {1, 2})))).structure());
        assertEquals("multipart/related[multipart/alternative[text/plain, text/html], image/png]",
                draft(bare.withImages(List.of(new InlineImage("i@x", "i.png", "image/png", Fixtures.png())))).structure());
    }

    @Test
    void aDraftMayLeaveSenderAndRecipientsForTheMailClient() throws MailFailure {
        ComposedMail mail = ReportMail.compose(MailMessage.of("Weekly sync", "text", "<p>text</p>"));
        ParsedMail parsed = ParsedMail.parse(Fixtures.eml(mail));
        assertNull(parsed.rawHeader("From"));
        assertNull(parsed.rawHeader("To"));
        assertEquals(List.of(), mail.recipients());
        assertTrue(mail.messageId().endsWith("@weekly-report.invalid>"), mail.messageId());
    }

    @Test
    void sizeIsTheBytesOfTheEmlAndRecipientsAreListedToFirst() throws MailFailure {
        ComposedMail mail = ReportMail.compose(Fixtures.fullMessage());
        assertEquals(Fixtures.eml(mail).length, mail.size());
        assertTrue(mail.size() > 4 * (40_000 + 25_000) / 3, "base64 makes attachments a third larger");
        assertEquals(40_000 + 25_000 + Fixtures.png().length, mail.attachedBytes());
        assertEquals(List.of("team@example.org", "李雷 <li.lei@example.com>", "boss@example.net"), mail.recipients());
    }

    @Test
    void attachmentsPastTenMegabytesGiveOneWarning() throws MailFailure {
        MailMessage small = MailMessage.of("s", "t", "<p>t</p>")
                .withAttachments(List.of(new Attachment("a.bin", "application/octet-stream", new byte[9_000_000])));
        assertEquals(List.of(), ReportMail.compose(small).warnings());
        MailMessage large = small.withAttachments(List.of(
                new Attachment("a.bin", "application/octet-stream", new byte[9_000_000]),
                new Attachment("b.bin", "application/octet-stream", new byte[3_000_000])));
        ComposedMail mail = ReportMail.compose(large);
        assertEquals(1, mail.warnings().size(), mail.warnings().toString());
        assertTrue(mail.warnings().get(0).startsWith("the attachments and images come to 12.0 MB (the message 16."),
                mail.warnings().get(0));
    }

    @Test
    void aReferenceNoImageAnswersAndAnImageNeverShownAreWarnedOf() throws MailFailure {
        MailMessage message = MailMessage.of("s", "t", "<img src=\"cid:missing@x\"><img src='CID:logo@x'>")
                .withImages(List.of(new InlineImage("logo@x", "logo.png", "image/png", Fixtures.png()),
                        new InlineImage("unused@x", "unused.png", "image/png", Fixtures.png())));
        assertEquals(List.of(
                "the HTML shows cid:missing@x, but no inline image has that content id: a mail client draws a broken image",
                "inline image unused.png (cid:unused@x) is not shown by the HTML: some mail clients list it as an attachment"),
                ReportMail.compose(message).warnings());
    }

    @Test
    void noLineOfTheEmlIsLongerThanRfc5322Allows() throws MailFailure {
        String oneLongLine = "<table>" + "<tr><td style=\"padding:4px\">cell</td></tr>".repeat(300) + "</table>";
        String longName = "存储组双周会纪要".repeat(20);
        MailMessage message = MailMessage.of("标题很长的双周会".repeat(30), "评审中 ".repeat(200), oneLongLine)
                .withFrom(longName + " <wang@example.org>")
                .withAttachments(List.of(new Attachment(longName + ".docx", Attachment.DOCX, new byte[] {1})));
        String eml = new String(Fixtures.eml(ReportMail.compose(message)), StandardCharsets.US_ASCII);
        assertTrue(eml.lines().allMatch(line -> line.length() <= 998), "a server may cut or refuse longer lines");
        ParsedMail parsed = ParsedMail.parse(eml.getBytes(StandardCharsets.US_ASCII));
        assertEquals(oneLongLine, parsed.text("text/html"));
        assertEquals("标题很长的双周会".repeat(30), parsed.subject());
    }

    @Test
    void aFileNameTooLongToSaveIsShortenedKeepingItsExtension() throws MailFailure {
        String longName = "存储组双周会纪要".repeat(20) + ".docx";
        String arrived = List.copyOf(draft(MailMessage.of("s", "t", "<p>t</p>").withAttachments(List.of(
                new Attachment(longName, Attachment.DOCX, new byte[] {1})))).attachments().keySet()).get(0);
        assertTrue(arrived.getBytes(StandardCharsets.UTF_8).length <= 255, arrived);
        assertTrue(arrived.endsWith(".docx"), arrived);
        assertTrue(longName.startsWith(arrived.substring(0, arrived.length() - ".docx".length())), arrived);
    }

    @Test
    void aSubjectCannotAddHeaders() throws MailFailure {
        ParsedMail mail = draft(MailMessage.of("Weekly\r\nBcc: everyone@example.org", "t", "<p>t</p>"));
        assertEquals("Weekly Bcc: everyone@example.org", mail.subject());
        assertNull(mail.rawHeader("Bcc"));
    }

    @Test
    void anAttachmentIsNamedByItsBaseName() throws MailFailure {
        MailMessage message = MailMessage.of("s", "t", "<p>t</p>").withAttachments(List.of(
                new Attachment("/home/me/notes/周报.docx", Attachment.DOCX, new byte[] {1}),
                new Attachment("..\\..\\x\n.pdf", Attachment.PDF, new byte[] {2})));
        assertEquals(List.of("周报.docx", "x .pdf"), List.copyOf(draft(message).attachments().keySet()));
    }

    @Test
    void addressesThatAreNoAddressesAreRefusedNamingTheHeader() {
        MailFailure to = assertThrows(MailFailure.class, () -> ReportMail.compose(
                MailMessage.of("s", "t", "<p>t</p>").withTo(List.of("ok@example.org", "bob at example"))));
        assertEquals(MailFailure.Kind.ADDRESS, to.kind());
        assertEquals("To: 'bob at example' is not an e-mail address", to.getMessage());
        MailFailure from = assertThrows(MailFailure.class, () -> ReportMail.compose(
                MailMessage.of("s", "t", "<p>t</p>").withFrom("wang")));
        assertEquals("From: 'wang' is not an e-mail address", from.getMessage());
        MailFailure cc = assertThrows(MailFailure.class, () -> ReportMail.compose(
                MailMessage.of("s", "t", "<p>t</p>").withCc(List.of("a@example.org, b@example.org"))));
        assertEquals("Cc: 'a@example.org, b@example.org' is not an e-mail address", cc.getMessage(),
                "one address per entry: a list in one string is a mistake, not two recipients");
    }

    @Test
    void contentIdsAndMediaTypesAreChecked() {
        MailMessage base = MailMessage.of("s", "t", "<p>t</p>");
        MailFailure id = assertThrows(MailFailure.class, () -> ReportMail.compose(base.withImages(List.of(
                new InlineImage("chart 1>", "c.png", "image/png", Fixtures.png())))));
        assertEquals(MailFailure.Kind.CONTENT, id.kind());
        assertEquals("inline image c.png: content id 'chart 1>' may hold only letters, digits and . _ + - @", id.getMessage());
        MailFailure twice = assertThrows(MailFailure.class, () -> ReportMail.compose(base.withImages(List.of(
                new InlineImage("a@x", "a.png", "image/png", Fixtures.png()),
                new InlineImage("A@x", "b.png", "image/png", Fixtures.png())))));
        assertEquals("two inline images have the content id 'A@x'", twice.getMessage());
        MailFailure type = assertThrows(MailFailure.class, () -> ReportMail.compose(base.withAttachments(List.of(
                new Attachment("a.docx", "word document", new byte[] {1})))));
        assertEquals(MailFailure.Kind.CONTENT, type.kind());
        assertEquals("cannot compose the message: 'word document' is not a media type (for a.docx)", type.getMessage());
    }
}
