package io.weeklyreport.parser;

import java.util.List;

/**
 * How to read notes.
 *
 * @param defaultRepo        "owner/name" that a bare {@code #123} refers to, or null
 * @param defaultTitleZh     title pattern for Chinese notes without a title; {@code {date}} is replaced
 * @param defaultTitleEn     the same for English notes
 * @param statusVocabulary   extra vocabulary lines in the format of {@code status-vocabulary.txt}
 * @param resourceRoot       the folder local images may be read from, when the user allows more than the
 *                           note's own folder (e.g. {@code ../images} beside a year folder); null: the note's folder
 */
public record ParserOptions(String defaultRepo, String defaultTitleZh, String defaultTitleEn,
                            List<String> statusVocabulary, java.nio.file.Path resourceRoot) {

    public ParserOptions {
        statusVocabulary = List.copyOf(statusVocabulary);
    }

    public ParserOptions(String defaultRepo, String defaultTitleZh, String defaultTitleEn, List<String> statusVocabulary) {
        this(defaultRepo, defaultTitleZh, defaultTitleEn, statusVocabulary, null);
    }

    /** Allows images from {@code root} and below (it should contain the note's folder). */
    public ParserOptions withResourceRoot(java.nio.file.Path root) {
        return new ParserOptions(defaultRepo, defaultTitleZh, defaultTitleEn, statusVocabulary, root);
    }

    public static ParserOptions defaults() {
        return new ParserOptions(null, "会议纪要 {date}", "Meeting notes {date}", List.of(), null);
    }

    public ParserOptions withDefaultRepo(String repo) {
        return new ParserOptions(repo, defaultTitleZh, defaultTitleEn, statusVocabulary, resourceRoot);
    }

    public ParserOptions withStatusVocabulary(List<String> lines) {
        return new ParserOptions(defaultRepo, defaultTitleZh, defaultTitleEn, lines, resourceRoot);
    }
}
