package io.weeklyreport.parser;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Paragraph;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** GitHub starts a table right under a line of text, without a blank line; so do we. */
class TableUnderTextTest {

    @Test
    void aTableDirectlyBelowAParagraphLineIsATable() {
        Report report = ReportParser.parse("""
                ## 时间

                2022/05/12

                ## 测试结果

                压测结果如下，单位为 iops：
                | 场景 | 优化前 | 优化后 |
                | --- | --- | --- |
                | 4k 随机写 | 1700 | 5089 |
                | 128k 顺序写 | 100MB | 380MB |
                结论：优化有效
                """, "t.md", null);

        List<Block> blocks = report.sections().getLast().blocks();
        assertEquals(3, blocks.size(), blocks.toString());
        Paragraph before = assertInstanceOf(Paragraph.class, blocks.get(0));
        assertEquals("压测结果如下，单位为 iops：", Inline.plainText(before.content()));
        assertEquals(7, before.line());
        Table table = assertInstanceOf(Table.class, blocks.get(1));
        assertEquals(8, table.line());
        assertEquals("优化后", Inline.plainText(table.header().get(2).content()));
        assertEquals(2, table.rows().size());
        Paragraph after = assertInstanceOf(Paragraph.class, blocks.get(2));
        assertEquals("结论：优化有效", Inline.plainText(after.content()), "a line without bars ends the table");
        assertEquals(12, after.line());
    }
}
