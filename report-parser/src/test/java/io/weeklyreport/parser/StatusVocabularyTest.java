package io.weeklyreport.parser;

import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statuses as the corpus items state them, and the look-alikes that state none. */
class StatusVocabularyTest {
    private static final StatusVocabulary BUILT_IN = StatusVocabulary.load(List.of());

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            close-to-open一致性场景下元数据性能优化 review中，方案外部讨论链接 | IN_REVIEW   | review中
            文件存储对接CurveBS后端读写性能优化，已提交review，目前在联调中      | IN_PROGRESS | 联调中
            升级兼容性逻辑修改，并已自测完成，发起review                        | IN_REVIEW   | 发起review
            支持warmup到共享缓存 @Cyber-SiKu 已合入master                      | DONE        | 已合入
            重启chunkserver报日志损坏问题，持续定位中                           | IN_PROGRESS | 持续定位中
            底层curvebs开发基本完成, 上层openstack适配中                        | IN_PROGRESS | 适配中
            功能基本完成，目前调试中                                            | IN_PROGRESS | 调试中
            规划版本 V2.1.0，开发中，预计在3月底发布                            | IN_PROGRESS | 开发中
            CurveAdm 1.0 稳定版本发布（预计7月底）                              | PLANNED     | 预计7月
            curveadm 支持 rdma&spdk 版本镜像，已提交PR，待进一步完善            | IN_REVIEW   | 已提交PR
            curvefs quota poc 代码初步完成，待测试                              | PLANNED     | 待测试
            性能检测工具（TODO）                                                | PLANNED     | TODO
            备份链路被网络策略阻塞                                              | BLOCKED     | 阻塞
            Release pipeline merged                                             | DONE        | merged
            Snapshot export Done                                                | DONE        | Done
            Quota checks in review                                              | IN_REVIEW   | in review
            Importer rewrite: WIP                                               | IN_PROGRESS | WIP
            Docs migration in progress                                          | IN_PROGRESS | in progress
            Remove the legacy flag, blocked by the upgrade                      | BLOCKED     | blocked
            Drop Java 17, planned for June                                      | PLANNED     | planned
            目前正在完成 operator 部署。                                        | IN_PROGRESS | 正在完成
            Q：进度？ A：curvebs后端接入预计三月底完成                           | PLANNED     | 预计三月底完成
            """)
    void recognisesWhatTheItemSays(String text, Status status, String phrase) {
        assertEquals(new StatusMark(status, phrase), BUILT_IN.recognise(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            定位并修复一个IO始终未返回导致IO卡住的问题
            修复一个IO卡住的问题
            导入工具仍未完成
            CurveBS 写优化，修改写必须sync完成后返回的逻辑
            curve开发者活动（议题选取和完成阶段）
            后续版本规划：同步curve v2.1.0版本规划
            修复心跳过程中,误删正在创建的copyset的问题
            当前进展：包括CurveBS/CurveFS版本状态、正在进行中的任务
            预计数据规模 1PB
            the mount will coredump
            undone work
            """)
    void looksAlikesStateNothing(String text) {
        assertEquals(StatusMark.NONE, BUILT_IN.recognise(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [WIP] Search index rebuild                       | IN_PROGRESS | WIP
            TODO: migration guide                            | PLANNED     | TODO
            Search index rebuild (blocked by #41)            | BLOCKED     | blocked
            Flaky test quarantine, merged in #88             | DONE        | merged
            Node 26 is out! Released yesterday               | DONE        | Released
            No update. Still blocked at board level.         | BLOCKED     | blocked
            Release notes are done                           | DONE        | done
            Cache eviction ✅                                 | DONE        | ✅
            Dashboard redesign 🚧                             | IN_PROGRESS | 🚧
            【进行中】压测脚本                                  | IN_PROGRESS | 进行中
            计划下季度支持多租户                                 | PLANNED     | 计划
            缓存预热：联调完成                                  | DONE        | 完成
            本周五即将开始方案评审                               | PLANNED     | 即将
            灰度发布被安全评审阻塞 #2387                          | BLOCKED     | 阻塞
            Release pipeline merged acme/tools#412            | DONE        | merged
            安装器改版需要在月底前完成                             | PLANNED     | 需要在月底前完成
            安装器改版开发中，争取本周完成                          | IN_PROGRESS | 开发中
            """)
    void countsThePhrasesTheAuthorAttached(String text, Status status, String phrase) {
        assertEquals(new StatusMark(status, phrase), BUILT_IN.recognise(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fixed positive diagnostic for unused imports
            Fixed the flaky cache test
            glog: fixed dead lock in the child process
            Ana: the objection was resolved last week, it can land.
            that should now be resolved.
            Someone needs to get this finished before the freeze
            get the last two fixes landed
            Lets keep it on the agenda to hear more opinions on next step.
            近期TODO(01-04~01-16): 存储与工具
            完成v3.0版本的发布：完成交叉测试
            完成 <方案评审> 的讨论，详见链接
            处于开发中的功能默认关闭
            在测试中发现了两个回归问题
            """)
    void verbsInsideSentencesStateNothing(String text) {
        assertEquals(StatusMark.NONE, BUILT_IN.recognise(text));
    }

    @Test
    void aTeamExtendsTheVocabularyWithItsOwnLines() {
        StatusVocabulary team = StatusVocabulary.load(List.of("# our words", "DONE: 搞定, shipped it", "BLOCKED: ~等依赖"));
        assertEquals(new StatusMark(Status.DONE, "搞定"), team.recognise("登录页改版搞定"));
        assertEquals(new StatusMark(Status.BLOCKED, "等依赖"), team.recognise("接口联调等依赖"));
        assertEquals(new StatusMark(Status.IN_PROGRESS, "联调中"), team.recognise("接口联调中，等依赖"), "weak words yield");
        assertEquals(Status.NONE, BUILT_IN.recognise("登录页改版搞定").status());
    }

    @Test
    void malformedLinesAreRefusedWithTheirLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatusVocabulary.load(List.of("DONE: ok", "FINISHED: 搞定")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatusVocabulary.load(List.of("DONE: /[unclosed/")));
        assertThrows(IllegalArgumentException.class, () -> StatusVocabulary.load(List.of("NONE: plain")));
    }
}
