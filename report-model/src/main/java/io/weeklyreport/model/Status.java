package io.weeklyreport.model;

/** Where a piece of work stands, as its item says. */
public enum Status {
    DONE, IN_REVIEW, IN_PROGRESS, PLANNED, BLOCKED, NONE;

    /** Lower-case, hyphenated name for CSS classes and labels: {@code in-review}. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
