package io.weeklyreport.series;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Quote;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of one note that the series compares: every top-level item of a list, and every nested item
 * that names a PR or issue of its own (the nested lines of minutes or sub-steps are part of their parent).
 * A sub-item that is only a labelled link ("pr: https://…/pull/2387 (review中)", "discussion: …") belongs
 * to its parent: its references and status become the parent's.
 */
final class NoteItems {
    /** "curve#2387", "opencurve/curve#2387", "#2387" written as plain text. */
    private static final Pattern TEXT_REF = Pattern.compile("(?<![\\w/#.-])(?:([A-Za-z0-9_.-]+)/)?([A-Za-z][A-Za-z0-9_.-]*)?#(\\d{1,7})(?!\\w)");
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\d]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final String defaultRepo;
    private final List<Occurrence> found = new ArrayList<>();

    private NoteItems(String defaultRepo) {
        this.defaultRepo = defaultRepo;
    }

    /** The compared items of a note, in document order, with their identifying references worked out. */
    static List<Occurrence> of(Report report) {
        NoteItems reader = new NoteItems(defaultRepo(report));
        reader.blocks(report.preamble(), List.of());
        for (Section s : report.sections()) {
            reader.section(s, List.of());
        }
        return identifying(reader.found);
    }

    /** The repository a bare "#123" in the note's text means: the one its PR and issue links name most. */
    private static String defaultRepo(Report report) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Item item : report.allItems()) {
            for (Ref ref : item.refs()) {
                RefKey key = RefKey.of(ref);
                if (key != null && key.name() != null) {
                    int n = counts.merge(key.repo(), 1, Integer::sum);
                    if (best == null || n > counts.get(best)) {
                        best = key.repo();
                    }
                }
            }
        }
        return best;
    }

    private void section(Section section, List<String> outer) {
        List<String> path = new ArrayList<>(outer);
        path.add(section.titleText());
        blocks(section.blocks(), path);
        for (Section child : section.children()) {
            section(child, path);
        }
    }

    private void blocks(List<Block> blocks, List<String> path) {
        for (Block b : blocks) {
            switch (b) {
                case ItemList list -> list.items().forEach(i -> item(i, path, true));
                case Quote quote -> blocks(quote.blocks(), path);
                default -> { }
            }
        }
    }

    private void item(Item item, List<String> path, boolean topLevel) {
        List<RefKey> own = refsIn(item);
        List<Item> rest = new ArrayList<>();
        List<RefKey> refs = new ArrayList<>(own);
        List<Ref> shown = new ArrayList<>(shownRefs(item));
        for (Item child : item.children()) {
            if (isLabelledLink(child)) {
                for (RefKey k : refsIn(child)) {
                    addNew(refs, k);
                }
                shown.addAll(shownRefs(child));
            } else {
                rest.add(child);
            }
        }
        if (topLevel || !own.isEmpty()) {
            String title = title(item);
            List<String> owners = item.owners();
            found.add(new Occurrence(item, found.size(), path, title, Progress.of(item), refs, List.of(), shown,
                    Progress.of(item).isKnown() || !refs.isEmpty() || namesWorkBelow(rest),
                    TextSimilarity.tokens(title, item.status().phrase(), owners),
                    TextSimilarity.tokens(TextSimilarity.head(title), item.status().phrase(), owners)));
        }
        for (Item child : rest) {
            item(child, path, false);
        }
    }

    private boolean namesWorkBelow(List<Item> items) {
        for (Item i : items) {
            if (!refsIn(i).isEmpty() || namesWorkBelow(i.children())) {
                return true;
            }
        }
        return false;
    }

    /** Keeps only the references no other compared item of the note names (a shared discussion issue identifies nothing). */
    private static List<Occurrence> identifying(List<Occurrence> all) {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : all) {
            List<RefKey> keys = new ArrayList<>();
            for (RefKey k : o.refs()) {
                boolean elsewhere = false;
                for (Occurrence other : all) {
                    if (other != o && other.refs().stream().anyMatch(k::sameAs)) {
                        elsewhere = true;
                        break;
                    }
                }
                if (!elsewhere) {
                    keys.add(k);
                }
            }
            out.add(o.withKeys(keys));
        }
        return out;
    }

    /** The PRs and issues an item's own text names: its links, and references written as plain text. */
    private List<RefKey> refsIn(Item item) {
        List<RefKey> keys = new ArrayList<>();
        for (Ref ref : item.refs()) {
            RefKey k = RefKey.of(ref);
            if (k != null) {
                addNew(keys, k);
            }
        }
        textRefs(item.text(), keys);
        return keys;
    }

    private void textRefs(List<Inline> inlines, List<RefKey> into) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Text t -> {
                    Matcher m = TEXT_REF.matcher(t.text());
                    while (m.find()) {
                        String repo = m.group(2) == null ? defaultRepo
                                : m.group(1) == null ? m.group(2) : m.group(1) + "/" + m.group(2);
                        addNew(into, RefKey.ofRepo(repo, m.group(3)));
                    }
                }
                case Inline.Strong s -> textRefs(s.content(), into);
                case Inline.Emphasis e -> textRefs(e.content(), into);
                case Inline.Strike s -> textRefs(s.content(), into);
                default -> { }
            }
        }
    }

    private static void addNew(List<RefKey> keys, RefKey k) {
        if (keys.stream().noneMatch(k::sameAs)) {
            keys.add(k);
        }
    }

    private static List<Ref> shownRefs(Item item) {
        return item.refs().stream().filter(r -> RefKey.of(r) != null).toList();
    }

    /**
     * A sub-item that is a link with at most a short label: "pr: URL (review中)", "discussion: URL",
     * "branch跟踪: URL". What is left without bare URLs, numbers, status phrase and punctuation is at most
     * two words and four Chinese characters.
     */
    static boolean isLabelledLink(Item child) {
        if (!child.children().isEmpty() || child.refs().isEmpty()) {
            return false;
        }
        String rest = withoutBareUrls(child.text());
        if (!child.status().phrase().isEmpty()) {
            rest = rest.replace(child.status().phrase(), " ");
        }
        rest = rest.replaceAll("#\\d+", " ");
        int words = 0;
        for (Matcher m = WORD.matcher(rest); m.find(); ) {
            words++;
        }
        int han = 0;
        for (Matcher m = HAN.matcher(rest); m.find(); ) {
            han++;
        }
        return words <= 2 && han <= 4;
    }

    private static String withoutBareUrls(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Link l -> sb.append(Inline.plainText(l.content()).strip().equals(l.url()) ? " " : withoutBareUrls(l.content()));
                case Inline.Strong s -> sb.append(withoutBareUrls(s.content()));
                case Inline.Emphasis e -> sb.append(withoutBareUrls(e.content()));
                case Inline.Strike s -> sb.append(withoutBareUrls(s.content()));
                default -> sb.append(Inline.plainText(List.of(inline)));
            }
        }
        return sb.toString();
    }

    /**
     * The item's text as a reader sees it: PR and issue links written out as URLs shortened to "#2387",
     * other bare URLs left out, the carry marker of a drafted note dropped, white space collapsed.
     */
    static String title(Item item) {
        StringBuilder sb = new StringBuilder();
        appendTitle(item.text(), sb);
        String title = Carryover.withoutMarker(sb.toString()).replaceAll("\\s+", " ").strip();
        if (title.isEmpty() && !item.refs().isEmpty()) {
            Ref first = item.refs().getFirst();
            title = RefKey.of(first) != null ? first.shortLabel() : first.url();
        }
        return title;
    }

    private static void appendTitle(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Link l -> {
                    String text = Inline.plainText(l.content());
                    if (!text.strip().equals(l.url())) {
                        appendTitle(l.content(), sb);
                    } else if (RefKey.of(l.ref()) != null) {
                        sb.append(l.ref().shortLabel());
                    }
                }
                case Inline.Strong s -> appendTitle(s.content(), sb);
                case Inline.Emphasis e -> appendTitle(e.content(), sb);
                case Inline.Strike s -> appendTitle(s.content(), sb);
                case Inline.LineBreak br -> sb.append(' ');
                default -> sb.append(Inline.plainText(List.of(inline)));
            }
        }
    }
}
