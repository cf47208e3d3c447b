package io.weeklyreport.parser;

import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The status the author attached to an item, as opposed to a verb somewhere in its sentences: "Release
 * pipeline merged" and "Importer rewrite: WIP" are marked, "fixed positive diagnostic for …" and "the
 * objection was resolved last week" are not. A phrase of the vocabulary counts when it stands
 *
 * <ul>
 *   <li>as a clause of its own: a leading tag ("[WIP] …", "TODO: …", "【进行中】…"), a bracket ("(review中)",
 *       "（预计7月底）"), a part between commas or dashes ("…, blocked by the upgrade");</li>
 *   <li>emphasised by the author ("**已合入**", "*in progress*"), or as an emoji (✅, 🚧);</li>
 *   <li>in Chinese, in a form that states a state wherever it stands: 已… ("已合入master"), 正在…, …中
 *       ("目前在联调中");</li>
 *   <li>at the end of its clause ("功能完成，", "被网络策略阻塞", "Snapshot export Done"), in English only in a
 *       short clause and not after an auxiliary ("that should now be resolved" is a sentence);</li>
 *   <li>at the start of a clause, for states ("计划下月试点", "Still blocked at board level", "currently blocked
 *       by …"); a completed action leading its clause ("完成v2.0版本的发布", "Fixed the flaky test") names
 *       the work, not its state, unless it is short and follows another clause ("…! Released yesterday").</li>
 * </ul>
 *
 * Of the phrases that count, weak ones only when no other does, and the one that ends last wins. With no
 * phrase, a check box says done ("[x]") or still to do ("[ ]").
 */
final class AttachedStatus {
    /**
     * Where clauses end: punctuation of both widths, brackets, and dashes between words. Not angle and
     * title brackets: "完成 <CTO 方案> 的讨论" and "完成《指南》" are one clause.
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            "[，,；;。！!？?：:、()（）\\[\\]【】|\\n]|\\s[-–—]+\\s|[–—]+|\\.(?=\\s|$)");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9]");
    /** What may follow a closing phrase without making it inner: references, links and mentions ("阻塞 #2387"). */
    private static final Pattern REFERENCES_ONLY = Pattern.compile(
            "^(?:\\s*(?:[\\w.-]+/[\\w.-]+)?#\\d+|\\s*https?://\\S+|\\s*@[\\p{L}\\p{N}_.-]+)+\\s*$");
    /** Adverbs that may stand before a state at the start of its clause ("Still blocked", "目前在…"). */
    private static final Pattern LEADING_ADVERBS = Pattern.compile(
            "^(?:(?:still|currently|now|already|partially|mostly|finally|also|目前|当前|现在|现已|仍然|仍|还|也|均|都)\\s*)+",
            Pattern.CASE_INSENSITIVE);
    /** Before these the phrase is part of a verb phrase: "should be resolved", "needs to be fixed", "not done". */
    private static final Set<String> AUXILIARIES = Set.of("be", "being", "will", "would", "should", "shall", "can", "could",
            "may", "might", "must", "to", "not", "never", "get", "gets", "got", "getting", "need", "needs", "needed", "been");
    /** Copulas: "Release notes are done" is a short state; "it was resolved last week" a sentence. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "has", "have", "had");
    private static final int SHORT_CLAUSE_WORDS = 6;
    private static final int WORDS_AFTER_A_STATE = 6;
    private static final int WORDS_AFTER_AN_ACTION = 4;

    private AttachedStatus() {
    }

    /** The status of an item from its text (with the author's emphasis) and its check box. */
    static StatusMark of(List<Inline> text, Item.Task task, StatusVocabulary vocabulary) {
        StringBuilder plain = new StringBuilder();
        List<int[]> emphasised = new ArrayList<>();
        List<int[]> struck = new ArrayList<>();
        flatten(text, plain, emphasised, struck);
        return of(plain.toString(), emphasised, struck, task, vocabulary);
    }

    /**
     * The status of a plain text; {@code emphasised} and {@code struck} are the [start, end) runs the
     * author set in bold or italics and struck through (struck words end a clause: "~~Drop Java 17~~
     * planned for June" is planned).
     */
    static StatusMark of(String text, List<int[]> emphasised, List<int[]> struck, Item.Task task,
                         StatusVocabulary vocabulary) {
        StatusVocabulary.Found best = null;
        StatusVocabulary.Found bestWeak = null;
        for (StatusVocabulary.Found f : vocabulary.find(text)) {
            if (!attached(text, f, emphasised, struck)) {
                continue;
            }
            if (f.weak()) {
                bestWeak = later(bestWeak, f);
            } else {
                best = later(best, f);
            }
        }
        StatusVocabulary.Found chosen = best != null ? best : bestWeak;
        if (chosen != null) {
            return new StatusMark(chosen.status(), text.substring(chosen.start(), chosen.end()));
        }
        return switch (task) {
            case CHECKED -> new StatusMark(Status.DONE, "[x]");
            case OPEN -> new StatusMark(Status.PLANNED, "[ ]");
            case NONE -> StatusMark.NONE;
        };
    }

    private static StatusVocabulary.Found later(StatusVocabulary.Found current, StatusVocabulary.Found candidate) {
        return current == null || candidate.end() > current.end() ? candidate : current;
    }

    private static boolean attached(String text, StatusVocabulary.Found f, List<int[]> emphasised, List<int[]> struck) {
        String phrase = text.substring(f.start(), f.end());
        if (isEmphasised(text, f, emphasised) || phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        boolean han = phrase.codePoints().anyMatch(AttachedStatus::isHan);
        if (han && statesAState(phrase)) {
            return true;
        }
        if (!han && f.start() > 0 && isHan(text.codePointBefore(f.start()))) {
            return false;   // "近期TODO": a Latin word glued to Chinese is part of a name
        }
        int clauseStart = clauseStart(text, f.start(), struck);
        int clauseEnd = clauseEnd(text, f.end(), struck);
        String before = LEADING_ADVERBS.matcher(text.substring(clauseStart, f.start()).strip()).replaceFirst("").strip();
        String after = text.substring(f.end(), clauseEnd).strip();
        if (REFERENCES_ONLY.matcher(after).matches()) {
            after = "";
        }
        if (before.isEmpty() && after.isEmpty()) {
            return true;
        }
        boolean action = f.status() == Status.DONE;
        boolean firstClause = text.substring(0, clauseStart).strip().isEmpty();
        if (han) {
            return after.isEmpty() || before.isEmpty() && !action;
        }
        String[] beforeWords = before.isEmpty() ? new String[0] : before.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String lastWord = beforeWords.length == 0 ? "" : beforeWords[beforeWords.length - 1];
        for (String word : beforeWords) {
            // "should now be resolved", "get V8 CLs landed", "isn't merged": a verb phrase, not a marker.
            if (AUXILIARIES.contains(word) || word.endsWith("n't")) {
                return false;
            }
        }
        int clauseWords = words(text.substring(clauseStart, clauseEnd));
        if (after.isEmpty()) {
            return clauseWords <= (COPULAS.contains(lastWord) ? SHORT_CLAUSE_WORDS - 1 : SHORT_CLAUSE_WORDS);
        }
        if (before.isEmpty()) {
            return action ? !firstClause && words(after) <= WORDS_AFTER_AN_ACTION : words(after) <= WORDS_AFTER_A_STATE;
        }
        return false;
    }

    /** Chinese phrases whose form states a state: 已合入, 已经支持, 正在…, 目前在…, 在review, 开发中, 即将. */
    private static boolean statesAState(String phrase) {
        return phrase.startsWith("已") || phrase.startsWith("正在") || phrase.startsWith("目前在") || phrase.startsWith("在")
                || phrase.startsWith("即将") || phrase.endsWith("中");
    }

    private static boolean isEmphasised(String text, StatusVocabulary.Found f, List<int[]> emphasised) {
        for (int[] span : emphasised) {
            if (span[0] <= f.start() && f.end() <= span[1]) {
                String rest = (text.substring(span[0], f.start()) + text.substring(f.end(), span[1]))
                        .replaceAll("[\\p{Punct}\\s，。：；！？、]", "");
                if (rest.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clauseStart(String text, int from, List<int[]> struck) {
        var m = SEPARATOR.matcher(text);
        int start = 0;
        while (m.find() && m.end() <= from) {
            start = m.end();
        }
        for (int[] run : struck) {
            if (run[1] <= from) {
                start = Math.max(start, run[1]);
            }
        }
        return start;
    }

    private static int clauseEnd(String text, int from, List<int[]> struck) {
        var m = SEPARATOR.matcher(text);
        int end = m.find(from) ? m.start() : text.length();
        for (int[] run : struck) {
            if (run[0] >= from) {
                end = Math.min(end, run[0]);
            }
        }
        return end;
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.strip().split("\\s+")) {
            if (!w.isEmpty() && (LATIN_WORD.matcher(w).find() || w.codePoints().anyMatch(AttachedStatus::isHan))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The plain text of inlines, as {@link Inline#plainText} makes it, and where emphasised and struck runs lie. */
    private static void flatten(List<Inline> inlines, StringBuilder sb, List<int[]> emphasised, List<int[]> struck) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> sb.append(t.text());
                case Inline.Strong s -> {
                    int start = sb.length();
                    flatten(s.content(), sb, emphasised, struck);
                    emphasised.add(new int[] {start, sb.length()});
                }
                case Inline.Emphasis e -> {
                    int start = sb.length();
                    flatten(e.content(), sb, emphasised, struck);
                    emphasised.add(new int[] {start, sb.length()});
                }
                case Inline.Code c -> sb.append(c.code());
                case Inline.Strike s -> {
                    int start = sb.length();
                    flatten(s.content(), sb, emphasised, struck);
                    struck.add(new int[] {start, sb.length()});
                }
                case Inline.Link l -> flatten(l.content(), sb, emphasised, struck);
                case Inline.LineBreak br -> sb.append('\n');
            }
        }
    }
}
