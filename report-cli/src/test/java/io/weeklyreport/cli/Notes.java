package io.weeklyreport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small notes written into a test's folder. */
final class Notes {
    private Notes() {
    }

    static Path write(Path file, String markdown) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short Chinese note with a title, a date and one item in review. */
    static Path chinese(Path file, String title) {
        return write(file, "# " + title + "\n\n## 时间\n\n2023/05/18 19:00~19:30\n\n## 会议内容\n\n"
                + "- 快照功能 review中 https://github.com/opencurve/curve/pull/2387\n- 待定 #12\n");
    }

    /** Every file below a folder whose name contains ".part": temporaries left behind. */
    static long temporaries(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().contains(TemporaryFiles.SUFFIX)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
