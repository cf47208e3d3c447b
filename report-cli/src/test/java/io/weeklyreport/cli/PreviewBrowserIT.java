package io.weeklyreport.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `serve` end to end in a real browser: Debian's headless Chromium, driven through its own chromedriver (found on
 * the PATH, never downloaded) with Selenium. It opens the index and a note, sees the rendered text, sees the page
 * change without a reload when the note is saved on disk, and downloads a PDF that PDFBox opens. Screenshots of the
 * index and the note at desktop and phone widths are left in target/serve-screenshots for a person to look at.
 * Skipped, saying so, where Chromium or its driver is not installed (`.ci/run` installs both).
 */
class PreviewBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "serve-screenshots");

    @TempDir
    static Path dir;

    private static RunningCommand serve;
    private static ChromeDriver browser;
    private static String address;
    private static Path downloads;

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "skipped: the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");

        Path notes = Files.createDirectories(dir.resolve("notes"));
        Notes.write(notes.resolve("2023/05-18.md"), """
                # 存储组双周会 2023-05-18

                ## 时间

                2023/05/18 19:00~19:30

                ## 加入会议

                ```
                会议主题：存储组双周会
                会议时间：2023/05/18 19:00-19:30 (GMT+08:00) 中国标准时间 - 北京
                https://meeting.tencent.com/dm/AbCdEfGhIjKlMnOpQrStUvWx0123456789
                #腾讯会议：123-456-789
                ```

                ## 进展

                - 快照回滚 review中 https://github.com/example/store/pull/2387
                - 元数据压缩 已合入
                - 客户端重试策略 调试中

                ## 待办

                """ + "- 一项待办的事情，计划中\n".repeat(30));
        Notes.write(notes.resolve("2023/05-04.md"), "# 存储组双周会 2023-05-04\n\n## 时间\n\n2023/05/04 19:00~19:30\n\n## 进展\n\n- 上线准备 已合入\n");
        downloads = Files.createDirectories(dir.resolve("downloads"));

        serve = RunningCommand.start("serve", notes.toString());
        address = serve.awaitOut(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/"), WAIT);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            assertEquals(0, serve.stop());
        }
    }

    /** A wait that looks again at an element the live page replaced meanwhile. */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The page as a device of that width shows it: a phone (under 600 px) with its viewport, as Chrome's device mode does. */
    private static void emulate(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static void screenshot(String name, int width) throws IOException {
        emulate(width, 900);
        int height = ((Number) js("return document.documentElement.scrollHeight")).intValue();
        emulate(width, Math.min(5000, Math.max(600, height)));
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Nothing wider than the screen, so nothing to scroll sideways on a phone. */
    private static void fitsWidth(int width, String what) {
        emulate(width, 900);
        long scroll = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long inner = ((Number) js("return window.innerWidth")).longValue();
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertTrue(scroll <= inner, what + " at " + width + " px is " + scroll + " px wide, wider than the screen (" + inner + ")");
    }

    @Test
    void theIndexAndANotePageShowTheNotesAndFollowASaveWithoutAReload() throws Exception {
        browser.get(address);
        List<WebElement> titles = browser.findElements(By.cssSelector("a.title"));
        assertEquals(List.of("存储组双周会 2023-05-18", "存储组双周会 2023-05-04"), titles.stream().map(WebElement::getText).toList(),
                "newest first");
        String first = browser.findElement(By.cssSelector("li")).getText();
        assertTrue(first.contains("1 已完成") && first.contains("1 评审中") && first.contains("1 进行中"), first);
        fitsWidth(390, "the index");
        screenshot("index", 1280);
        screenshot("index", 390);

        titles.get(0).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/2023/05-18.md"));
        assertEquals("存储组双周会 2023-05-18", browser.findElement(By.cssSelector("h1.title")).getText());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("快照回滚"));
        waiting().until(d -> d.findElement(By.id(PreviewPages.BAR_ID + "-state")).getText().contains("live"));
        fitsWidth(390, "the note page");
        screenshot("note", 1280);
        screenshot("note", 390);

        js("window.sameDocument = 'not reloaded'; window.scrollTo(0, 400)");
        long scrolled = ((Number) js("return window.scrollY")).longValue();
        assertTrue(scrolled > 0, "the note is longer than the window");
        long saved = System.nanoTime();
        Path note = dir.resolve("notes/2023/05-18.md");
        Files.writeString(note, Files.readString(note).replace("快照回滚 review中", "快照回滚 已合入").replace("2023-05-18\n", "2023-05-18（修订）\n"));
        waiting().until(d -> d.findElement(By.cssSelector("h1.title")).getText().contains("（修订）"));
        long millis = (System.nanoTime() - saved) / 1_000_000;
        System.out.println("saved on disk to changed in the browser: " + millis + " ms");
        assertEquals("not reloaded", js("return window.sameDocument"), "the page changed in place, not by a reload");
        assertEquals(scrolled, ((Number) js("return window.scrollY")).longValue(), "and stays where the reader had scrolled to");
        assertEquals("存储组双周会 2023-05-18（修订）", browser.findElement(By.cssSelector("h1.title")).getText());
        assertTrue(browser.findElement(By.id(PreviewPages.BAR_ID)).isDisplayed(), "the bar is back above the new content");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("快照回滚"));

        browser.findElement(By.linkText("PDF")).click();
        Path pdf = waiting().until(d -> finished(downloads, ".pdf"));
        assertEquals("05-18.pdf", pdf.getFileName().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("（修订）"), "the PDF is made from the note as saved: " + text);
        }
    }

    /** A finished download with that extension (Chromium writes .crdownload until it is complete), or null. */
    private static Path finished(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
