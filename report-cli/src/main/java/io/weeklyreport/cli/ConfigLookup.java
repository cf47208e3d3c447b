package io.weeklyreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the weekly-report.yaml files that apply to a folder: its own and its parents', up to the file
 * system's root or to a file that says {@code root: true} (as .editorconfig does). Each file is read once.
 */
final class ConfigLookup {
    private final Map<Path, ConfigFile> read = new HashMap<>();

    /** The config files for a folder, farthest first, so that nearer ones win when applied in order. */
    synchronized List<ConfigFile> forFolder(Path folder) throws SettingsException {
        List<ConfigFile> chain = new ArrayList<>();
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(ConfigFile.NAME);
            if (Files.isRegularFile(candidate)) {
                ConfigFile file = read.get(candidate);
                if (file == null) {
                    file = ConfigFile.read(shortest(candidate));
                    read.put(candidate, file);
                }
                chain.add(file);
                if (file.isRoot()) {
                    break;
                }
            }
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The config files for a note: those of its folder ("-" for standard input: the current folder). */
    List<ConfigFile> forNote(Path note) throws SettingsException {
        Path abs = note.toString().equals("-") ? Path.of("").toAbsolutePath() : note.toAbsolutePath().getParent();
        return forFolder(abs);
    }

    /** "notes/weekly-report.yaml" rather than the absolute path, when it lies below the current folder. */
    private static Path shortest(Path absolute) {
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
