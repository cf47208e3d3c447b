package io.weeklyreport.mail;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to send: the server, its port, the encryption, the login name, how long to wait for the server, and
 * which certificates to trust (empty: the machine's own certificate authorities). The password is not here: it is
 * handed to {@link ReportMail#send(ComposedMail, SmtpSettings, Password)} on its own, so settings can be printed.
 */
public record SmtpSettings(String host, int port, Security security, Optional<String> user, Duration timeout,
                           List<X509Certificate> trustedCertificates) {

    /** How long each of connecting, reading a reply and writing may take, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The encryption of the connection. Whichever is chosen is required: none of them falls back to another. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS before anything else is said; refused if the server does not offer it. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS, "implicit TLS"). */
        SSL(465),
        /** No encryption at all; for a relay on the same machine or network. Refuses to send a password. */
        NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        /** {@code starttls}, {@code ssl} or {@code none}, as written in settings (any case). */
        public static Security named(String name) {
            for (Security security : values()) {
                if (security.name().equalsIgnoreCase(name.strip())) {
                    return security;
                }
            }
            throw new IllegalArgumentException("unknown security '" + name + "' (starttls, ssl or none)");
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || !host.strip().equals(host) || host.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("not a host name: '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout " + timeout + " is not a positive number of milliseconds");
        }
        trustedCertificates = List.copyOf(trustedCertificates);
    }

    /** {@code host} with STARTTLS on port 587, no login, {@link #DEFAULT_TIMEOUT}, the machine's trusted authorities. */
    public static SmtpSettings of(String host) {
        return of(host, Security.STARTTLS);
    }

    /** {@code host} with this security on its usual port (587, 465 or 25). */
    public static SmtpSettings of(String host, Security security) {
        return new SmtpSettings(host, security.defaultPort(), security, Optional.empty(), DEFAULT_TIMEOUT, List.of());
    }

    public SmtpSettings withPort(int otherPort) {
        return new SmtpSettings(host, otherPort, security, user, timeout, trustedCertificates);
    }

    public SmtpSettings withUser(String login) {
        return new SmtpSettings(host, port, security, Optional.of(login), timeout, trustedCertificates);
    }

    public SmtpSettings withTimeout(Duration wait) {
        return new SmtpSettings(host, port, security, user, wait, trustedCertificates);
    }

    public SmtpSettings withTrustedCertificates(List<X509Certificate> certificates) {
        return new SmtpSettings(host, port, security, user, timeout, certificates);
    }

    /**
     * Trust only these certificates (a private certificate authority, or a server's own self-signed certificate),
     * read from a PEM or DER file's bytes: one or more certificates.
     */
    public SmtpSettings withTrustedCertificates(byte[] pemOrDer) throws MailFailure {
        return withTrustedCertificates(certificates(pemOrDer));
    }

    /** One line, fit for a settings listing: the certificates by their subjects, not their whole text. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security + ", user=" + user.orElse("(none)")
                + ", timeout=" + timeout + ", trustedCertificates=" + trustedCertificates.stream()
                .map(c -> c.getSubjectX500Principal().getName()).toList() + "]";
    }

    /** host:port, as messages name the server. */
    String server() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static List<X509Certificate> certificates(byte[] pemOrDer) throws MailFailure {
        List<X509Certificate> found = new ArrayList<>();
        try {
            for (Certificate certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pemOrDer))) {
                if (certificate instanceof X509Certificate x509) {
                    found.add(x509);
                }
            }
        } catch (CertificateException e) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, "not a certificate (PEM or DER) to trust", e);
        }
        if (found.isEmpty()) {
            throw new MailFailure(MailFailure.Kind.SETTINGS, "no certificate (PEM or DER) to trust in it");
        }
        return found;
    }
}
