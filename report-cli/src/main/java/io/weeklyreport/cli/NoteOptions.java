package io.weeklyreport.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Options about what a note says (title, date, language, metadata, repository); they win over weekly-report.yaml. */
final class NoteOptions {
    @Option(names = "--title", paramLabel = "TEXT", description = "The title, instead of the one in (or inferred from) the note.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The meeting date, instead of the one in the note or its file name.")
    String date;

    @Option(names = "--lang", paramLabel = "zh|en", completionCandidates = Candidates.Languages.class,
            description = "The note's language (labels, page footer), instead of the detected one.")
    String language;

    @Option(names = {"-M", "--metadata"}, paramLabel = "KEY=VALUE",
            description = "Extra metadata for the templates (meta.extra), like pandoc's -M: KEY=VALUE or KEY:VALUE "
                    + "(KEY alone is true); repeatable.")
    List<String> metadata = new ArrayList<>();

    @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "The GitHub repository that a bare #123 refers to.")
    String repo;

    @Option(names = "--resource-root", paramLabel = "DIR",
            description = "Also read images from DIR and below (default: only the note's own folder), e.g. a shared images/ folder beside year folders.")
    String resourceRoot;

    List<Setting.Given> given() {
        List<Optional<Setting.Given>> given = new ArrayList<>();
        given.add(Setting.Given.of(Setting.TITLE, title, "--title"));
        given.add(Setting.Given.of(Setting.DATE, date, "--date"));
        given.add(Setting.Given.of(Setting.LANGUAGE, language, "--lang"));
        given.add(Setting.Given.of(Setting.REPO, repo, "--repo"));
        given.add(Setting.Given.of(Setting.RESOURCE_ROOT, resourceRoot, "--resource-root"));
        metadata.forEach(m -> given.add(Setting.Given.of(Setting.METADATA, m, "-M")));
        return given.stream().flatMap(Optional::stream).toList();
    }
}
