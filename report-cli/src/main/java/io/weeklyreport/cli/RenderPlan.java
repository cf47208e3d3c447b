package io.weeklyreport.cli;

import io.weeklyreport.render.Format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, before anything is rendered, what each note will write: its settings (config files and
 * options), its output files, which of them are up to date (their fingerprint is what it would be now, see
 * {@link OutputState}), and which notes must be refused because an output would overwrite an input or
 * another note's output.
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
     * @param destination where outputs go (-o)
     * @param state       the fingerprints of earlier outputs, to skip those that are up to date
     */
    static RenderPlan make(List<Inputs.Input> inputs, Destination destination, ConfigLookup configs,
                           List<Setting.Given> options, boolean force, OutputState state, Fingerprints fingerprints) {
        RenderPlan plan = new RenderPlan();
        Map<List<ConfigFile>, Settings> settingsByChain = new HashMap<>();
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
                if (destination instanceof Destination.Stdout || (input.isStdin() && destination instanceof Destination.Beside)) {
                    targets.add(new RenderJob.Target(format, null, null));
                    continue;
                }
                Path file = OutputPaths.target(input, destination, format);
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
                String fingerprint = input.isStdin() ? null : fingerprint(input, settings, format, fingerprints);
                RenderJob.Target target = new RenderJob.Target(format, file, fingerprint);
                if (!force && fingerprint != null && state.isCurrent(file, fingerprint, fingerprints)) {
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

    /** Null when the note cannot be read: it is then never up to date, and reading it says why. */
    private static String fingerprint(Inputs.Input input, Settings settings, Format format, Fingerprints fingerprints) {
        try {
            return fingerprints.of(input.file(), settings, format);
        } catch (IOException | RuntimeException e) {
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
