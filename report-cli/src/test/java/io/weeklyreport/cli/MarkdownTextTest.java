package io.weeklyreport.cli;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.parser.ReportParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rich text written back as Markdown reads as the same rich text: the parser is the judge. */
class MarkdownTextTest {
    private static final ReportParser PARSER = new ReportParser(ParserOptions.defaults().withDefaultRepo("acme/store"));

    private static List<Item> items(String markdown) {
        Report report = PARSER.read(markdown, "t.md", Path.of(""));
        return report.allItems();
    }

    @Test
    void everyKindOfInlineSurvivesTheRoundTrip() {
        String note = String.join("\n",
                "# T", "", "## S", "",
                "- **粗体** and *stress* and ~~gone~~ and `code with ` + \"`\" + ` tick` #12",
                "- [a link (with parens)](https://example.org/a_(b)) and <https://example.org/bare> done",
                "- 1\\. not a list, \\# not a heading, \\<tag> and \\* star, snake_case_name and \\_under\\_",
                "- line one\\",
                "  line two &amp; &copy; literal \\&copy;",
                "- \\+ plus and \\- minus and 19:00~19:30 ~ tilde",
                "");
        List<Item> original = items(note);
        StringBuilder again = new StringBuilder("# T\n\n## S\n\n");
        for (Item item : original) {
            again.append("- ").append(MarkdownText.of(item.text(), "  ", "acme/store")).append('\n');
        }
        List<Item> read = items(again.toString());
        assertEquals(original.size(), read.size(), again.toString());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.get(i).text(), read.get(i).text(), again.toString());
            assertEquals(original.get(i).refs(), read.get(i).refs());
        }
    }
}
