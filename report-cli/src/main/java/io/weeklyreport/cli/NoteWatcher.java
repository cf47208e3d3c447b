package io.weeklyreport.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folders and hands over what changed in them in batches. Editors save in several steps (a backup,
 * a temporary file renamed over the note, a touch), so events are collected until the folders have been quiet
 * for {@link #QUIET}, then handed over together; a file written without pause is still handed over every
 * {@link #LONGEST_WAIT}. The batches are handed over on the watcher's one thread, so they never overlap.
 */
final class NoteWatcher implements AutoCloseable {
    static final Duration QUIET = Duration.ofMillis(100);
    static final Duration LONGEST_WAIT = Duration.ofMillis(600);
    /** Past this many folders below one root, a recursive watch stops adding more (a note in a home folder). */
    static final int MOST_FOLDERS = 2000;

    /**
     * One batch of changes.
     *
     * @param files    the files (and folders) created, changed or deleted
     * @param overflow events were lost (the system's queue overflowed): anything may have changed
     * @param since    when the first event of the batch was seen (System.nanoTime())
     */
    record Batch(Set<Path> files, boolean overflow, long since) {
        Batch {
            files = Set.copyOf(files);
        }
    }

    private final WatchService service;
    private final Consumer<Batch> onChange;
    private final Predicate<Path> relevant;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Set<Path> recursive = ConcurrentHashMap.newKeySet();
    private final Set<Path> registered = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private final Duration quiet;
    private volatile boolean closed;

    /**
     * @param relevant the paths worth a batch; others (an editor's backup, a build writing beside the notes) are
     *                 dropped and do not hold a batch back
     */
    NoteWatcher(Duration quiet, Predicate<Path> relevant, Consumer<Batch> onChange) throws IOException {
        this.quiet = quiet;
        this.relevant = relevant;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new DaemonThreads("note-watcher").newThread(this::loop);
    }

    /** Watches a folder; with {@code subfolders}, also those below it that are not hidden, and those made later. */
    void watch(Path folder, boolean subfolders) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return;
        }
        if (subfolders) {
            if (recursive.add(dir)) {
                registerTree(dir, new LinkedHashSet<>());
            }
        } else {
            register(dir);
        }
    }

    void start() {
        thread.start();
    }

    private void register(Path dir) throws IOException {
        if (registered.add(dir)) {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, dir);
        }
    }

    /** Registers a folder and the visible folders below it; files already in a new folder count as changed. */
    private void registerTree(Path top, Set<Path> found) throws IOException {
        int[] count = {0};
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(top) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (++count[0] > MOST_FOLDERS) {
                    return FileVisitResult.TERMINATE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;   // an unreadable folder is not watched; the rest is
            }
        });
    }

    private boolean underRecursive(Path dir) {
        for (Path root : recursive) {
            if (dir.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private void loop() {
        try {
            while (!closed) {
                Set<Path> files = new LinkedHashSet<>();
                boolean overflow = collect(service.take(), files);
                if (files.isEmpty() && !overflow) {
                    continue;
                }
                long since = System.nanoTime();
                long lastSeen = since;
                long deadline = since + LONGEST_WAIT.toNanos();
                while (true) {
                    long wait = Math.min(lastSeen + quiet.toNanos(), deadline) - System.nanoTime();
                    WatchKey next = wait > 0 ? service.poll(wait, TimeUnit.NANOSECONDS) : null;
                    if (next == null) {
                        break;
                    }
                    int before = files.size();
                    overflow |= collect(next, files);
                    if (files.size() > before) {
                        lastSeen = System.nanoTime();
                    }
                }
                deliver(new Batch(files, overflow, since));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void deliver(Batch batch) {
        try {
            onChange.accept(batch);
        } catch (RuntimeException | Error e) {
            // a failing batch must not end the watching; the command has said what failed
        }
    }

    /** The paths of one folder's events; true when events were lost. */
    private boolean collect(WatchKey key, Set<Path> into) {
        Path dir = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
                continue;
            }
            if (dir == null) {
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            Set<Path> seen = new LinkedHashSet<>();
            seen.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path) && underRecursive(dir)
                    && !path.getFileName().toString().startsWith(".")) {
                try {
                    registerTree(path, seen);   // a folder moved in with notes in it: they are new too
                } catch (IOException e) {
                    // gone again, or unreadable: nothing to watch
                }
            }
            seen.stream().filter(relevant).forEach(into::add);
        }
        if (!key.reset()) {
            folders.remove(key);   // the folder is gone
            if (dir != null) {
                registered.remove(dir);
            }
        }
        return overflow;
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException ignored) {
            // closing a watch service only releases the system's handle
        }
        thread.interrupt();
    }
}
