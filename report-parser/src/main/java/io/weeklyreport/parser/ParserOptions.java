package io.weeklyreport.parser;

import java.util.List;

/**
 * How to read notes.
 *
 * @param defaultRepo        "owner/name" that a bare {@code #123} refers to, or null
 * @param defaultTitleZh     title pattern for Chinese notes without a title; {@code {date}} is replaced
 * @param defaultTitleEn     the same for English notes
 * @param statusVocabulary   extra vocabulary lines in the format of {@code status-vocabulary.txt}
 */
public record ParserOptions(String defaultRepo, String defaultTitleZh, String defaultTitleEn,
                            List<String> statusVocabulary) {

    public ParserOptions {
        statusVocabulary = List.copyOf(statusVocabulary);
    }

    public static ParserOptions defaults() {
        return new ParserOptions(null, "会议纪要 {date}", "Meeting notes {date}", List.of());
    }

    public ParserOptions withDefaultRepo(String repo) {
        return new ParserOptions(repo, defaultTitleZh, defaultTitleEn, statusVocabulary);
    }

    public ParserOptions withStatusVocabulary(List<String> lines) {
        return new ParserOptions(defaultRepo, defaultTitleZh, defaultTitleEn, lines);
    }
}
