package io.weeklyreport.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The failures no local test server can stage (a host the resolver does not know, an expired certificate, a message
 * refused for its size, a dropped connection), as Angus reports them: the exceptions are Angus's own classes,
 * chained as its transport chains them.
 */
class FailureMessagesTest {

    private static final SmtpSettings SETTINGS = SmtpSettings.of("smtp.example.org").withUser("wang");

    private static MailFailure describe(MessagingException e) {
        return SmtpFailures.describe(e, SETTINGS);
    }

    @Test
    void anUnknownHost() {
        MailFailure failure = describe(new MessagingException("Unknown SMTP host: smtp.example.org",
                new UnknownHostException("smtp.example.org")));
        assertEquals(MailFailure.Kind.CONNECTION, failure.kind());
        assertEquals("cannot send through smtp.example.org:587: unknown host smtp.example.org", failure.getMessage());
    }

    @Test
    void anExpiredCertificate() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path validation failed");
        handshake.initCause(new CertPathValidatorException("validity check failed", new CertificateExpiredException("NotAfter: 2020")));
        MailFailure failure = describe(new MessagingException("Could not convert socket to TLS", handshake));
        assertEquals(MailFailure.Kind.TLS, failure.kind());
        assertEquals("cannot send through smtp.example.org:587: the server's certificate has expired", failure.getMessage());
    }

    @Test
    void aMessageRefusedForItsSize() {
        MailFailure failure = describe(new SMTPSendFailedException("DATA", 552,
                "552 5.3.4 Message size exceeds fixed limit\n", null, null, null, null));
        assertEquals(MailFailure.Kind.MESSAGE_REJECTED, failure.kind());
        assertEquals("cannot send through smtp.example.org:587: the server refused the message "
                + "(552 5.3.4 Message size exceeds fixed limit)", failure.getMessage());
    }

    @Test
    void aSenderTheServerWillNotSendFor() throws Exception {
        MailFailure failure = describe(new SMTPSenderFailedException(new InternetAddress("wang@example.org"),
                "MAIL FROM:<wang@example.org>", 553, "553 5.7.1 Sender address rejected: not owned by user wang"));
        assertEquals(MailFailure.Kind.MESSAGE_REJECTED, failure.kind());
        assertEquals("cannot send through smtp.example.org:587: the server refused the sender wang@example.org "
                + "(553 5.7.1 Sender address rejected: not owned by user wang)", failure.getMessage());
    }

    @Test
    void aConnectionDroppedHalfway() {
        MailFailure failure = describe(new MessagingException("Exception reading response", new SocketException("Connection reset")));
        assertEquals(MailFailure.Kind.SERVER, failure.kind());
        assertEquals("cannot send through smtp.example.org:587: the server closed the connection", failure.getMessage());
    }

    @Test
    void aGreetingThatTurnsUsAway() {
        MailFailure failure = describe(new MessagingException("Got bad greeting from SMTP host: smtp.example.org, port: 587, "
                + "response: 554 5.7.1 Service unavailable; client host blocked\r\n"));
        assertEquals(MailFailure.Kind.SERVER, failure.kind());
        assertEquals("cannot send through smtp.example.org:587: the server turned the connection away "
                + "(554 5.7.1 Service unavailable; client host blocked)", failure.getMessage());
    }

    @Test
    void aServerReplyCannotBreakTheLine() {
        MailFailure failure = describe(new SMTPSendFailedException("DATA", 554,
                "554 rejected\r\nFAKE: injected\u001b[31m" + "x".repeat(400), null, null, null, null));
        assertEquals(1, failure.getMessage().lines().count());
        assertEquals(false, failure.getMessage().contains("\u001b"));
        assertEquals(true, failure.getMessage().length() < 300, failure.getMessage());
    }
}
