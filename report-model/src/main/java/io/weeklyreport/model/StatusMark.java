package io.weeklyreport.model;

/**
 * A status with the words that stated it.
 *
 * @param status the recognised status
 * @param phrase the matched phrase as written ("review中", "已合入"), "" for {@link Status#NONE}
 */
public record StatusMark(Status status, String phrase) {
    public static final StatusMark NONE = new StatusMark(Status.NONE, "");

    public boolean isKnown() {
        return status != Status.NONE;
    }
}
