package io.weeklyreport.parser;

import io.weeklyreport.model.StatusMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an item belongs to, when its form says so: mentions at its end ("… @Wine93", "… @Wine93 (review中)",
 * "… @xu-chaojie @David Lee"), a "by" after a separator or in brackets ("(by @x)", "— by 陈海霞"), a label
 * ("Owner: …", "负责人：…"), or a bracket at the end holding only Chinese names ("（张三、李四）"). A mention
 * inside the prose ("Nominating @panva to the TSC") names no owner, nor does a list of people
 * ("Antoine du Hamel @aduh95 (voting member)"). Owners are kept as written, "@" included.
 */
final class ItemOwners {
    private static final String HANDLE = "@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*";
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_/@.])" + HANDLE);
    /** A person written without "@": a Chinese name of two to four characters, or one to three capitalised words. */
    private static final String NAME = "(?:" + HANDLE + "|\\p{IsHan}{2,4}|\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2})";
    private static final String NAMES = NAME + "(?:\\s*(?:[,，、&/]|\\band\\b|和)\\s*" + NAME + ")*";
    private static final Pattern BY = Pattern.compile(
            "(?:[(（]\\s*|(?:[,，;；|]|\\s[-–—]|^)\\s*)by\\s+(" + NAMES + ")\\s*[)）]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_CHINESE = Pattern.compile("[(（]\\s*(" + NAMES + ")\\s*负责\\s*[)）]\\s*$");
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|[\\s(（,，;；|])(?:owners?|assignees?|dri|负责人|责任人|跟进人|owner\\s*/\\s*负责人)\\s*[:：]\\s*([^;；|()（）\\n]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[(（]([^()（）]{2,24})[)）]\\s*$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:[,，、&/]|\\band\\b|和)\\s*");
    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** "Thanks @x", "cc @x", "paired with @x": the mention is thanked or asked, not the owner. */
    private static final Pattern OBJECT_OF = Pattern.compile(
            "(?i)(?:\\b(?:thanks|thank you|thx|cc|ping|pinged|with|from|to|by|ask|asked)|感谢|致谢|抄送|请|与|跟)\\s*[:：,，]?\\s*$");
    private static final Pattern PARTICLE = Pattern.compile("(?i)du|de|da|di|del|van|von|der|den|le|la|bin|al");

    /** Common Chinese surnames; a bracket of names must open each name with one of them. */
    private static final Set<String> SURNAMES = Set.of(("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭"
            + " 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦"
            + " 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易"
            + " 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍"
            + " 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简"
            + " 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商"
            + " 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 欧阳 司马 上官 诸葛 东方 皇甫 令狐 公孙 慕容 尉迟 长孙"
            + " 宇文 司徒 夏侯").split(" "));
    /** Characters that make a bracketed word a thing rather than a person ("（高可用）", "（王牌功能）"). */
    private static final String NOT_IN_NAMES = "的了是在中可用性能版本工具测试化量题型库式据务端点数码文件功存储网络系统统计"
            + "划完成进行开发设计调研优化修复问部署发布方案支持实现需求接口模块服务集群节点副本写读盘卷块池组层级类时间日期"
            + "次个条项区域线程内核源码分支合入提交审核评论环境配置升级迁移备份恢复监控告警日志文档社区活动会议议";

    /** What a label says when it names nobody yet. */
    private static final Set<String> NOBODY = Set.of("待定", "暂无", "未定", "未知", "无", "待分配", "tbd", "tba", "none", "n/a",
            "nobody", "unassigned", "anyone", "someone");

    private ItemOwners() {
    }

    /** The owners an item's text names, in the order written; empty when its form names nobody. */
    static List<String> of(String text, StatusMark status) {
        List<String> owners = new ArrayList<>();
        String t = text.strip();
        Matcher label = LABEL.matcher(t);
        while (label.find()) {
            addNames(label.group(1), owners);
        }
        Matcher by = BY.matcher(t);
        if (by.find()) {
            addNames(by.group(1), owners);
        }
        Matcher byChinese = BY_CHINESE.matcher(t);
        if (byChinese.find()) {
            addNames(byChinese.group(1), owners);
        }
        trailingMentions(t, status, owners);
        Matcher bracket = TRAILING_BRACKET.matcher(t);
        if (owners.isEmpty() && bracket.find() && bracket.start() > 0) {
            List<String> names = List.of(NAME_SPLIT.split(bracket.group(1).strip()));
            if (names.stream().allMatch(ItemOwners::isChineseName)) {
                owners.addAll(names);
            }
        }
        return owners;
    }

    /**
     * The run of mentions an item ends with: nothing, or the item's status ("@x 已合入master", "@x
     * (review中，…)"), may follow it; a "@First Last" at the very end keeps its last name.
     */
    private static void trailingMentions(String t, StatusMark status, List<String> owners) {
        Matcher m = MENTION.matcher(t);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return;
        }
        // The last run of mentions separated only by spaces or commas.
        int first = spans.size() - 1;
        while (first > 0 && t.substring(spans.get(first - 1)[1], spans.get(first)[0]).matches("(?:[\\s,，、&]|\\band\\b|和)*")) {
            first--;
        }
        int runStart = spans.get(first)[0];
        int runEnd = spans.getLast()[1];
        String rest = t.substring(runEnd).strip();
        String lastName = null;
        Matcher surname = Pattern.compile("^\\s+(\\p{Lu}[\\p{Ll}'-]+)\\s*$").matcher(t.substring(runEnd));
        if (surname.find()) {
            lastName = surname.group(1);
            rest = "";
        }
        String before = t.substring(0, runStart).strip();
        if (before.isEmpty() || isPersonName(before) || OBJECT_OF.matcher(before).find() || !isStatusOrNothing(rest, status)) {
            return;
        }
        for (int i = first; i < spans.size(); i++) {
            String mention = t.substring(spans.get(i)[0], spans.get(i)[1]).replaceAll("[.-]+$", "");
            if (i == spans.size() - 1 && lastName != null) {
                mention += " " + lastName;
            }
            if (!owners.contains(mention)) {
                owners.add(mention);
            }
        }
    }

    /** What may follow an owner at the end of an item: nothing, punctuation, or the item's status phrase. */
    private static boolean isStatusOrNothing(String rest, StatusMark status) {
        String r = rest.replaceAll("^[\\s.。,，;；!！]+|[\\s.。,，;；!！]+$", "");
        if (r.isEmpty()) {
            return true;
        }
        String phrase = status.phrase();
        if (phrase.isEmpty() || phrase.startsWith("[")) {
            return false;
        }
        if (r.matches("^[(（].*[)）]$")) {
            return r.contains(phrase);
        }
        return r.startsWith(phrase) && r.length() - phrase.length() <= 12;
    }

    /** "Antoine du Hamel", "张三": the item is a person (an attendance list), not a piece of work. */
    private static boolean isPersonName(String before) {
        String b = before.replaceAll("[,，:：]$", "").strip();
        if (CHINESE_NAME.matcher(b).matches()) {
            return isChineseName(b);
        }
        String[] words = b.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            String word = w.replaceAll("[,，]$", "");
            if (!(word.matches("\\p{Lu}[\\p{Ll}'-]*\\.?") || PARTICLE.matcher(word).matches())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isChineseName(String s) {
        if (!CHINESE_NAME.matcher(s).matches()) {
            return false;
        }
        String surname = s.length() >= 3 && SURNAMES.contains(s.substring(0, 2)) ? s.substring(0, 2) : s.substring(0, 1);
        if (!SURNAMES.contains(surname) || s.length() - surname.length() < 1 || s.length() - surname.length() > 2) {
            return false;
        }
        return s.substring(surname.length()).chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0);
    }

    /** The names of a label's or "by"'s value, each kept only when it looks like a person. */
    private static void addNames(String value, List<String> owners) {
        for (String part : NAME_SPLIT.split(value.strip())) {
            String name = part.strip().replaceAll("[.。]+$", "");
            boolean chinese = CHINESE_NAME.matcher(name).matches()
                    && name.substring(1).chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0);
            boolean person = name.matches(HANDLE) || chinese
                    || name.matches("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}");
            person = person && !NOBODY.contains(name.toLowerCase(java.util.Locale.ROOT));
            if (person && !owners.contains(name)) {
                owners.add(name);
            }
        }
    }
}
