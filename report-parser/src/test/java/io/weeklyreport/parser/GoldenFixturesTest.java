package io.weeklyreport.parser;

import io.weeklyreport.model.Report;
import io.weeklyreport.model.ReportJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each fixture {@code name.md} under src/test/resources/fixtures is parsed and printed as JSON; the result
 * must equal {@code name.json} beside it. After a deliberate change, regenerate with
 * {@code -Dweeklyreport.updateGolden=true} and review the diff like code.
 */
class GoldenFixturesTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsGoldenJson() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            inputs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no fixtures under " + FIXTURES.toAbsolutePath());
        boolean update = Boolean.getBoolean("weeklyreport.updateGolden");
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            Report report = ReportParser.parse(input);
            String actual = ReportJson.write(report, input.toAbsolutePath().getParent());
            Path golden = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.md$", ".json"));
            if (update || !Files.exists(golden)) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    () -> "model of " + input + " differs from " + golden);
        }));
    }
}
