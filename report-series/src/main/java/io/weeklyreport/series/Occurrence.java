package io.weeklyreport.series;

import io.weeklyreport.model.Item;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.StatusMark;

import java.util.List;
import java.util.Set;

/**
 * One item of one note, read for comparison with the items of other notes.
 *
 * @param item       the list item
 * @param order      its position among the note's compared items
 * @param sections   the titles of the sections it stands under
 * @param title      what a reader sees of its text
 * @param status     its progress ({@link Progress#of})
 * @param refs       the PRs and issues it names (its own and those of its reference-only sub-items)
 * @param keys       those of {@code refs} that no other item of the note names: the ones that identify it
 * @param shownRefs  its PR and issue links, as the model has them, for display
 * @param work       whether it states a status or names a PR or issue (itself or below): a piece of work,
 *                   not a name in an attendance list or an article link
 * @param tokens     the words of its text ({@link TextSimilarity#tokens})
 * @param headTokens the words of its text's head
 */
record Occurrence(Item item, int order, List<String> sections, String title, StatusMark status, List<RefKey> refs,
                  List<RefKey> keys, List<Ref> shownRefs, boolean work, Set<String> tokens, Set<String> headTokens) {

    Occurrence {
        sections = List.copyOf(sections);
        refs = List.copyOf(refs);
        keys = List.copyOf(keys);
        shownRefs = List.copyOf(shownRefs);
        tokens = Set.copyOf(tokens);
        headTokens = Set.copyOf(headTokens);
    }

    Occurrence withKeys(List<RefKey> identifying) {
        return new Occurrence(item, order, sections, title, status, refs, identifying, shownRefs, work, tokens, headTokens);
    }

    boolean sharesKeyWith(List<RefKey> others) {
        for (RefKey k : keys) {
            for (RefKey o : others) {
                if (k.sameAs(o)) {
                    return true;
                }
            }
        }
        return false;
    }
}
