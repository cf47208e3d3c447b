package io.weeklyreport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `serve` over HTTP, in this process: what it answers, what it refuses, and what it tells an open page. */
class PreviewServerTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private PreviewServer server;
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PreviewServer serve(Path given, String... options) throws IOException {
        List<Setting.Given> given0 = new ArrayList<>();
        for (int i = 0; i + 1 < options.length; i += 2) {
            given0.add(new Setting.Given(Setting.named(options[i]).orElseThrow(), options[i + 1], "--" + options[i]));
        }
        server = PreviewServer.start(given, 0, given0, (line, failure) -> {
            synchronized (log) {
                log.add((failure ? "failed: " : "") + line);
            }
        });
        return server;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String text(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The status of a request written byte for byte, as no well-behaved client would send it. */
    private int raw(String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 "), target + ": " + status);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private String host() {
        return "127.0.0.1:" + server.address().getPort();
    }

    @Test
    void theIndexListsTheNotesNewestFirstWithTitleDateAndStatusCounts() throws Exception {
        Notes.write(dir.resolve("notes/2023/05-04.md"), "# 五月初\n\n## 时间\n\n2023/05/04 19:00~19:30\n\n## 进展\n\n- 甲 已合入\n- 乙 已合入\n- 丙 review中\n");
        Notes.write(dir.resolve("notes/2023/05-18.md"), "# 五月中\n\n## 时间\n\n2023/05/18 19:00~19:30\n\n## 进展\n\n- 丁 调试中\n");
        Notes.write(dir.resolve("notes/ideas.md"), "# Ideas\n\n- no date, no status\n");
        Files.writeString(dir.resolve("notes/data.csv"), "a,b\n");
        serve(dir.resolve("notes"));

        String index = text("/");
        int newer = index.indexOf("五月中");
        int older = index.indexOf("五月初");
        int undated = index.indexOf("Ideas");
        assertTrue(newer > 0 && older > newer && undated > older, "newest first, undated last:\n" + index);
        assertTrue(index.contains("2023-05-18"), index);
        assertTrue(index.contains("href=\"/2023/05-18.md\""), index);
        assertTrue(index.contains(">2 已完成<") && index.contains(">1 评审中<") && index.contains(">1 进行中<"), index);
        assertTrue(index.contains("href=\"/2023/05-18.md?format=pdf\"") && index.contains("?format=docx") && index.contains("?format=pptx"), index);
        assertFalse(index.contains("data.csv"), "only notes are listed");
        assertEquals(404, get("/data.csv").statusCode(), "and only notes (and pictures) are served");
    }

    @Test
    void aNotePageIsItsHtmlAsRenderWritesItWithTheLiveScript() throws Exception {
        Path note = Notes.chinese(dir.resolve("notes/n.md"), "预览页面");
        serve(dir.resolve("notes"));
        HttpResponse<byte[]> page = get("/n.md");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String served = new String(page.body(), StandardCharsets.UTF_8);
        Matcher nonce = Pattern.compile("<script nonce=\"([^\"]+)\"").matcher(served);
        assertTrue(nonce.find(), served);
        assertTrue(csp.contains("script-src 'nonce-" + nonce.group(1) + "'") && csp.contains("default-src 'none'"), csp);

        CliRun render = CliRun.of("render", note.toString(), "-f", "html", "-o", "-");
        assertEquals(0, render.exitCode(), render.err());
        String withoutScript = served.replaceFirst("(?s)<script nonce=.*?</script>", "");
        assertEquals(render.out(), withoutScript, "the page is render's HTML, with one script added");
        assertTrue(served.contains("new EventSource(path + '?events')"), "it listens for changes");
    }

    @Test
    void downloadsAreRenderedOnDemandWithTheirTypeAndANameInUtf8() throws Exception {
        Notes.chinese(dir.resolve("notes/会议纪要 5月.md"), "下载标题");
        serve(dir.resolve("notes"));
        String base = "/%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81%205%E6%9C%88.md";

        HttpResponse<byte[]> pdf = get(base + "?format=pdf");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        Matcher ext = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(disposition);
        assertTrue(ext.find(), disposition);
        assertEquals("会议纪要 5月.pdf", URLDecoder.decode(ext.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(disposition), "the header itself is ASCII: " + disposition);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("下载标题"));
        }

        HttpResponse<byte[]> docx = get(base + "?format=docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.headers().firstValue("Content-Type").orElseThrow());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertTrue(words.getText().contains("下载标题"));
        }

        HttpResponse<byte[]> pptx = get(base + "?format=pptx");
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                pptx.headers().firstValue("Content-Type").orElseThrow());
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx.body()))) {
            StringBuilder all = new StringBuilder();
            for (XSLFSlide slide : deck.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape t) {
                        all.append(t.getText()).append('\n');
                    }
                }
            }
            assertTrue(all.toString().contains("下载标题"), all.toString());
        }
        assertEquals(404, get(base + "?format=pfd").statusCode());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("会议纪要 5月.md -> pdf (")), log.toString());
    }

    @Test
    void pathsThatWouldLeaveTheFolderAnswer404() throws Exception {
        Path served = Files.createDirectories(dir.resolve("notes"));
        Notes.chinese(served.resolve("n.md"), "里面");
        Path secret = Notes.write(dir.resolve("secret.md"), "# 外面的秘密\n");
        Files.createSymbolicLink(served.resolve("link.md"), secret);
        Files.createSymbolicLink(served.resolve("up"), dir);
        Files.writeString(served.resolve(".hidden.md"), "# hidden\n");
        serve(served);

        assertEquals(200, raw("/n.md", host()));
        for (String target : List.of("/../secret.md", "/%2e%2e/secret.md", "/%2E%2E/secret.md", "/..%2fsecret.md",
                "/%2e%2e%2fsecret.md", "/n.md/../../secret.md", "//secret.md", "/%2F..%2Fsecret.md", "/..%5csecret.md",
                "/.%2e/secret.md", "/link.md", "/up/secret.md", "/up/notes/n.md", "/.hidden.md", "/" + secret.toAbsolutePath(),
                "/" + OutputState.NAME, "/n.md%00.pdf", "http://" + host() + "/../secret.md")) {
            assertEquals(404, raw(target, host()), target);
        }
        assertFalse(text("/").contains("link.md"), "a linked note out of the folder is not listed either");
        assertFalse(String.join("\n", log).contains("Exception"), log.toString());
    }

    @Test
    void itListensOnTheLoopbackAloneAndAnswersOnlyToItsOwnNames() throws Exception {
        Notes.chinese(dir.resolve("notes/n.md"), "本机");
        serve(dir.resolve("notes"));
        assertEquals("127.0.0.1", server.address().getHost());
        assertEquals(200, raw("/", host()));
        assertEquals(200, raw("/", "localhost:" + server.address().getPort()));
        assertEquals(421, raw("/", "attacker.example:" + server.address().getPort()), "DNS rebinding: another name for this machine");
        HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(server.address().resolve("/n.md"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, post.statusCode());

        int port = server.address().getPort();
        server.close();
        server = null;
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "closed means closed");
    }

    @Test
    void aNoteThatCannotBeReadShowsItsProblemOnThePage() throws Exception {
        Path served = Files.createDirectories(dir.resolve("notes"));
        Files.write(served.resolve("broken.md"), new byte[] {'#', ' ', (byte) 0xff, (byte) 0xfe, '\n', 'x', '\n'});
        Notes.write(served.resolve("bad-config/n.md"), "# 配置\n\n- 一项\n");
        Files.writeString(served.resolve("bad-config/weekly-report.yaml"), "colours: {accent: red}\n");
        serve(served);

        HttpResponse<byte[]> broken = get("/broken.md");
        String page = new String(broken.body(), StandardCharsets.UTF_8);
        assertEquals(422, broken.statusCode(), page);
        assertTrue(page.contains("broken.md cannot be shown") && page.contains("broken.md:1:"), page);
        assertTrue(page.contains("UTF-8"), "says what is wrong: " + page);
        assertFalse(page.contains("Exception") || page.contains("\tat "), "no trace: " + page);
        assertTrue(page.contains("new EventSource"), "and updates when the note is fixed");

        String config = new String(get("/bad-config/n.md").body(), StandardCharsets.UTF_8);
        assertTrue(config.contains("unknown key &#39;colours&#39;") && config.contains("did you mean &#39;colors&#39;"), config);
        String index = text("/");
        assertTrue(index.contains("class=\"problem\""), "the index shows the problem too: " + index);
    }

    @Test
    void eachNotesSettingsApply() throws Exception {
        Path served = Files.createDirectories(dir.resolve("notes"));
        Notes.chinese(served.resolve("a4/n.md"), "纸张甲");
        Notes.chinese(served.resolve("letter/n.md"), "纸张乙");
        Files.writeString(served.resolve("letter/weekly-report.yaml"), "page-size: letter\nlanguage: en\nformats: [pdf]\n");
        serve(served);

        float a4 = pageWidth(get("/a4/n.md?format=pdf").body());
        float letter = pageWidth(get("/letter/n.md?format=pdf").body());
        assertTrue(letter > a4 + 10, "letter is wider than A4: " + letter + " vs " + a4);
        assertTrue(text("/letter/n.md").contains("<html lang=\"en-US\""), "language: en applies to the page");
        assertTrue(text("/letter/n.md").contains("data-downloads=\"pdf\""), "and formats: to the downloads offered");
    }

    @Test
    void linkedPicturesAreServedFromBelowTheFolderAndNothingElseIs() throws Exception {
        Path served = Files.createDirectories(dir.resolve("notes"));
        Notes.write(served.resolve("n.md"), "# 图片\n\n## 内容\n\n![图](images/p.png)\n");
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        Files.createDirectories(served.resolve("images"));
        Files.write(served.resolve("images/p.png"), png);
        Files.writeString(served.resolve("weekly-report.yaml"), "embed: false\n");
        Files.writeString(served.resolve("images/notes.txt.bak"), "not a picture");
        serve(served);

        assertTrue(text("/n.md").contains(" src=\"images/p.png\""), "embed: false links the picture, relative to the page");
        HttpResponse<byte[]> picture = get("/images/p.png");
        assertEquals(200, picture.statusCode());
        assertEquals("image/png", picture.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(java.util.Arrays.equals(png, picture.body()));
        assertEquals(404, get("/weekly-report.yaml").statusCode(), "a config file is no picture");
        assertEquals(404, get("/images/notes.txt.bak").statusCode());
        assertEquals(404, get("/images/p.png?format=pdf").statusCode(), "only notes are rendered");
    }

    @Test
    void anOpenPageIsToldWhenItsNoteIsSaved() throws Exception {
        Path note = Notes.chinese(dir.resolve("notes/n.md"), "第一版");
        serve(dir.resolve("notes"));
        assertTrue(text("/n.md").contains("第一版"));

        HttpRequest events = HttpRequest.newBuilder(server.address().resolve("/n.md?events")).build();
        HttpResponse<InputStream> stream = http.send(events, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElseThrow());
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertEquals("retry: 500", lines.readLine());
        CompletableFuture<String> change = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals("event: change")) {
                        return line;
                    }
                }
                return "closed";
            } catch (IOException e) {
                return e.toString();
            }
        });
        Thread.sleep(300);   // the watcher is registered before the server answers; give the stream a moment
        long saved = System.nanoTime();
        Notes.chinese(note, "第二版");
        assertEquals("event: change", change.get(30, TimeUnit.SECONDS));
        long millis = (System.nanoTime() - saved) / 1_000_000;
        assertTrue(text("/n.md").contains("第二版"), "the page now shows the saved note");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("n.md -> page updated in")), log.toString());
        System.out.println("saved to told: " + millis + " ms");
        stream.body().close();
    }

    private static float pageWidth(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }
}
