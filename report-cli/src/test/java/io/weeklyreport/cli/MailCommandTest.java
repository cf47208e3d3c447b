package io.weeklyreport.cli;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.wiser.Wiser;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `weekly-report mail` in-process, against real SMTP servers on free localhost ports: GreenMail for SMTP and SMTPS
 * (the round-one test certificate), SubEthaSMTP for STARTTLS and a refused recipient. What arrives and what is
 * written is read back as a recipient's mail client would: the subject, the HTML and plain parts, the pictures behind
 * their cid: references, the DOCX opened with POI.
 */
class MailCommandTest {
    private static final String USER = MailNotes.USER;
    private static final String PASSWORD = MailNotes.PASSWORD;

    @TempDir
    Path dir;

    private GreenMail server;

    @BeforeEach
    void start() {
        server = MailNotes.greenMail(ServerSetup.PROTOCOL_SMTP, ServerSetup.PROTOCOL_SMTPS);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The note's folder with a weekly-report.yaml whose mail: group is these lines (indented below it). */
    private Path noteWithMail(String... mailLines) throws Exception {
        Path note = MailNotes.note(dir);
        StringBuilder yaml = new StringBuilder("repo: acme/store\nmail:\n");
        for (String line : mailLines) {
            yaml.append("  ").append(line).append('\n');
        }
        Files.writeString(dir.resolve(ConfigFile.NAME), yaml);
        return note;
    }

    private String plainSmtp() {
        return "port: " + server.getSmtp().getPort();
    }

    private Path passwordFile(String password) throws Exception {
        Path file = Files.writeString(dir.resolve("smtp-password"), password + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void writesADraftBesideTheNoteThatAnyMailClientOpens() throws Exception {
        Path note = MailNotes.note(dir);
        CliRun run = CliRun.of("mail", note.toString(), "--to", "李雷 <li.lei@example.org>", "--from", "王小明 <wang@example.org>");
        assertEquals(0, run.exitCode(), run.err());
        Path eml = dir.resolve("2023-05-18.eml");
        assertTrue(run.err().startsWith("wrote " + eml + " ("), run.err());
        assertTrue(run.err().contains("1 picture, attached " + MailNotes.DOCX_NAME), run.err());

        MailNotes.Eml read = MailNotes.Eml.read(eml);
        assertEquals("1", read.header("unsent"), "a draft: X-Unsent: 1");
        assertEquals(MailNotes.TITLE, read.header("subject"));
        assertEquals("李雷 <li.lei@example.org>", read.header("to"));
        assertEquals("王小明 <wang@example.org>", read.header("from"));
        assertEquals("multipart/mixed[multipart/related[multipart/alternative[text/plain, text/html], image/png], "
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document]", read.structure());

        String html = read.text("text/html");
        for (String item : List.of("快照回收支持增量模式", "元数据缓存预热", "跨机房复制的限速", "本周进展", "对象网关")) {
            assertTrue(html.contains(item), item);
        }
        assertTrue(html.contains(">#2401</a>") && html.contains("href=\"https://github.com/acme/store/pull/2401\""), "#2401 as a link");
        assertTrue(html.contains("已完成") && html.contains("评审中") && html.contains("进行中"), "the chips");
        assertFalse(html.contains("<style") || html.contains("<link") || html.contains("<script"), "only inline styles");
        assertFalse(Pattern.compile("(?i)\\s(src|background)=\"(?!cid:)").matcher(html).find(), "nothing fetched when opened");
        assertTrue(html.contains("<a href=\"https://cdn.example.org/chart.png\""), "the remote picture as a link");

        Map<String, byte[]> inline = read.inline();
        Matcher cid = Pattern.compile("src=\"cid:([^\"]+)\"").matcher(html);
        assertTrue(cid.find());
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(inline.get(cid.group(1))));
        assertEquals(1104, picture.getWidth(), "the 1800 px picture carried at twice the 552 px it is shown at");

        String text = read.text("text/plain");
        assertTrue(text.startsWith(MailNotes.TITLE + "\n"), text);
        assertTrue(text.contains("- [已完成] 快照回收支持增量模式 已合入 https://github.com/acme/store/pull/2387"), text);
        assertTrue(text.contains("- [评审中] 元数据缓存预热 review中 #2401 <https://github.com/acme/store/pull/2401>"), text);

        byte[] docx = read.attachments().get(MailNotes.DOCX_NAME);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(document)) {
            assertTrue(words.getText().contains("快照回收支持增量模式"), words.getText());
        }
        assertEquals(0, server.getReceivedMessages().length, "nothing is sent without --send");
        assertEquals(0, Notes.temporaries(dir));
    }

    @Test
    void attachesThePdfTooUnderTheNameGivenAndWhereAsked() throws Exception {
        Path note = MailNotes.note(dir);
        Path eml = dir.resolve("out/weekly.eml");
        CliRun run = CliRun.of("mail", note.toString(), "--attach", "docx,pdf", "-o", eml.toString(), "--subject", "[周报] {title} {date}");
        assertEquals(0, run.exitCode(), run.err());
        MailNotes.Eml read = MailNotes.Eml.read(eml);
        assertEquals("[周报] 存储组双周会 2023-05-18", read.header("subject"));
        assertEquals(List.of(MailNotes.DOCX_NAME, MailNotes.PDF_NAME), List.copyOf(read.attachments().keySet()), "in the order asked for");
        try (PDDocument pdf = Loader.loadPDF(read.attachments().get(MailNotes.PDF_NAME))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("元数据缓存预热"));
        }
        assertFalse(Files.exists(dir.resolve("2023-05-18.eml")), "only where -o says");
    }

    @Test
    void sendsThroughSmtpWhatTheEmlHoldsAndKeepsTheEml() throws Exception {
        Path note = noteWithMail("from: \"王小明 <wang@example.org>\"", "to: [team@example.org]", "cc: [\"李雷 <li.lei@example.org>\"]",
                "subject-pattern: \"存储组双周会 {date}\"", "host: 127.0.0.1", plainSmtp(), "security: none");
        CliRun run = CliRun.of("mail", note.toString(), "--send");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.err().strip().lines().toList();
        assertTrue(lines.get(1).matches("sending to team@example.org, 李雷 <li.lei@example.org> through 127\\.0\\.0\\.1:\\d+, none: \\d+ KiB"),
                lines.toString());
        assertTrue(lines.get(2).startsWith("sent to 2 recipients (Message-ID <"), lines.toString());

        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(2, received.length, "one copy for each recipient");
        MailNotes.Received arrived = new MailNotes.Received(received[0]);
        assertEquals("存储组双周会 2023-05-18", arrived.subject());
        assertNull(received[0].getHeader("X-Unsent"), "the recipient does not get a draft");
        assertTrue(arrived.text("text/html").contains("跨机房复制的限速"));
        assertTrue(arrived.text("text/plain").contains("- [进行中] 跨机房复制的限速"));
        Map<String, byte[]> files = arrived.attachments();
        assertEquals(List.of(MailNotes.DOCX_NAME), List.copyOf(files.keySet()), "the Chinese file name survives");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get(MailNotes.DOCX_NAME)));
             XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            assertTrue(words.getText().contains("元数据缓存预热"), words.getText());
        }
        Matcher cid = Pattern.compile("src=\"cid:([^\"]+)\"").matcher(arrived.text("text/html"));
        assertTrue(cid.find());
        assertTrue(arrived.inline().containsKey(cid.group(1)), "the cid: picture resolves");

        MailNotes.Eml kept = MailNotes.Eml.read(dir.resolve("2023-05-18.eml"));
        assertEquals("存储组双周会 2023-05-18", kept.header("subject"));
        assertArrayEquals(kept.attachments().get(MailNotes.DOCX_NAME), files.get(MailNotes.DOCX_NAME), "what was reviewed is what went out");
    }

    @Test
    void smtpsWithTheServersCertificateTrustedLogsInWithThePasswordFromAFile() throws Exception {
        Path note = noteWithMail("from: wang@example.org", "to: [team@example.org]", "host: localhost",
                "port: " + server.getSmtps().getPort(), "security: ssl", "user: " + USER,
                "password-file: " + passwordFile(PASSWORD).getFileName(), "trust: " + MailNotes.certificate(), "timeout: 10s");
        CliRun run = CliRun.of("mail", note.toString(), "--send");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(", ssl, as wang: "), run.err());
        assertEquals(1, server.getReceivedMessages().length);
        assertEquals(MailNotes.TITLE, new MailNotes.Received(server.getReceivedMessages()[0]).subject());
    }

    @Test
    void aWrongPasswordIsOneLineAndTheEmlStays() throws Exception {
        Path note = noteWithMail("from: wang@example.org", "to: [team@example.org]", "host: localhost",
                "port: " + server.getSmtps().getPort(), "security: ssl", "user: " + USER,
                "password-file: " + passwordFile("wrong"), "trust: " + MailNotes.certificate());
        CliRun run = CliRun.of("mail", note.toString(), "--send");
        assertEquals(1, run.exitCode(), run.err());
        String last = run.err().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertEquals("cannot send through localhost:" + server.getSmtps().getPort() + ": the server refused the login of 'wang' "
                + "(535 5.7.8 Authentication credentials invalid); " + dir.resolve("2023-05-18.eml") + " is kept", last);
        assertTrue(Files.isRegularFile(dir.resolve("2023-05-18.eml")));
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aServerThatIsDownIsOneLineAndTheEmlStays() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Path note = noteWithMail("from: wang@example.org", "to: [team@example.org]", "host: 127.0.0.1", "port: " + closed,
                "security: none");
        CliRun run = CliRun.of("mail", note.toString(), "--send");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().strip().endsWith("cannot send through 127.0.0.1:" + closed
                + ": connection refused (no mail server listens on that port); " + dir.resolve("2023-05-18.eml") + " is kept"), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("2023-05-18.eml")));
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void aRecipientTheServerRefusesIsOneLineNothingIsSentAndTheEmlStays() throws Exception {
        // SubEthaSMTP: STARTTLS (the default security) with the test certificate, and a mailbox that does not exist.
        SMTPServer.Builder builder = SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress()).hostName("localhost")
                .enableTLS().requireTLS().startTlsSocketFactory(MailNotes.serverContext());
        Wiser wiser = Wiser.accepter((from, recipient) -> !recipient.equalsIgnoreCase("nobody@example.org")).server(builder);
        wiser.start();
        try {
            int port = wiser.getServer().getPortAllocated();
            Path note = noteWithMail("from: wang@example.org", "to: [team@example.org, nobody@example.org]", "host: localhost",
                    "port: " + port, "trust: " + MailNotes.certificate());
            CliRun run = CliRun.of("mail", note.toString(), "--send");
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().strip().endsWith("cannot send through localhost:" + port + ": the server refused the recipient "
                    + "nobody@example.org (553 <nobody@example.org> address unknown.); nothing was sent; "
                    + dir.resolve("2023-05-18.eml") + " is kept"), run.err());
            assertEquals(List.of(), wiser.getMessages(), "not half the team");

            // The same server, everyone known: STARTTLS is the default and it delivers.
            Files.writeString(dir.resolve(ConfigFile.NAME), Files.readString(dir.resolve(ConfigFile.NAME))
                    .replace(", nobody@example.org", ""));
            CliRun again = CliRun.of("mail", note.toString(), "--send");
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.err().contains(":" + port + ", starttls: "), again.err());
            assertEquals(1, wiser.getMessages().size());
        } finally {
            wiser.stop();
        }
    }

    @Test
    void aDryRunPrintsTheRecipientsAndTheSizeAndSendsNothing() throws Exception {
        Path note = noteWithMail("from: wang@example.org", "host: 127.0.0.1", plainSmtp(), "security: none");
        CliRun run = CliRun.of("mail", note.toString(), "--send", "--dry-run", "--to", "a@example.org,b@example.org", "--cc", "c@example.org");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("would send to a@example.org, b@example.org, c@example.org through 127.0.0.1:"
                + server.getSmtp().getPort() + ", none: "), run.err());
        assertTrue(run.err().contains("dry run: nothing was sent"), run.err());
        assertEquals(0, server.getReceivedMessages().length);
        assertTrue(Files.isRegularFile(dir.resolve("2023-05-18.eml")), "the draft is written all the same");
    }

    @Test
    void sendingNeedsRecipientsASenderAndAServerEachSaidInOneLine() throws Exception {
        Path note = noteWithMail("from: wang@example.org");
        CliRun nobody = CliRun.of("mail", note.toString(), "--send");
        assertEquals(1, nobody.exitCode());
        assertTrue(nobody.err().strip().endsWith("nothing to send to: give --to, or to: below mail: in weekly-report.yaml; "
                + dir.resolve("2023-05-18.eml") + " is kept"), nobody.err());
        CliRun noServer = CliRun.of("mail", note.toString(), "--send", "--to", "a@example.org");
        assertEquals(1, noServer.exitCode());
        assertTrue(noServer.err().contains("--send needs a mail server: set host: below mail: in weekly-report.yaml"), noServer.err());

        noteWithMail("from: wang@example.org", "host: localhost", "user: wang", "password-env: WEEKLY_REPORT_TEST_UNSET_VARIABLE");
        CliRun noPassword = CliRun.of("mail", note.toString(), "--send", "--to", "a@example.org");
        assertEquals(1, noPassword.exitCode());
        assertTrue(noPassword.err().contains("the environment variable WEEKLY_REPORT_TEST_UNSET_VARIABLE (mail.password-env, "
                + dir.resolve(ConfigFile.NAME) + ":2) is not set: it should hold the password of 'wang'"), noPassword.err());
    }

    @Test
    void aPasswordInTheYamlIsRefusedAndTyposGetASuggestion() throws Exception {
        Path note = noteWithMail("host: localhost", "password: hunter2");
        CliRun run = CliRun.of("mail", note.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("mail: password: a password is never read from weekly-report.yaml"), run.err());
        assertFalse(run.err().contains("hunter2"), "the password itself is never printed");
        assertFalse(Files.exists(dir.resolve("2023-05-18.eml")));

        noteWithMail("hots: localhost");
        CliRun typo = CliRun.of("mail", note.toString());
        assertEquals(1, typo.exitCode());
        assertTrue(typo.err().contains("unknown key 'hots' (did you mean 'host'?)"), typo.err());
    }

    @Test
    void theMailKeysShowInConfigWithTheirOrigin() throws Exception {
        noteWithMail("to: [team@example.org]", "security: ssl");
        CliRun run = CliRun.of("config", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*mail\\.to\\s+team@example\\.org\\s+\\S*weekly-report\\.yaml:2.*"), run.out());
        assertTrue(run.out().matches("(?s).*mail\\.security\\s+ssl\\s+.*"), run.out());
        assertTrue(run.out().matches("(?s).*mail\\.attach\\s+docx\\s+default.*"), run.out());
        CliRun help = CliRun.of("config", "--help");
        assertTrue(help.out().contains("  mail:") && help.out().contains("password-env"), help.out());
    }

    @Test
    void aBadAddressIsOneLineNamingWhereItWasSetAndNothingIsWritten() throws Exception {
        Path note = MailNotes.note(dir);
        Path eml = Files.writeString(dir.resolve("2023-05-18.eml"), "an earlier draft");
        CliRun run = CliRun.of("mail", note.toString(), "--to", "not an address");
        assertEquals(1, run.exitCode());
        assertEquals("To: 'not an address' is not an e-mail address (mail.to, from --to)", run.err().strip());
        assertEquals("an earlier draft", Files.readString(eml), "an existing .eml left alone");
    }

    @Test
    void aBrokenTemplateFailsInOneLineAndLeavesAnEarlierEmlAlone() throws Exception {
        Path note = MailNotes.note(dir);
        Path templates = Files.createDirectories(dir.resolve("t"));
        Files.writeString(templates.resolve("mail.ftlh"), "<#ftl output_format=\"XHTML\">\n${nothing.here}\n");
        Path eml = Files.writeString(dir.resolve("2023-05-18.eml"), "an earlier draft");
        CliRun run = CliRun.of("mail", note.toString(), "--templates", templates.toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith(note + ": mail.ftlh:2:"), run.err());
        assertEquals("an earlier draft", Files.readString(eml));
        assertEquals(0, Notes.temporaries(dir));
    }

    @Test
    void theOutputMustBeAnEmlAndNotTheNote() throws Exception {
        Path note = MailNotes.note(dir);
        CliRun run = CliRun.of("mail", note.toString(), "-o", dir.resolve("a.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("name it FILE.eml"), run.err());
    }

    @Test
    void attachmentsPastTenMegabytesGiveAWarning() throws Exception {
        Path note = MailNotes.note(dir);
        // Pictures of noise do not compress: four of them pass 10 MB after scaling.
        StringBuilder more = new StringBuilder(Files.readString(note));
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 4; n++) {
            BufferedImage noise = new BufferedImage(1100, 1000, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 1000; y++) {
                for (int x = 0; x < 1100; x++) {
                    noise.setRGB(x, y, random.nextInt());
                }
            }
            ImageIO.write(noise, "png", dir.resolve("images/noise-" + n + ".png").toFile());
            more.append("\n![noise](images/noise-").append(n).append(".png)\n");
        }
        Files.writeString(note, more);
        CliRun run = CliRun.of("mail", note.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: the attachments and images come to "), run.err());
        assertTrue(run.err().contains("many mail servers refuse messages over 10 MB"), run.err());
    }
}
