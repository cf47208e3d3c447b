package io.weeklyreport.cli;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the launcher records its start-up cache from (a JDK 25 AOT cache, or a class-data-sharing archive
 * on older JDKs): two notes of our own, Chinese and English, rendered to every format and checked, in a
 * temporary folder that is removed afterwards. What it loads and compiles here, a real render finds ready.
 * Not a command: the launcher runs this class directly, once per build.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("weekly-report-training");
        int code;
        try {
            code = train(dir);
        } finally {
            delete(dir);
        }
        System.exit(code);
    }

    /** Renders and checks the training notes in {@code dir}; the exit code of the first command that failed, else 0. */
    static int train(Path dir) throws IOException {
        Path zh = copy("zh.md", dir.resolve("notes/2026-03-05.md"));
        Path en = copy("en.md", dir.resolve("notes/2026-03-03.md"));
        picture(dir.resolve("notes/picture.png"));
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true);
        Terminal quiet = new Terminal(InputStream.nullInputStream(), nowhere, nowhere, false, true);
        List<List<String>> commands = List.of(
                List.of("render", dir.resolve("notes").toString(), "-o", dir.resolve("out") + "/", "-f", "pdf,docx,pptx,html", "-j", "1"),
                List.of("render", zh.toString(), "-o", dir.resolve("again") + "/", "--force"),
                List.of("check", zh.toString(), en.toString()),
                List.of("model", en.toString()));
        for (List<String> command : commands) {
            int code = Main.run(quiet, command.toArray(String[]::new));
            if (code != ExitCodes.OK) {
                return code;
            }
        }
        return ExitCodes.OK;
    }

    private static Path copy(String resource, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = StartupTraining.class.getResourceAsStream("training/" + resource)) {
            if (in == null) {
                throw new IOException("training note " + resource + " is missing from the jar");
            }
            Files.copy(in, to);
        }
        return to;
    }

    private static void picture(Path to) throws IOException {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6f9f));
        g.fillRect(0, 0, 320, 160);
        g.setColor(Color.WHITE);
        g.fillRect(40, 40, 240, 80);
        g.dispose();
        ImageIO.write(image, "png", to.toFile());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
