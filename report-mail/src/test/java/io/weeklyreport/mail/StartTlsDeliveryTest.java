package io.weeklyreport.mail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.wiser.Wiser;
import org.subethamail.wiser.WiserMessage;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What GreenMail cannot show: STARTTLS (the default security) and a server that refuses a recipient. SubEthaSMTP's
 * Wiser on a free localhost port, requiring STARTTLS before anything else and a login after it.
 */
class StartTlsDeliveryTest {

    private static final String REFUSED = "nobody@example.org";
    private static final Password PASSWORD = new Password("s3cret-Passw0rd");

    private Wiser server;

    @BeforeEach
    void start() {
        SMTPServer.Builder builder = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .enableTLS()
                .requireTLS()
                .startTlsSocketFactory(TestCertificate.serverContext())
                .requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!user.equals("wang") || !password.equals(PASSWORD.value())) {
                        throw new LoginFailedException();
                    }
                }));
        server = Wiser.accepter((from, recipient) -> !recipient.equalsIgnoreCase(REFUSED)).server(builder);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmtpSettings starttls() throws MailFailure {
        return SmtpSettings.of("localhost").withPort(server.getServer().getPortAllocated()).withUser("wang")
                .withTrustedCertificates(TestCertificate.pem()).withTimeout(Duration.ofSeconds(10));
    }

    @Test
    void starttlsThenLoginDeliversToEveryRecipient() throws Exception {
        MailMessage message = Fixtures.fullMessage();
        ReportMail.send(ReportMail.compose(message), starttls(), PASSWORD);
        List<WiserMessage> received = server.getMessages();
        assertEquals(List.of("team@example.org", "li.lei@example.com", "boss@example.net"),
                received.stream().map(WiserMessage::getEnvelopeReceiver).toList());
        ParsedMail arrived = ParsedMail.parse(received.get(0).getData());
        assertEquals(Fixtures.SUBJECT, arrived.subject());
        assertArrayEquals(message.attachments().get(0).bytes(), arrived.attachments().get(Fixtures.DOCX_NAME));
    }

    @Test
    void aRefusedRecipientStopsTheWholeMessage() throws Exception {
        MailMessage message = Fixtures.fullMessage().withCc(List.of(REFUSED));
        MailFailure failure = assertThrows(MailFailure.class,
                () -> ReportMail.send(ReportMail.compose(message), starttls(), PASSWORD));
        assertEquals(MailFailure.Kind.RECIPIENT_REJECTED, failure.kind());
        assertEquals("cannot send through localhost:" + server.getServer().getPortAllocated()
                + ": the server refused the recipient nobody@example.org (553 <nobody@example.org> address unknown.); nothing was sent",
                failure.getMessage());
        assertEquals(List.of(), server.getMessages(), "no one got it: not half the team");
    }

    @Test
    void aWrongPasswordAfterStarttlsIsRefused() throws Exception {
        MailFailure failure = assertThrows(MailFailure.class,
                () -> ReportMail.send(ReportMail.compose(Fixtures.fullMessage()), starttls(), new Password("wrong")));
        assertEquals(MailFailure.Kind.AUTHENTICATION, failure.kind());
        assertEquals("cannot send through localhost:" + server.getServer().getPortAllocated()
                + ": the server refused the login of 'wang' (535 Authentication credentials invalid)", failure.getMessage());
        assertEquals(List.of(), server.getMessages());
    }

    @Test
    void anUntrustedCertificateAfterStarttlsIsRefused() throws Exception {
        SmtpSettings systemTrust = starttls().withTrustedCertificates(List.of());
        MailFailure failure = assertThrows(MailFailure.class,
                () -> ReportMail.send(ReportMail.compose(Fixtures.fullMessage()), systemTrust, PASSWORD));
        assertEquals(MailFailure.Kind.TLS, failure.kind());
        assertEquals("cannot send through localhost:" + server.getServer().getPortAllocated() + ": the server's certificate is not trusted "
                + "(signed by no certificate authority this machine or the settings trust)", failure.getMessage());
        assertEquals(List.of(), server.getMessages());
    }
}
