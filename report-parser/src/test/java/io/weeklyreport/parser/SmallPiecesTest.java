package io.weeklyreport.parser;

import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbering, references and options: the small rules the golden files rely on. */
class SmallPiecesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            一、近期工作         | 一、   | 近期工作
            1. 当前进展          | 1.    | 当前进展
            1、当前进展          | 1、   | 当前进展
            1.1 提测 curve v2.0.0 | 1.1   | 提测 curve v2.0.0
            (二) 社区            | (二)  | 社区
            第三部分 答疑        | 第三部分 | 答疑
            0：会议内容概要      | 0：   | 会议内容概要
            2023 Roadmap 解读    | ''    | 2023 Roadmap 解读
            v2.2.0 版本          | ''    | v2.2.0 版本
            CurveBS             | ''    | CurveBS
            """)
    void separatesTheAuthorsNumberingFromTheTitle(String heading, String number, String title) {
        SectionNumbering.Split split = SectionNumbering.split(heading);
        assertEquals(number, split.number());
        assertEquals(title, heading.substring(split.prefixLength()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://github.com/opencurve/curve/pull/2387                      | PULL_REQUEST | opencurve/curve | 2387
            https://github.com/opencurve/curve/pull/2526/files                | PULL_REQUEST | opencurve/curve | 2526
            https://github.com/opencurve/curve/issues/2207                    | ISSUE        | opencurve/curve | 2207
            https://github.com/live4thee/curve/commit/04462d89d7c567a99ed517cd4e972c039cf6752e | COMMIT | live4thee/curve | 04462d89d7c567a99ed517cd4e972c039cf6752e
            https://gitlab.com/group/sub/project/-/merge_requests/7           | PULL_REQUEST | group/sub/project | 7
            https://gitlab.example.com/infra/tools/-/issues/3                  | ISSUE        | infra/tools     | 3
            https://github.com/opencurve/curve/milestone/4                    | LINK         | -               | -
            https://github.com/opencurve/curve/tree/release2.6                | LINK         | -               | -
            https://mp.weixin.qq.com/s/Cgs_0GArs_5EacFkA7gLsA                 | LINK         | -               | -
            """)
    void recognisesPullRequestsIssuesAndCommits(String url, Ref.Kind kind, String repo, String number) {
        assertEquals(new Ref(kind, repo, number, url), new RefRecognizer(null).recognise(url));
    }

    @Test
    void bareNumbersLinkOnlyWithADefaultRepository() {
        String note = "# 周报 2024-01-11\n\n- 修复登录超时 #123 已合入\n- 颜色 &#35;456 不是编号\n";
        Report plain = ReportParser.parse(note, "x.md", null);
        assertTrue(plain.allItems().get(0).refs().isEmpty());

        Report linked = new ReportParser(ParserOptions.defaults().withDefaultRepo("acme/tools")).read(note, "x.md", null);
        Item item = linked.allItems().get(0);
        assertEquals(List.of(new Ref(Ref.Kind.PULL_REQUEST, "acme/tools", "123", "https://github.com/acme/tools/pull/123")),
                item.refs());
        assertEquals("修复登录超时 #123 已合入", item.plainText());
        assertTrue(item.text().stream().anyMatch(i -> i instanceof Inline.Link));
        assertTrue(linked.allItems().get(1).refs().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new ReportParser(ParserOptions.defaults().withDefaultRepo("not a repo")));
    }

    @Test
    void theDefaultTitlePatternIsAnOption() {
        ParserOptions options = new ParserOptions(null, "{date} 周会", "Sync {date}", List.of());
        Report r = new ReportParser(options).read("时间：2024-02-01 10:00\n\n- 一项\n", "n.md", null);
        assertEquals("2024-02-01 周会", r.metadata().title());
    }

    @Test
    void imagesOfTextWithoutAFolderAreReportedNotRead() {
        Report r = ReportParser.parse("# 图\n\n![板](board.png)\n", "-", null);
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("image-not-resolved") && d.line() == 3));
    }
}
