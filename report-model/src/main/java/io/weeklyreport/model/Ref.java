package io.weeklyreport.model;

/**
 * A reference to a pull request, issue, commit or any other link.
 *
 * @param kind   what it points at
 * @param repo   "owner/name" for GitHub/GitLab references, else null
 * @param number the PR/issue number or commit hash, else null
 * @param url    the full URL
 */
public record Ref(Kind kind, String repo, String number, String url) {

    public enum Kind { PULL_REQUEST, ISSUE, COMMIT, LINK }

    /** The short label readers know: "#2387", "a1b2c3d", or the URL's host for other links. */
    public String shortLabel() {
        return switch (kind) {
            case PULL_REQUEST, ISSUE -> "#" + number;
            case COMMIT -> number.length() > 7 ? number.substring(0, 7) : number;
            case LINK -> {
                String rest = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
                int slash = rest.indexOf('/');
                yield slash < 0 ? rest : rest.substring(0, slash);
            }
        };
    }
}
