package io.weeklyreport.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sending to a real SMTP server: GreenMail on free localhost ports, plain SMTP and SMTPS with the test certificate,
 * one login. What arrives is read back with mime4j; each failure gives its documented line.
 */
class GreenMailDeliveryTest {

    private static final String USER = "wang";
    private static final Password PASSWORD = new Password("s3cret-Passw0rd");

    private GreenMail server;
    private static String keyStoreBefore;

    @BeforeAll
    static void useTheTestCertificate() {
        // GreenMail's SMTPS reads its key store from these properties when it starts.
        keyStoreBefore = System.getProperty("greenmail.tls.keystore.file");
        System.setProperty("greenmail.tls.keystore.file", TestCertificate.keyStore().toString());
        System.setProperty("greenmail.tls.keystore.password", TestCertificate.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestCertificate.PASSWORD);
    }

    @AfterAll
    static void forgetTheTestCertificate() {
        if (keyStoreBefore == null) {
            System.clearProperty("greenmail.tls.keystore.file");
        } else {
            System.setProperty("greenmail.tls.keystore.file", keyStoreBefore);
        }
        System.clearProperty("greenmail.tls.keystore.password");
        System.clearProperty("greenmail.tls.key.password");
    }

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("wang@example.org", USER, PASSWORD.value()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmtpSettings plain() {
        return SmtpSettings.of("localhost", SmtpSettings.Security.NONE).withPort(server.getSmtp().getPort());
    }

    private SmtpSettings smtps() throws MailFailure {
        return SmtpSettings.of("localhost", SmtpSettings.Security.SSL).withPort(server.getSmtps().getPort())
                .withUser(USER).withTrustedCertificates(TestCertificate.pem()).withTimeout(Duration.ofSeconds(10));
    }

    private static ComposedMail mail() throws MailFailure {
        return ReportMail.compose(Fixtures.fullMessage(), Fixtures.DATE);
    }

    private List<ParsedMail> received() throws MessagingException, IOException {
        List<ParsedMail> parsed = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            parsed.add(ParsedMail.parse(raw.toByteArray()));
        }
        return parsed;
    }

    @Test
    void whatArrivesIsTheMessageAsComposedLessTheDraftMark() throws Exception {
        ComposedMail mail = mail();
        Sent sent = ReportMail.send(mail, plain());
        assertEquals(mail.messageId(), sent.messageId());
        assertEquals(List.of("team@example.org", "li.lei@example.com", "boss@example.net"), sent.recipients());
        assertEquals(mail.size() - "X-Unsent: 1\r\n".length(), sent.size());

        List<ParsedMail> received = received();
        assertEquals(3, received.size(), "one copy for each recipient's mailbox");
        ParsedMail arrived = received.get(0);
        assertEquals(Fixtures.SUBJECT, arrived.subject());
        assertEquals(mail.messageId(), arrived.messageId());
        assertNull(arrived.rawHeader("X-Unsent"), "the recipient must not get a draft");
        assertEquals(ParsedMail.parse(Fixtures.eml(mail)).structure(), arrived.structure());
        assertTrue(arrived.text("text/plain").contains("快照回收：评审中 (#512)"));
        assertTrue(arrived.text("text/html").contains("元数据缓存：已合入"));

        MailMessage message = Fixtures.fullMessage();
        Map<String, byte[]> files = arrived.attachments();
        assertArrayEquals(message.attachments().get(0).bytes(), files.get(Fixtures.DOCX_NAME), "the DOCX, byte for byte, by its Chinese name");
        assertArrayEquals(message.attachments().get(1).bytes(), files.get(Fixtures.PDF_NAME));
        assertTrue(arrived.text("text/html").contains("cid:" + Fixtures.CHART_ID));
        assertArrayEquals(message.images().get(0).file().bytes(), arrived.inlineParts().get(Fixtures.CHART_ID), "cid: resolves");
    }

    @Test
    void smtpsWithTheServersCertificateTrustedLogsInAndDelivers() throws Exception {
        ReportMail.send(mail(), smtps(), PASSWORD);
        List<ParsedMail> received = received();
        assertEquals(3, received.size());
        assertEquals(Fixtures.SUBJECT, received.get(0).subject());
        assertEquals(Fixtures.DOCX_NAME, List.copyOf(received.get(0).attachments().keySet()).get(0));
    }

    @Test
    void aWrongPasswordIsTheServersRefusalOfTheLogin() throws Exception {
        MailFailure failure = assertThrows(MailFailure.class,
                () -> ReportMail.send(mail(), smtps(), new Password("wrong")));
        assertEquals(MailFailure.Kind.AUTHENTICATION, failure.kind());
        assertEquals("cannot send through localhost:" + server.getSmtps().getPort()
                + ": the server refused the login of 'wang' (535 5.7.8 Authentication credentials invalid)", failure.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsARefusedConnection() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        MailFailure failure = assertThrows(MailFailure.class,
                () -> ReportMail.send(mail(), SmtpSettings.of("127.0.0.1", SmtpSettings.Security.NONE).withPort(closed)));
        assertEquals(MailFailure.Kind.CONNECTION, failure.kind());
        assertEquals("cannot send through 127.0.0.1:" + closed + ": connection refused (no mail server listens on that port)",
                failure.getMessage());
    }

    @Test
    void anUntrustedCertificateStopsTheConnectionBeforeTheLogin() throws Exception {
        SmtpSettings systemTrust = smtps().withTrustedCertificates(List.of());
        MailFailure failure = assertThrows(MailFailure.class, () -> ReportMail.send(mail(), systemTrust, PASSWORD));
        assertEquals(MailFailure.Kind.TLS, failure.kind());
        assertEquals("cannot send through localhost:" + server.getSmtps().getPort() + ": the server's certificate is not trusted "
                + "(signed by no certificate authority this machine or the settings trust)", failure.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefusedToo() throws Exception {
        SmtpSettings byAddress = new SmtpSettings("127.0.0.1", server.getSmtps().getPort(), SmtpSettings.Security.SSL,
                Optional.of(USER), Duration.ofSeconds(10), smtps().trustedCertificates());
        MailFailure failure = assertThrows(MailFailure.class, () -> ReportMail.send(mail(), byAddress, PASSWORD));
        assertEquals(MailFailure.Kind.TLS, failure.kind());
        assertEquals("cannot send through 127.0.0.1:" + server.getSmtps().getPort()
                + ": the server's certificate is not made out to 127.0.0.1", failure.getMessage());
    }

    @Test
    void starttlsIsRequiredNeverDroppedWhenTheServerDoesNotOfferIt() throws Exception {
        SmtpSettings starttls = SmtpSettings.of("localhost").withPort(server.getSmtp().getPort()).withUser(USER);
        MailFailure failure = assertThrows(MailFailure.class, () -> ReportMail.send(mail(), starttls, PASSWORD));
        assertEquals(MailFailure.Kind.TLS, failure.kind());
        assertEquals("cannot send through localhost:" + server.getSmtp().getPort() + ": the server does not offer STARTTLS; "
                + "not sending in plain text (security ssl if it speaks TLS from the start, none to allow plain text)", failure.getMessage());
        assertEquals(0, server.getReceivedMessages().length, "nothing sent, no password said");
    }

    @Test
    void sslToAPlainPortSaysTheServerDoesNotSpeakTls() throws Exception {
        SmtpSettings wrongPort = smtps().withPort(server.getSmtp().getPort());
        MailFailure failure = assertThrows(MailFailure.class, () -> ReportMail.send(mail(), wrongPort, PASSWORD));
        assertEquals(MailFailure.Kind.TLS, failure.kind());
        assertEquals("cannot send through localhost:" + server.getSmtp().getPort() + ": the server does not speak TLS on port "
                + server.getSmtp().getPort() + " (if it is a STARTTLS port, use security starttls)", failure.getMessage());
    }

    @Test
    void aPasswordIsNeverSentUnencrypted() throws Exception {
        MailFailure failure = assertThrows(MailFailure.class,
                () -> ReportMail.send(mail(), plain().withUser(USER), PASSWORD));
        assertEquals(MailFailure.Kind.SETTINGS, failure.kind());
        assertEquals("cannot send through localhost:" + server.getSmtp().getPort()
                + ": security none would send the password of 'wang' unencrypted; use starttls or ssl", failure.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        // The kernel accepts the connection into the backlog; nobody ever says the SMTP greeting.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SmtpSettings settings = SmtpSettings.of("127.0.0.1", SmtpSettings.Security.NONE)
                    .withPort(silent.getLocalPort()).withTimeout(Duration.ofMillis(700));
            long start = System.nanoTime();
            MailFailure failure = assertThrows(MailFailure.class, () -> ReportMail.send(mail(), settings));
            assertEquals(MailFailure.Kind.TIMEOUT, failure.kind());
            assertEquals("cannot send through 127.0.0.1:" + silent.getLocalPort() + ": the server did not answer within 0.7 s",
                    failure.getMessage());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "the timeout is honoured");
        }
    }

    @Test
    void sendingNeedsASenderARecipientAndAPasswordForTheUser() throws Exception {
        MailFailure nobody = assertThrows(MailFailure.class, () -> ReportMail.send(
                ReportMail.compose(MailMessage.of("s", "t", "<p>t</p>").withFrom("wang@example.org")), plain()));
        assertEquals(MailFailure.Kind.CONTENT, nobody.kind());
        assertTrue(nobody.getMessage().endsWith(": the message has no recipient (To or Cc)"), nobody.getMessage());
        MailFailure noSender = assertThrows(MailFailure.class, () -> ReportMail.send(
                ReportMail.compose(MailMessage.of("s", "t", "<p>t</p>").withTo(List.of("li@example.com"))), plain()));
        assertTrue(noSender.getMessage().endsWith(": the message has no sender (From)"), noSender.getMessage());
        MailFailure noPassword = assertThrows(MailFailure.class, () -> ReportMail.send(mail(), smtps()));
        assertEquals(MailFailure.Kind.SETTINGS, noPassword.kind());
        assertTrue(noPassword.getMessage().endsWith(": no password given for user 'wang'"), noPassword.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void noFailureMessageNamesAJavaClass() throws Exception {
        List<MailFailure> failures = new ArrayList<>();
        failures.add(assertThrows(MailFailure.class, () -> ReportMail.send(mail(), smtps(), new Password("wrong"))));
        failures.add(assertThrows(MailFailure.class, () -> ReportMail.send(mail(), smtps().withTrustedCertificates(List.of()), PASSWORD)));
        failures.add(assertThrows(MailFailure.class, () -> ReportMail.send(mail(), SmtpSettings.of("localhost").withPort(server.getSmtp().getPort()))));
        failures.add(assertThrows(MailFailure.class, () -> ReportMail.send(mail(), smtps().withPort(server.getSmtp().getPort()), PASSWORD)));
        for (MailFailure failure : failures) {
            assertTrue(!failure.getMessage().matches("(?s).*\\b(jakarta|javax|java|org|com|sun)\\.[a-z].*")
                    && !failure.getMessage().contains("Exception") && !failure.getMessage().contains("\n"), failure.getMessage());
        }
    }
}
