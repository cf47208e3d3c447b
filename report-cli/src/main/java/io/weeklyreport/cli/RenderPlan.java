package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, before anything is rendered, what each note will write: its settings (config files and
 * options), its output files, which of them are up to date, and which notes must be refused because an
 * output would overwrite an input or another note's output.
 */
final class RenderPlan {
    /** A note that will not be rendered, and the one line that says why. */
    record Refusal(int number, Inputs.Input input, String message) {
    }

    private final List<RenderJob> jobs = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();

    List<RenderJob> jobs() {
        return jobs;
    }

    List<Refusal> refusals() {
        return refusals;
    }

    /**
     * @param outputDir null for "beside each input"
     * @param toStdout  write the one output to standard output instead of a file
     */
    static RenderPlan make(List<Inputs.Input> inputs, Path outputDir, boolean toStdout, ConfigLookup configs,
                           List<Setting.Given> options, boolean force) {
        RenderPlan plan = new RenderPlan();
        Map<List<ConfigFile>, Settings> settingsByChain = new HashMap<>();
        Map<Settings, FileTime> newestSource = new IdentityHashMap<>();
        Set<Path> inputPaths = new HashSet<>();
        inputs.forEach(i -> inputPaths.add(i.file().toAbsolutePath().normalize()));
        Map<Path, Inputs.Input> claimed = new HashMap<>();

        int number = 0;
        for (Inputs.Input input : inputs) {
            number++;
            Settings settings;
            try {
                List<ConfigFile> chain = configs.forNote(input.file());
                settings = settingsByChain.get(chain);
                if (settings == null) {
                    settings = Settings.resolve(chain, options);
                    settingsByChain.put(chain, settings);
                }
            } catch (SettingsException e) {
                plan.refusals.add(new Refusal(number, input, e.getMessage()));
                continue;
            }
            List<RenderJob.Target> targets = new ArrayList<>();
            List<RenderJob.Target> upToDate = new ArrayList<>();
            String refusal = null;
            for (Format format : settings.get(Setting.FORMATS)) {
                if (toStdout) {
                    targets.add(new RenderJob.Target(format, null));
                    continue;
                }
                Path file = OutputPaths.target(input, outputDir, format);
                Path key = file.toAbsolutePath().normalize();
                if (inputPaths.contains(key) || sameFile(file, input.file())) {
                    refusal = input.name() + ": the output " + file + " would overwrite an input; rename the note or use -o DIR";
                    break;
                }
                Inputs.Input earlier = claimed.putIfAbsent(key, input);
                if (earlier != null) {
                    refusal = input.name() + ": its output " + file + " is already the output of " + earlier.name()
                            + "; rename one of them or render them to different -o folders";
                    break;
                }
                RenderJob.Target target = new RenderJob.Target(format, file);
                if (!force && !input.isStdin()
                        && isNewer(file, newest(input.file(), settings, newestSource))) {
                    upToDate.add(target);
                } else {
                    targets.add(target);
                }
            }
            if (refusal != null) {
                plan.refusals.add(new Refusal(number, input, refusal));
            } else {
                plan.jobs.add(new RenderJob(number, input, settings, targets, upToDate));
            }
        }
        return plan;
    }

    /** The newest of the note and what its settings read (config files, templates, fonts). */
    private static FileTime newest(Path note, Settings settings, Map<Settings, FileTime> cache) {
        FileTime fromSettings = cache.computeIfAbsent(settings, s -> {
            FileTime t = FileTime.fromMillis(0);
            for (Path p : s.sources()) {
                t = max(t, modified(p));
            }
            return t;
        });
        return max(fromSettings, modified(note));
    }

    private static boolean isNewer(Path output, FileTime than) {
        FileTime t = modified(output);
        return t != null && than != null && t.compareTo(than) > 0;
    }

    private static FileTime max(FileTime a, FileTime b) {
        if (a == null || b == null) {
            return null;   // something is missing: never up to date
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
