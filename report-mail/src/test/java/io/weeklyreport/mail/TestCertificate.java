package io.weeklyreport.mail;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** The test servers' self-signed certificate for "localhost" (see src/test/resources/tls/README.md). */
final class TestCertificate {

    static final String PASSWORD = "changeit";

    private TestCertificate() {
    }

    /** The PKCS#12 key store, as a file GreenMail can be pointed at. */
    static Path keyStore() {
        try {
            return Path.of(TestCertificate.class.getResource("/tls/localhost.p12").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate in PEM, as a user would name it in the settings to trust it. */
    static byte[] pem() {
        try (InputStream in = TestCertificate.class.getResourceAsStream("/tls/localhost.pem")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server side TLS context with the key. */
    static SSLContext serverContext() {
        try (InputStream in = TestCertificate.class.getResourceAsStream("/tls/localhost.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
