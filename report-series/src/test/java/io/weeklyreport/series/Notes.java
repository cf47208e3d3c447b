package io.weeklyreport.series;

import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Item;
import io.weeklyreport.model.ItemList;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Metadata;
import io.weeklyreport.model.Ref;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Status;
import io.weeklyreport.model.StatusMark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built notes for the series tests: the series reads the model only, so no parser is needed. */
final class Notes {
    static final StatusMark REVIEW = new StatusMark(Status.IN_REVIEW, "review中");
    static final StatusMark DEV = new StatusMark(Status.IN_PROGRESS, "开发中");
    static final StatusMark MERGED = new StatusMark(Status.DONE, "已合入");

    private Notes() {
    }

    static StatusMark status(Status status, String phrase) {
        return new StatusMark(status, phrase);
    }

    static Ref pr(String repo, int number) {
        return new Ref(Ref.Kind.PULL_REQUEST, repo, String.valueOf(number), "https://github.com/" + repo + "/pull/" + number);
    }

    static Ref issue(String repo, int number) {
        return new Ref(Ref.Kind.ISSUE, repo, String.valueOf(number), "https://github.com/" + repo + "/issues/" + number);
    }

    /** An item: its text, then each reference as a link "#N" after it. */
    static Item item(String text, StatusMark status, Ref... refs) {
        return item(text, status, List.of(), List.of(), refs);
    }

    static Item item(String text, StatusMark status, List<String> owners, List<Item> children, Ref... refs) {
        List<Inline> inlines = new ArrayList<>();
        inlines.add(new Inline.Text(text));
        for (Ref r : refs) {
            inlines.add(new Inline.Text(" "));
            inlines.add(new Inline.Link(r.url(), List.of(new Inline.Text(r.shortLabel())), r));
        }
        List<Block> body = children.isEmpty() ? List.of() : List.of(new ItemList(false, 1, children, 0));
        return new Item(inlines, status, List.of(refs), Item.Task.NONE, body, 0, owners);
    }

    /** A sub-item that is only a labelled bare link, as authors write "pr: https://…/pull/2387 (review中)". */
    static Item labelledLink(String label, Ref ref, StatusMark status) {
        List<Inline> inlines = List.of(new Inline.Text(label + ": "), new Inline.Link(ref.url(), List.of(new Inline.Text(ref.url())), ref),
                new Inline.Text(status.isKnown() ? " (" + status.phrase() + ")" : ""));
        return new Item(inlines, status, List.of(ref), Item.Task.NONE, List.of(), 0, List.of());
    }

    /** A note of one section holding the items, in that order, with increasing line numbers. */
    static SeriesNote note(String date, Item... items) {
        return note(Path.of("notes", date + ".md"), date == null ? null : LocalDate.parse(date), items);
    }

    static SeriesNote note(Path path, LocalDate date, Item... items) {
        List<Item> numbered = new ArrayList<>();
        int line = 10;
        for (Item i : items) {
            numbered.add(new Item(i.text(), i.status(), i.refs(), i.task(), i.body(), line, i.owners()));
            line += 2;
        }
        Section section = new Section("", List.of(new Inline.Text("近期工作")), 1, Section.Role.CONTENT,
                List.of(new ItemList(false, 1, numbered, 10)), List.of(), 8);
        Metadata meta = new Metadata("双周会", Metadata.TitleSource.DEFAULT, date, null, null, Language.ZH, null,
                path.getFileName().toString(), Map.of());
        return new SeriesNote(path, new Report(meta, null, List.of(), List.of(section), List.of()));
    }

    /** The one tracked item whose latest title starts with the text. */
    static TrackedItem tracked(Series series, String titleStart) {
        List<TrackedItem> found = series.items().stream().filter(t -> t.title().startsWith(titleStart)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " items start with '" + titleStart + "': "
                    + series.items().stream().map(TrackedItem::title).toList());
        }
        return found.getFirst();
    }
}
