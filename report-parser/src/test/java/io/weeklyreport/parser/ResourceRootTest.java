package io.weeklyreport.parser;

import io.weeklyreport.model.Image;
import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Images beside a year folder ("../images/x.png") are read only when the user allows that folder. */
class ResourceRootTest {
    @TempDir
    Path root;

    private Image firstImage(ParserOptions options) throws Exception {
        Path year = Files.createDirectories(root.resolve("2023"));
        Files.createDirectories(root.resolve("images"));
        Files.write(root.resolve("images/team.png"), new byte[] {1, 2, 3});
        Path note = year.resolve("2023-05-18.md");
        Files.writeString(note, "## 时间\n\n2023/05/18\n\n## 合影\n\n<img src=\"../images/team.png\" alt=\"team\" width=\"300\">\n");
        Report report = new ReportParser(options).read(note);
        return report.allSections().getLast().blocks().stream()
                .filter(Image.class::isInstance).map(Image.class::cast).findFirst().orElseThrow();
    }

    @Test
    void outsideTheNotesFolderIsRefusedByDefault() throws Exception {
        assertNull(firstImage(ParserOptions.defaults()).file());
    }

    @Test
    void aWiderRootAllowedByTheUserIsRead() throws Exception {
        Image image = firstImage(ParserOptions.defaults().withResourceRoot(root));
        assertEquals(root.resolve("images/team.png").toRealPath().toString(), Path.of(image.file()).toRealPath().toString());
    }
}
