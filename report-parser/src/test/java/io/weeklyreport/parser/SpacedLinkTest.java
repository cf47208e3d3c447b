package io.weeklyreport.parser;

import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "[text] (url)": a space between ] and ( is a slip the notes make often; it is read as the link meant. */
class SpacedLinkTest {

    @Test
    void aSpaceBetweenBracketAndParenthesisIsRepairedWithAWarning() {
        Report report = ReportParser.parse("""
                ## 周报

                - [2022-12-05] (https://example.org/week/2022-12-05.md)
                - [存储实践] (https://example.org/a) 与后记

                ## 答疑
                """, "2022-12-15.md", null);

        List<Item> items = report.allItems();
        Inline.Link first = assertInstanceOf(Inline.Link.class, items.get(0).text().getFirst());
        assertEquals("https://example.org/week/2022-12-05.md", first.url());
        assertEquals("2022-12-05", Inline.plainText(first.content()));
        assertEquals(1, items.get(0).text().size(), "no brackets or parentheses left over");
        assertEquals("存储实践 与后记", Inline.plainText(items.get(1).text()));

        List<Diagnostic> spaced = report.diagnostics().stream().filter(d -> d.code().equals("spaced-link")).toList();
        assertEquals(2, spaced.size());
        assertEquals(3, spaced.getFirst().line());
        assertTrue(spaced.getFirst().message().contains("https://example.org/week/2022-12-05.md"));
    }

    @Test
    void anUndefinedReferenceWithoutAUrlAfterItStaysText() {
        Report report = ReportParser.parse("- [草稿] (待补充)\n\n## 答疑\n", "x.md", null);
        assertEquals("[草稿] (待补充)", Inline.plainText(report.allItems().getFirst().text()));
    }
}
