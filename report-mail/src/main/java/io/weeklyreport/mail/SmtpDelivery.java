package io.weeklyreport.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Hands a composed message to an SMTP server with Angus Mail's transport, encrypted as the settings require. */
final class SmtpDelivery {

    private SmtpDelivery() {
    }

    static Sent send(ComposedMail mail, SmtpSettings settings, Optional<Password> password) throws MailFailure {
        String where = "cannot send through " + settings.server() + ": ";
        if (settings.user().isPresent() && password.isEmpty()) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, where + "no password given for user '" + settings.user().get() + "'");
        }
        if (settings.user().isEmpty() && password.isPresent()) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, where + "a password was given but no user to log in as");
        }
        if (settings.user().isPresent() && settings.security() == SmtpSettings.Security.NONE) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, where + "security none would send the password of '"
                    + settings.user().get() + "' unencrypted; use starttls or ssl");
        }
        Session session = Session.getInstance(properties(settings));
        MimeMessage message;
        Address[] recipients;
        boolean hasSender;
        try {
            message = new MimeMessage(session, new ByteArrayInputStream(mail.eml()));
            // The draft mark would make the recipient's mail client open the message as a draft of their own.
            message.removeHeader(MimeComposer.DRAFT_HEADER);
            recipients = message.getAllRecipients();
            hasSender = message.getHeader("From", null) != null;
        } catch (MessagingException e) {
            throw new MailFailure(MailFailure.Kind.CONTENT, where + "the message cannot be read back: " + e.getMessage(), e);
        }
        if (!hasSender) {
            throw new MailFailure(MailFailure.Kind.CONTENT, where + "the message has no sender (From)");
        }
        if (recipients == null || recipients.length == 0) {
            throw new MailFailure(MailFailure.Kind.CONTENT, where + "the message has no recipient (To or Cc)");
        }
        Transport transport;
        try {
            transport = session.getTransport("smtp");
        } catch (MessagingException e) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, where + "no SMTP transport on the class path", e);
        }
        long size;
        try {
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    password.map(Password::value).orElse(null));
            // sendMessage, unlike Transport.send, does not call saveChanges: the bytes go out as composed.
            transport.sendMessage(message, recipients);
            size = mail.size() - (MimeComposer.DRAFT_HEADER + ": 1\r\n").length();
        } catch (MessagingException e) {
            throw SmtpFailures.describe(e, settings);
        } finally {
            closeQuietly(transport);
        }
        List<String> accepted = new ArrayList<>();
        for (Address recipient : recipients) {
            accepted.add(recipient instanceof InternetAddress mailbox ? mailbox.getAddress() : recipient.toString());
        }
        return new Sent(mail.messageId(), accepted, size);
    }

    /** Once the message is accepted, a failed QUIT changes nothing: it was sent. */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the server dropped the connection after accepting (or before anything happened)
        }
    }

    static Properties properties(SmtpSettings settings) throws MailFailure {
        Properties p = new Properties();
        String millis = Long.toString(settings.timeout().toMillis());
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        // Never retry a failed TLS socket factory with another (Angus's default falls back to the JDK's).
        p.setProperty("mail.smtp.socketFactory.fallback", "false");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        switch (settings.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // Without this Angus carries on in plain text when the server does not offer STARTTLS.
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.setProperty("mail.smtp.ssl.enable", "true");
            case NONE -> p.setProperty("mail.smtp.starttls.enable", "false");
        }
        if (settings.user().isPresent()) {
            p.setProperty("mail.smtp.auth", "true");
        }
        if (!settings.trustedCertificates().isEmpty()) {
            p.put("mail.smtp.ssl.socketFactory", trusting(settings.trustedCertificates()).getSocketFactory());
        }
        return p;
    }

    private static SSLContext trusting(List<X509Certificate> certificates) throws MailFailure {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("trusted-" + i, certificates.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, "cannot trust the certificates given: " + e.getMessage(), e);
        }
    }
}
