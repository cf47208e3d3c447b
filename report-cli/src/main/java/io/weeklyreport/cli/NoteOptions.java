package io.weeklyreport.cli;

import io.weeklyreport.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Options about what a note says (title, date, language, metadata, repository); they win over weekly-report.yaml. */
final class NoteOptions {
    @Option(names = "--title", paramLabel = "TEXT", description = "The title, instead of the one in (or inferred from) the note.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The meeting date, instead of the one in the note or its file name.")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "zh|en", converter = LanguageConverter.class,
            description = "The note's language (labels, page footer), instead of the detected one.")
    Language language;

    @Option(names = {"-M", "--metadata"}, paramLabel = "KEY=VALUE", mapFallbackValue = "true",
            description = "Extra metadata for the templates (meta.extra), like pandoc's -M; repeatable.")
    Map<String, String> metadata = new LinkedHashMap<>();

    @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "The GitHub repository that a bare #123 refers to.")
    String repo;

    @Option(names = "--resource-root", paramLabel = "DIR",
            description = "Also read images from DIR and below (default: only the note's own folder), e.g. a shared images/ folder beside year folders.")
    java.nio.file.Path resourceRoot;

    List<Settings.Value> values() {
        List<Settings.Value> values = new ArrayList<>();
        values.add(new Settings.Value("title", title, "--title"));
        values.add(new Settings.Value("date", date, "--date"));
        values.add(new Settings.Value("language", language, "--lang"));
        values.add(new Settings.Value("repo", repo, "--repo"));
        values.add(new Settings.Value("resource-root", resourceRoot, "--resource-root"));
        metadata.forEach((k, v) -> values.add(new Settings.Value("metadata." + k, v, "-M " + k)));
        return values;
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no date: write YYYY-MM-DD, e.g. 2023-05-18");
            }
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Settings.language(value, "");
            } catch (SettingsException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
