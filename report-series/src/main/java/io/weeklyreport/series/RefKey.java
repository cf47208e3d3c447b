package io.weeklyreport.series;

import io.weeklyreport.model.Ref;

import java.util.Locale;

/**
 * A pull request or issue, normalised so that {@code #2387}, {@code curve#2387},
 * {@code opencurve/curve#2387} and {@code https://github.com/opencurve/curve/pull/2387} compare equal.
 * Pull requests and issues share one number space per repository (GitHub redirects one to the other),
 * so the kind is not part of the key.
 *
 * @param owner  the repository's owner (or GitLab group path), lower case; null when written without one
 * @param name   the repository's name, lower case; null for a bare {@code #123} in a note without a repository
 * @param number the number as written, without leading zeros
 */
record RefKey(String owner, String name, String number) {

    /** The key of a model reference, or null for commits and other links. */
    static RefKey of(Ref ref) {
        if (ref.kind() != Ref.Kind.PULL_REQUEST && ref.kind() != Ref.Kind.ISSUE || ref.number() == null) {
            return null;
        }
        return ofRepo(ref.repo(), ref.number());
    }

    /** "opencurve/curve", "curve" or null, and a number. */
    static RefKey ofRepo(String repo, String number) {
        String digits = number.replaceFirst("^0+(?=\\d)", "");
        if (repo == null || repo.isBlank()) {
            return new RefKey(null, null, digits);
        }
        String lower = repo.strip().toLowerCase(Locale.ROOT);
        int slash = lower.lastIndexOf('/');
        return slash < 0 ? new RefKey(null, lower, digits) : new RefKey(lower.substring(0, slash), lower.substring(slash + 1), digits);
    }

    /** Whether both name the same PR or issue; a repository written without its owner matches any owner. */
    boolean sameAs(RefKey other) {
        if (!number.equals(other.number)) {
            return false;
        }
        if (name == null || other.name == null) {
            return name == null && other.name == null;
        }
        return name.equals(other.name) && (owner == null || other.owner == null || owner.equals(other.owner));
    }

    /** "opencurve/curve" when the owner is known. */
    String repo() {
        return owner == null ? name : owner + "/" + name;
    }
}
