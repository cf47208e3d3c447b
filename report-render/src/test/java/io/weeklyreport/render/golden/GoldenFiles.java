package io.weeklyreport.render.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reviewed golden files, pandoc-style: an output's parts compared with {@code src/test/resources/golden/...}.
 * {@code mvn test -Dgolden.update=true} writes the current output instead (review the diff, then commit it).
 *
 * <p>Parts that every case of a set shares unchanged (a deck's masters, layouts and themes; a document's styles)
 * are kept once in {@code _shared.txt} of the set, so a golden file shows what its case is about.
 */
final class GoldenFiles {
    static final Path ROOT = Path.of("src", "test", "resources", "golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final Path folder;
    private final Predicate<String> shared;
    /** The shared parts written by this run, when updating: every case must agree on them. */
    private final Map<String, String> sharedThisRun = new java.util.TreeMap<>();

    GoldenFiles(String set, Predicate<String> shared) {
        this.folder = ROOT.resolve(set);
        this.shared = shared;
    }

    /** Compares (or, updating, writes) the parts of one case; fails naming every part that differs. */
    void check(String name, Map<String, String> parts) throws IOException {
        Map<String, String> own = new LinkedHashMap<>();
        Map<String, String> common = new LinkedHashMap<>();
        parts.forEach((part, text) -> (shared.test(part) ? common : own).put(part, text));
        Path caseFile = folder.resolve(name + ".txt");
        Path sharedFile = folder.resolve("_shared.txt");
        if (UPDATE) {
            Files.createDirectories(folder);
            Files.writeString(caseFile, OoxmlParts.join(own), StandardCharsets.UTF_8);
            for (var e : common.entrySet()) {
                String earlier = sharedThisRun.putIfAbsent(e.getKey(), e.getValue());
                if (earlier != null && !earlier.equals(e.getValue())) {
                    fail(name + ": the shared part " + e.getKey() + " differs from another case's: "
                            + firstDifference(earlier, e.getValue()));
                }
            }
            if (!sharedThisRun.isEmpty()) {
                Files.writeString(sharedFile, OoxmlParts.join(sharedThisRun), StandardCharsets.UTF_8);
            }
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!Files.exists(caseFile)) {
            fail("no golden file " + caseFile + ": run the tests with -Dgolden.update=true, review and commit it");
        }
        compare(OoxmlParts.split(Files.readString(caseFile)), own, caseFile, problems, true);
        if (!common.isEmpty()) {
            Map<String, String> expectedShared = Files.exists(sharedFile) ? OoxmlParts.split(Files.readString(sharedFile)) : Map.of();
            compare(expectedShared, common, sharedFile, problems, false);
        }
        if (!problems.isEmpty()) {
            fail(name + " differs from its golden file (-Dgolden.update=true rewrites it):\n" + String.join("\n", problems));
        }
    }

    private static void compare(Map<String, String> expected, Map<String, String> actual, Path file, List<String> problems,
                                boolean complete) {
        for (var e : actual.entrySet()) {
            String want = expected.get(e.getKey());
            if (want == null) {
                problems.add("  " + e.getKey() + ": a part the golden file " + file + " does not have");
            } else if (!want.equals(e.getValue())) {
                problems.add("  " + e.getKey() + ": " + firstDifference(want, e.getValue()));
            }
        }
        if (complete) {
            for (String part : expected.keySet()) {
                if (!actual.containsKey(part)) {
                    problems.add("  " + part + ": in the golden file, missing from the output");
                }
            }
        }
    }

    private static String firstDifference(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(end)";
            String y = i < b.length ? b[i] : "(end)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n      golden: " + x.strip() + "\n      output: " + y.strip();
            }
        }
        return "differs";
    }
}
