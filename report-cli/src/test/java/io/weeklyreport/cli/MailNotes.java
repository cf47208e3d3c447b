package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import javax.imageio.ImageIO;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the mail tests share: a note with what a mail must carry (statuses, PR links, a picture, a remote picture, a
 * table), the round-one test certificate, and two readers of a message: Python's email package for the .eml (a
 * parser that shares nothing with Jakarta Mail) and Jakarta Mail for what a server received.
 */
final class MailNotes {
    static final String TITLE = "存储组双周会";
    static final String DOCX_NAME = "存储组双周会 2023-05-18.docx";
    static final String PDF_NAME = "存储组双周会 2023-05-18.pdf";
    static final String CERTIFICATE_PASSWORD = "changeit";
    /** The one mailbox of the test servers that takes a login. */
    static final String USER = "wang";
    static final String PASSWORD = "s3cret-Passw0rd";

    private MailNotes() {
    }

    /** A fortnightly note of a storage team, in our own words, with a picture 1800 px wide beside it. */
    static Path note(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("images"));
        BufferedImage image = new BufferedImage(1800, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xe8ecf2));
        g.fillRect(0, 0, 1800, 900);
        g.setColor(new Color(0x1f5fbf));
        for (int x = 0; x < 1800; x += 60) {
            g.fillRect(x, 900 - (x * 7 % 800) - 50, 40, (x * 7 % 800) + 50);
        }
        g.dispose();
        ImageIO.write(image, "png", dir.resolve("images/throughput.png").toFile());
        Files.writeString(dir.resolve(ConfigFile.NAME), "repo: acme/store\n");
        return Notes.write(dir.resolve("2023-05-18.md"), """
                # 存储组双周会

                ## 时间

                2023/05/18 19:00~20:00

                ## 一、本周进展

                - 快照回收支持增量模式 已合入 https://github.com/acme/store/pull/2387
                - 元数据缓存预热 review中 #2401
                - 跨机房复制的限速 调试中

                ![写入吞吐](images/throughput.png)

                ![远程图表](https://cdn.example.org/chart.png)

                | 模块 | 负责人 |
                |---|---|
                | 对象网关 | 李明 |

                ## 二、答疑 & 交流
                """);
    }

    /** The test servers' self-signed certificate for "localhost" (report-mail/src/test/resources/tls/README.md). */
    static Path keyStore() {
        return CliRun.root().resolve("report-mail/src/test/resources/tls/localhost.p12");
    }

    /** The same certificate in PEM, as a user names it in {@code trust:}. */
    static Path certificate() {
        return CliRun.root().resolve("report-mail/src/test/resources/tls/localhost.pem");
    }

    /**
     * GreenMail on free localhost ports ({@link ServerSetup#PROTOCOL_SMTP}, {@link ServerSetup#PROTOCOL_SMTPS}), started,
     * with the test certificate for SMTPS and the mailbox of {@link #USER}.
     */
    static GreenMail greenMail(String... protocols) {
        // GreenMail's SMTPS reads its key store from these properties when it starts, and only then.
        System.setProperty("greenmail.tls.keystore.file", keyStore().toString());
        System.setProperty("greenmail.tls.keystore.password", CERTIFICATE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", CERTIFICATE_PASSWORD);
        try {
            GreenMail server = new GreenMail(Arrays.stream(protocols)
                    .map(p -> new ServerSetup(0, "127.0.0.1", p).dynamicPort()).toArray(ServerSetup[]::new))
                    .withConfiguration(GreenMailConfiguration.aConfig().withUser("wang@example.org", USER, PASSWORD));
            server.start();
            return server;
        } finally {
            System.clearProperty("greenmail.tls.keystore.file");
            System.clearProperty("greenmail.tls.keystore.password");
            System.clearProperty("greenmail.tls.key.password");
        }
    }

    /** A server side TLS context with the test key, for SubEthaSMTP's STARTTLS. */
    static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, CERTIFICATE_PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, CERTIFICATE_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An .eml as Python's email package reads it. */
    record Eml(JsonNode json) {
        static Eml read(Path file) throws IOException, InterruptedException {
            Path script;
            try {
                script = Path.of(MailNotes.class.getResource("/eml_structure.py").toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            Process p = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 could not read " + file + ": " + new String(out, StandardCharsets.UTF_8));
            }
            return new Eml(new ObjectMapper().readTree(out));
        }

        String header(String name) {
            JsonNode value = json.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        String structure() {
            return json.get("structure").asText();
        }

        String text(String type) {
            for (JsonNode part : json.get("parts")) {
                if (part.get("type").asText().equals(type) && part.get("filename").isNull()) {
                    return part.get("text").asText();
                }
            }
            throw new AssertionError("no " + type + " part in " + structure());
        }

        /** Attachments by the name a mail client shows, with their bytes. */
        Map<String, byte[]> attachments() {
            return files("attachment", "filename");
        }

        /** Inline parts by their Content-ID, with their bytes. */
        Map<String, byte[]> inline() {
            return files("inline", "contentId");
        }

        private Map<String, byte[]> files(String disposition, String key) {
            Map<String, byte[]> found = new LinkedHashMap<>();
            for (JsonNode part : json.get("parts")) {
                if (disposition.equals(part.get("disposition").asText()) && part.has("base64")) {
                    found.put(part.get(key).asText(), Base64.getDecoder().decode(part.get("base64").asText()));
                }
            }
            return found;
        }
    }

    /** A message as a server received it, read with Jakarta Mail. */
    record Received(MimeMessage message) {
        String subject() throws Exception {
            return message.getSubject();
        }

        String text(String type) throws Exception {
            for (Part part : leaves()) {
                if (part.isMimeType(type) && part.getFileName() == null) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        }

        Map<String, byte[]> attachments() throws Exception {
            Map<String, byte[]> found = new LinkedHashMap<>();
            for (Part part : leaves()) {
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    found.put(MimeUtility.decodeText(part.getFileName()), bytes(part));
                }
            }
            return found;
        }

        Map<String, byte[]> inline() throws Exception {
            Map<String, byte[]> found = new LinkedHashMap<>();
            for (Part part : leaves()) {
                String[] id = part.getHeader("Content-ID");
                if (id != null) {
                    found.put(id[0].strip().replaceAll("^<|>$", ""), bytes(part));
                }
            }
            return found;
        }

        private List<Part> leaves() throws Exception {
            List<Part> found = new ArrayList<>();
            collect(message, found);
            return found;
        }

        private static void collect(Part part, List<Part> into) throws Exception {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, into);
                }
            } else {
                into.add(part);
            }
        }

        private static byte[] bytes(Part part) {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                return out.toByteArray();
            } catch (Exception e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
    }
}
