package io.weeklyreport.parser;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Owners where the item's form names them, and mentions and names that are no owner. */
class ItemOwnersTest {

    private static List<String> owners(String item) {
        Report report = ReportParser.parse("- " + item + "\n", "owners.md", null);
        Item first = report.allItems().getFirst();
        return first.owners();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Snapshot export for block volumes @mira-k                     | @mira-k
            快照导出功能 @lin_w 已合入主干                                  | @lin_w
            元数据缓存优化 @lin_w (review中，方案另行讨论)                   | @lin_w
            分层存储支持（开发中）@lin_w @Tomas Berg                         | @lin_w;@Tomas Berg
            Rewrite the retry loop (by @dana)                            | @dana
            Rewrite the retry loop — by Dana Whitfield                   | Dana Whitfield
            导入工具重写，by 陈晓明                                         | 陈晓明
            Owner: @dana, @lee                                           | @dana;@lee
            Rework the cache keys @dana and @lee                         | @dana;@lee
            Compaction tuning; owners: Priya and Wen                     | Priya;Wen
            负责人：周明，预计下周完成                                       | 周明
            监控面板改版（张伟、李静）                                       | 张伟;李静
            告警规则整理（王磊负责）                                         | 王磊
            """)
    void readsOwnersWhereTheFormSaysSo(String item, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), owners(item));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nominating @mira-k to the steering group
            Ana: parked until Friday with @lee who objected
            Antoine du Hamel @adh (voting member)
            Mira Kowalski @mira-k
            Disband @acme/docs-team #11
            see acme/tools@4f2a9c1 for the change
            Mail ops@example.com when the build breaks
            高可用部署方案（高可用）
            监控面板改版（进行中）
            Fixed the race found by Alice
            Thanks @mira-k
            Paired on the migration with @lee
            负责人：待定
            Owner: TBD
            """)
    void mentionsInProseAndPeopleListsAreNoOwners(String item) {
        assertEquals(List.of(), owners(item));
    }
}
