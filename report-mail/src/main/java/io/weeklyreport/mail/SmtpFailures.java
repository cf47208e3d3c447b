package io.weeklyreport.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Angus throws, as one line a person can act on: the server, then what happened in words, then the server's
 * own reply where it gave one. Never a Java class name, never a stack trace; the exception stays the cause.
 */
final class SmtpFailures {

    private static final int REPLY_LENGTH = 200;

    private SmtpFailures() {
    }

    static MailFailure describe(MessagingException e, SmtpSettings settings) {
        String where = "cannot send through " + settings.server() + ": ";
        List<Throwable> chain = chain(e);

        // The server's answers come first: they are the most precise.
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return new MailFailure(MailFailure.Kind.AUTHENTICATION, where + "the server refused the login of '"
                        + settings.user().orElse("") + "'" + reply(t.getMessage()), e);
            }
        }
        List<String> refused = new ArrayList<>();
        String firstReply = null;
        for (Throwable t : chain) {
            if (t instanceof SMTPAddressFailedException failed) {
                refused.add(failed.getAddress().getAddress());
                if (firstReply == null) {
                    firstReply = failed.getMessage();
                }
            }
        }
        if (!refused.isEmpty()) {
            return new MailFailure(MailFailure.Kind.RECIPIENT_REJECTED, where + "the server refused the recipient"
                    + (refused.size() > 1 ? "s " : " ") + String.join(", ", new LinkedHashSet<>(refused))
                    + reply(firstReply) + "; nothing was sent", e);
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSenderFailedException failed) {
                return new MailFailure(MailFailure.Kind.MESSAGE_REJECTED, where + "the server refused the sender "
                        + failed.getAddress().getAddress() + reply(failed.getMessage()), e);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SMTPSendFailedException failed) {
                return new MailFailure(MailFailure.Kind.MESSAGE_REJECTED, where + "the server refused the message"
                        + reply(failed.getMessage()), e);
            }
        }

        // Then the network and TLS, from the innermost cause out.
        MailFailure tls = tls(chain, settings, where, e);
        if (tls != null) {
            return tls;
        }
        for (Throwable t : chain) {
            if (t instanceof UnknownHostException) {
                return new MailFailure(MailFailure.Kind.CONNECTION, where + "unknown host " + settings.host(), e);
            }
            if (t instanceof SocketTimeoutException) {
                return new MailFailure(MailFailure.Kind.TIMEOUT, where + "the server did not answer within "
                        + seconds(settings) + " s", e);
            }
            if (t instanceof ConnectException) {
                return new MailFailure(MailFailure.Kind.CONNECTION, where
                        + "connection refused (no mail server listens on that port)", e);
            }
            if (t instanceof NoRouteToHostException) {
                return new MailFailure(MailFailure.Kind.CONNECTION, where + "no route to the host", e);
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("STARTTLS is required")) {
            return new MailFailure(MailFailure.Kind.TLS, where + "the server does not offer STARTTLS; "
                    + "not sending in plain text (security ssl if it speaks TLS from the start, none to allow plain text)", e);
        }
        if (message.startsWith("Got bad greeting")) {
            int reply = message.indexOf("response: ");
            return new MailFailure(MailFailure.Kind.SERVER, where + "the server turned the connection away"
                    + reply(reply < 0 ? null : message.substring(reply + "response: ".length())), e);
        }
        for (Throwable t : chain) {
            if (t instanceof SocketException || "[EOF]".equals(t.getMessage())) {
                return new MailFailure(MailFailure.Kind.SERVER, where + "the server closed the connection", e);
            }
        }
        return new MailFailure(MailFailure.Kind.SERVER, where + clean(innermostMessage(chain)), e);
    }

    private static MailFailure tls(List<Throwable> chain, SmtpSettings settings, String where, MessagingException e) {
        boolean handshake = false;
        for (Throwable t : chain) {
            if (t instanceof CertificateExpiredException) {
                return new MailFailure(MailFailure.Kind.TLS, where + "the server's certificate has expired", e);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return new MailFailure(MailFailure.Kind.TLS, where + "the server's certificate is not trusted "
                        + "(signed by no certificate authority this machine or the settings trust)", e);
            }
            if (t instanceof CertificateException && isNameMismatch(t.getMessage())) {
                return new MailFailure(MailFailure.Kind.TLS, where + "the server's certificate is not made out to "
                        + settings.host(), e);
            }
            handshake |= t instanceof SSLException;
        }
        if (!handshake) {
            return null;
        }
        String message = innermostMessage(chain);
        if (message.contains("plaintext connection") || message.contains("Unsupported or unrecognized SSL message")) {
            return new MailFailure(MailFailure.Kind.TLS, where + "the server does not speak TLS on port " + settings.port()
                    + (settings.security() == SmtpSettings.Security.SSL ? " (if it is a STARTTLS port, use security starttls)" : ""), e);
        }
        return new MailFailure(MailFailure.Kind.TLS, where + "the TLS handshake failed" + reply(message), e);
    }

    private static boolean isNameMismatch(String message) {
        String m = String.valueOf(message).toLowerCase(Locale.ROOT);
        return m.contains("no subject alternative") || m.contains("no name matching") || m.contains("does not match");
    }

    /** The exception and all its causes, outermost first; Jakarta's "next exception" is the cause too. */
    private static List<Throwable> chain(Throwable top) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = top; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String innermostMessage(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            String message = chain.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return message;
            }
        }
        return "the server gave no reason";
    }

    /** ": 535 5.7.8 Authentication credentials invalid" from what the server said, or nothing if it said nothing. */
    private static String reply(String serverReply) {
        if (serverReply == null || serverReply.isBlank()) {
            return "";
        }
        return " (" + clean(serverReply) + ")";
    }

    /** A server's or library's words on one line: no control characters, no runs of spaces, not too long. */
    private static String clean(String text) {
        String line = MimeComposer.oneLine(text);
        return line.length() <= REPLY_LENGTH ? line : line.substring(0, REPLY_LENGTH) + "…";
    }

    private static String seconds(SmtpSettings settings) {
        long millis = settings.timeout().toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
