package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Pipe tables read as GitHub reads them, short delimiter rows included. */
class GfmTablesTest {

    private static Block onlyBlock(String markdown) {
        Report report = ReportParser.parse(markdown, "t.md", null);
        List<Block> blocks = report.preamble();
        assertEquals(1, blocks.size(), blocks::toString);
        return blocks.getFirst();
    }

    private static String cell(Table.Cell c) {
        return Inline.plainText(c.content());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"|-- | -- |", "|-|-|", "| - | - |", "-|-", ":-|-:", "|:-:|--|"})
    void oneOrTwoDashesMakeADelimiterRow(String delimiter) {
        Table table = assertInstanceOf(Table.class, onlyBlock("|Area | Owner |\n" + delimiter + "\n| Installer | Dana |\n"));
        assertEquals(List.of("Area", "Owner"), table.header().stream().map(GfmTablesTest::cell).toList());
        assertEquals(List.of("Installer", "Dana"), table.rows().getFirst().stream().map(GfmTablesTest::cell).toList());
    }

    @Test
    void aShortRowIsPaddedALongOneCutAndTwoPipesAreAnEmptyCell() {
        Table table = assertInstanceOf(Table.class, onlyBlock("""
                | a | b | c |
                |-|-|-|
                | 1 |
                | 1 | 2 | 3 | 4 |
                | x || z |
                """));
        assertEquals(List.of("1", "", ""), table.rows().get(0).stream().map(GfmTablesTest::cell).toList());
        assertEquals(List.of("1", "2", "3"), table.rows().get(1).stream().map(GfmTablesTest::cell).toList());
        assertEquals(List.of("x", "", "z"), table.rows().get(2).stream().map(GfmTablesTest::cell).toList());
    }

    @Test
    void alignmentColonsWorkWithOneDash() {
        Table table = assertInstanceOf(Table.class, onlyBlock("| l | r | c |\n|:-|-:|:-:|\n| 1 | 2 | 3 |\n"));
        assertEquals(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.CENTER),
                table.header().stream().map(Table.Cell::align).toList());
    }

    @Test
    void aDelimiterRowWithADifferentNumberOfCellsMakesNoTable() {
        Paragraph p = assertInstanceOf(Paragraph.class, onlyBlock("| a | b | c |\n|-|-|\n| 1 | 2 | 3 |\n"));
        assertEquals("| a | b | c | |-|-| | 1 | 2 | 3 |", Inline.plainText(p.content()), "soft line breaks read as spaces");
    }

    @Test
    void aShortDelimiterRowUnderALineOfTextStartsATableThere() {
        Report report = ReportParser.parse("Numbers below:\n| k | v |\n|-|-|\n| a | 1 |\n", "t.md", null);
        assertEquals(2, report.preamble().size(), report.preamble()::toString);
        assertInstanceOf(Paragraph.class, report.preamble().get(0));
        Table table = assertInstanceOf(Table.class, report.preamble().get(1));
        assertEquals(2, table.line());
    }

    @Test
    void aListDashIsNotADelimiterCell() {
        Report report = ReportParser.parse("a | b\n- | -\n", "t.md", null);
        assertEquals(0, report.preamble().stream().filter(Table.class::isInstance).count(), report.preamble()::toString);
    }
}
