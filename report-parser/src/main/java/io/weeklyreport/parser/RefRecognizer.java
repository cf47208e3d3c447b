package io.weeklyreport.parser;

import io.weeklyreport.model.Ref;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Understands what a URL points at: a GitHub or GitLab pull request, issue or commit, or anything else. */
final class RefRecognizer {
    private static final Pattern GITHUB = Pattern.compile(
            "^https?://(?:www\\.)?github\\.com/([\\w.-]+/[\\w.-]+)/(?:(pull|pulls|issues)/(\\d+)|(commit)/([0-9a-fA-F]{7,40}))(?:[/?#].*)?$");
    private static final Pattern GITLAB = Pattern.compile(
            "^https?://[^/]*gitlab[^/]*/((?:[\\w.-]+/)+[\\w.-]+)/-/(?:(merge_requests|issues)/(\\d+)|(commit)/([0-9a-fA-F]{7,40}))(?:[/?#].*)?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^#(\\d+)$");
    private static final Pattern REPO = Pattern.compile("^[\\w.-]+/[\\w.-]+$");

    private final String defaultRepo;

    RefRecognizer(String defaultRepo) {
        if (defaultRepo != null && !REPO.matcher(defaultRepo).matches()) {
            throw new IllegalArgumentException("default repository must be written owner/name, got: " + defaultRepo);
        }
        this.defaultRepo = defaultRepo;
    }

    Ref recognise(String url) {
        for (Pattern host : new Pattern[] {GITHUB, GITLAB}) {
            Matcher m = host.matcher(url);
            if (m.matches()) {
                return m.group(2) != null
                        ? new Ref(kind(m.group(2)), m.group(1), m.group(3), url)
                        : new Ref(Ref.Kind.COMMIT, m.group(1), m.group(5).toLowerCase(java.util.Locale.ROOT), url);
            }
        }
        return new Ref(Ref.Kind.LINK, null, null, url);
    }

    /** A bare "#123" when a default repository is configured, else null. GitHub redirects /pull/N to an issue. */
    Ref recogniseBareNumber(String token) {
        Matcher m = BARE_NUMBER.matcher(token);
        if (defaultRepo == null || !m.matches()) {
            return null;
        }
        return new Ref(Ref.Kind.PULL_REQUEST, defaultRepo, m.group(1),
                "https://github.com/" + defaultRepo + "/pull/" + m.group(1));
    }

    static boolean looksLikeUrl(String text) {
        return text.matches("^https?://\\S+$");
    }

    private static Ref.Kind kind(String word) {
        return switch (word) {
            case "pull", "pulls", "merge_requests" -> Ref.Kind.PULL_REQUEST;
            default -> Ref.Kind.ISSUE;
        };
    }
}
