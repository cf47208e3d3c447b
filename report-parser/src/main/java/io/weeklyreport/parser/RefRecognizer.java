package io.weeklyreport.parser;

import io.weeklyreport.model.Ref;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Understands what a URL points at: a GitHub or GitLab pull request, issue or commit, or anything else. */
final class RefRecognizer {
    private static final Pattern GITHUB = Pattern.compile(
            "^https?://(?:www\\.)?github\\.com/([\\w.-]+/[\\w.-]+)/(pull|pulls|issues|commit)/([0-9a-fA-F]+|\\d+)(?:[/?#].*)?$");
    private static final Pattern GITLAB = Pattern.compile(
            "^https?://[^/]*gitlab[^/]*/((?:[\\w.-]+/)+[\\w.-]+)/-/(merge_requests|issues|commit)/([0-9a-fA-F]+|\\d+)(?:[/?#].*)?$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^#(\\d+)$");

    private final String defaultRepo;

    RefRecognizer(String defaultRepo) {
        this.defaultRepo = defaultRepo;
    }

    Ref recognise(String url) {
        Matcher m = GITHUB.matcher(url);
        if (m.matches()) {
            return new Ref(kind(m.group(2)), m.group(1), m.group(3), url);
        }
        m = GITLAB.matcher(url);
        if (m.matches()) {
            return new Ref(kind(m.group(2)), m.group(1), m.group(3), url);
        }
        return new Ref(Ref.Kind.LINK, null, null, url);
    }

    /** A bare "#123" when a default repository is configured, else null. */
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
            case "issues" -> Ref.Kind.ISSUE;
            default -> Ref.Kind.COMMIT;
        };
    }
}
