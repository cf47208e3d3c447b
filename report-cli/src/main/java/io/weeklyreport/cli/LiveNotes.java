package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notes that `serve` and `watch` work on, kept current while they run. What the user named is searched again
 * after every change (a new note appears, a deleted one goes), and every folder a note depends on is watched: the
 * folders named, with their sub-folders; a named note's folder, with its sub-folders (where its pictures may be);
 * the folders above each note (a weekly-report.yaml there applies to it); the template folder, the folders of
 * fonts, reference documents and logo, and the --resource-root. Each batch of the {@link NoteWatcher} is sorted into
 * what the commands need to know: which notes were edited, and whether something every note may depend on changed.
 * Anything else (an editor's backup file, an output) is dropped before it can hold a batch back.
 */
final class LiveNotes implements AutoCloseable {
    /** Pictures by their extension: a change to one may change any note that shows it. */
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "svg");

    /**
     * What one batch of changes means.
     *
     * @param notes    the notes as they are now
     * @param edited   the notes whose own file changed
     * @param listed   a note appeared or went
     * @param settings a weekly-report.yaml, a template, font, reference document or logo changed: every note may
     *                 render differently, and what was made with the old ones (renderers, their templates) is stale
     * @param pictures a picture changed: the notes that show it render differently
     * @param since    when the first change of the batch was seen (System.nanoTime())
     */
    record Change(List<Inputs.Input> notes, Set<Path> edited, boolean listed, boolean settings, boolean pictures, long since) {
        Change {
            notes = List.copyOf(notes);
            edited = Set.copyOf(edited);
        }

        /** Whether the note may look different now. */
        boolean mayConcern(Inputs.Input note) {
            return settings || pictures || edited.contains(key(note.file()));
        }
    }

    interface Listener {
        void changed(Change change);
    }

    private enum Kind { IGNORED, NOTE, FOLDER, SETTINGS, PICTURE }

    private final List<Path> given;
    private final List<Setting.Given> options;
    private final Listener listener;
    private final NoteWatcher watcher;
    /** The folders searched for notes; the notes named, and their folders (where their pictures are). */
    private final Set<Path> searchRoots = new HashSet<>();
    private final Set<Path> givenNotes = new HashSet<>();
    private final Set<Path> noteFolders = new HashSet<>();
    private final Set<Path> ignored = ConcurrentHashMap.newKeySet();
    private volatile List<Inputs.Input> notes;
    private volatile Dependencies dependencies = new Dependencies(Set.of(), Set.of(), Set.of(), Set.of());

    /**
     * What the notes' settings name besides the notes: config files and named files (fonts, reference documents,
     * logo), template folders, the folders pictures may come from (--resource-root), and the folders of all these.
     */
    private record Dependencies(Set<Path> files, Set<Path> templates, Set<Path> pictureRoots, Set<Path> watched) {
    }

    /**
     * @param given   what the user named: note files and folders
     * @param options the command line's settings, which may name templates, fonts and the like
     */
    LiveNotes(List<Path> given, List<Setting.Given> options, Listener listener) throws IOException {
        this.given = List.copyOf(given);
        this.options = List.copyOf(options);
        this.listener = listener;
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                searchRoots.add(key(p));
            } else {
                givenNotes.add(key(p));
                noteFolders.add(key(p).getParent());
            }
        }
        this.notes = Inputs.expand(given);
        this.watcher = new NoteWatcher(NoteWatcher.QUIET, p -> kind(p) != Kind.IGNORED, this::batch);
    }

    /** The notes as they are now, in the order `render` takes them. */
    List<Inputs.Input> notes() {
        return notes;
    }

    /** Files the command writes itself (its outputs): their changes are no news. */
    void ignore(Collection<Path> files) {
        files.forEach(f -> ignored.add(key(f)));
    }

    /** Starts watching; the listener is called on the watcher's thread, one batch after the other. */
    LiveNotes start() throws IOException {
        rewatch();
        watcher.start();
        return this;
    }

    private void batch(NoteWatcher.Batch batch) {
        Set<Path> edited = new LinkedHashSet<>();
        boolean folders = false;
        boolean settings = batch.overflow();
        boolean pictures = batch.overflow();
        for (Path p : batch.files()) {
            switch (kind(p)) {
                case NOTE -> edited.add(key(p));
                case FOLDER -> folders = true;
                case SETTINGS -> settings = true;
                case PICTURE -> pictures = true;
                case IGNORED -> { }
            }
        }
        List<Inputs.Input> before = notes;
        if (!edited.isEmpty() || folders || settings) {
            try {
                notes = Inputs.expand(given);
            } catch (IOException e) {
                notes = List.of();   // the folder went away; its notes with it
            }
        }
        boolean listed = !keys(before).equals(keys(notes));
        try {
            rewatch();
        } catch (IOException e) {
            // a folder that cannot be watched now is tried again after the next change
        }
        Set<Path> present = keys(notes);
        edited.retainAll(present);
        if (!edited.isEmpty() || listed || settings || pictures) {
            listener.changed(new Change(notes, edited, listed, settings, pictures, batch.since()));
        }
    }

    /** Watches every folder the notes depend on now (a new template folder, a new sub-folder with notes). */
    private void rewatch() throws IOException {
        Dependencies now = dependencies(notes);
        dependencies = now;
        for (Path root : searchRoots) {
            watcher.watch(root, true);
        }
        for (Path folder : noteFolders) {
            watcher.watch(folder, true);
        }
        for (Path folder : now.watched()) {
            watcher.watch(folder, false);
        }
        for (Path folder : now.templates()) {
            watcher.watch(folder, true);
        }
        for (Path folder : now.pictureRoots()) {
            watcher.watch(folder, true);
        }
    }

    private Dependencies dependencies(List<Inputs.Input> current) {
        Set<Path> files = new HashSet<>();
        Set<Path> templates = new HashSet<>();
        Set<Path> pictureRoots = new HashSet<>();
        Set<Path> watched = new HashSet<>();
        ConfigLookup configs = new ConfigLookup();
        Set<Path> seenFolders = new HashSet<>();
        for (Inputs.Input note : current) {
            Path folder = key(note.file()).getParent();
            if (!seenFolders.add(folder)) {
                continue;   // one note of a folder tells what its settings name
            }
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                watched.add(dir);   // a weekly-report.yaml may appear in any of them
            }
            Settings settings;
            try {
                settings = Settings.resolve(configs.forNote(note.file()), options);
            } catch (SettingsException e) {
                continue;   // rendering says what is wrong; the config file itself is watched above
            }
            for (Path source : settings.sources()) {
                Path file = key(source);
                files.add(file);
                if (file.getParent() != null) {
                    watched.add(file.getParent());
                }
            }
            if (settings.get(Setting.TEMPLATES) != null) {
                templates.add(key(settings.get(Setting.TEMPLATES)));
            }
            if (settings.get(Setting.RESOURCE_ROOT) != null) {
                pictureRoots.add(key(settings.get(Setting.RESOURCE_ROOT)));
            }
        }
        return new Dependencies(Set.copyOf(files), Set.copyOf(templates), Set.copyOf(pictureRoots), Set.copyOf(watched));
    }

    private Kind kind(Path path) {
        Path p = key(path);
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.startsWith(".") || ignored.contains(p)) {
            return Kind.IGNORED;   // editors' swap files, our own temporaries and state files, outputs
        }
        Dependencies deps = dependencies;
        if (name.equals(ConfigFile.NAME) || deps.files().contains(p) || under(p, deps.templates())) {
            return Kind.SETTINGS;
        }
        boolean searched = under(p, searchRoots);
        if (Inputs.isNote(p) && (searched || givenNotes.contains(p))) {
            return Kind.NOTE;
        }
        if (isPicture(name) && (searched || under(p, noteFolders) || under(p, deps.pictureRoots()))) {
            return Kind.PICTURE;
        }
        if (searched && (Files.isDirectory(p) || !Files.exists(p))) {
            return Kind.FOLDER;   // a folder came or went, and the notes in it (or a file went: the list tells)
        }
        return Kind.IGNORED;
    }

    private static boolean isPicture(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && PICTURES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean under(Path p, Set<Path> folders) {
        for (Path f : folders) {
            if (p.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Path> keys(List<Inputs.Input> inputs) {
        Set<Path> keys = new LinkedHashSet<>();
        inputs.forEach(i -> keys.add(key(i.file())));
        return keys;
    }

    static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        watcher.close();
    }
}
