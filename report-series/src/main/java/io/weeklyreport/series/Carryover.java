package io.weeklyreport.series;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Ref;

import java.util.regex.Pattern;

/**
 * Which items of a meeting's note belong in the next meeting's: every top-level item that is not done;
 * below it, the sub-items that are not done and still say something about the work (a status, a link to
 * the PR, issue or branch, or sub-items that do). Remarks in the minutes stay with the meeting they were
 * made at. A carried item is marked with the meeting it is now at ("（第 3 次）", "(3rd meeting)"); the
 * marker is not part of the item's words when notes are compared.
 */
public final class Carryover {
    private static final Pattern MARKER = Pattern.compile("\\s*(?:（第\\s*\\d+\\s*次）|\\(\\d+(?:st|nd|rd|th) meeting\\))");

    private Carryover() {
    }

    /** "（第 3 次）" or " (3rd meeting)": the item is at its {@code meeting}th meeting. */
    public static String marker(int meeting, Language language) {
        if (language == Language.ZH) {
            return "（第 " + meeting + " 次）";
        }
        int lastTwo = meeting % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (meeting % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return " (" + meeting + suffix + " meeting)";
    }

    /** The text without the markers an earlier draft put in. */
    public static String withoutMarker(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    /** Whether a top-level list item goes on to the next meeting. */
    public static boolean carriesTopLevel(Item item) {
        return !Progress.isDone(item);
    }

    /** Whether a sub-item of a carried item goes with it. */
    public static boolean carriesNested(Item item) {
        if (Progress.isDone(item)) {
            return false;
        }
        boolean namesWork = item.refs().stream().anyMatch(r -> r.kind() != Ref.Kind.LINK);
        return Progress.of(item).isKnown() || namesWork || NoteItems.isLabelledLink(item)
                || item.children().stream().anyMatch(Carryover::carriesNested);
    }
}
