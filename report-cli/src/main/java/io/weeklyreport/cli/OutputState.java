package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fingerprints of the outputs in a folder, in one small hidden file there ({@value #NAME}): per output
 * file name, the {@link Fingerprints fingerprint} it was made with and the pictures it showed. An output is up
 * to date when it exists, its fingerprint is the one it would be made with now, and its pictures are unchanged.
 * A state file rather than document properties: one way for every format (HTML has none that survive), no
 * output has to be opened to decide, and the outputs themselves stay byte-for-byte what the renderer made.
 * A missing or unreadable state file only means that everything renders again.
 */
final class OutputState {
    static final String NAME = ".weekly-report-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What one output was made from. */
    record Entry(String fingerprint, Map<String, String> pictures) {
        Entry {
            pictures = Map.copyOf(pictures);
        }
    }

    private final Map<Path, Map<String, Entry>> byFolder = new HashMap<>();
    private final Set<Path> changed = new LinkedHashSet<>();

    /** Whether {@code output} exists and was made from exactly what it would be made from now. */
    synchronized boolean isCurrent(Path output, String fingerprint, Fingerprints fingerprints) {
        if (!Files.isRegularFile(output)) {
            return false;
        }
        Entry entry = folder(output).get(output.getFileName().toString());
        return entry != null && entry.fingerprint().equals(fingerprint) && fingerprints.unchanged(entry.pictures());
    }

    synchronized void record(Path output, Entry entry) {
        folder(output).put(output.getFileName().toString(), entry);
        changed.add(folderOf(output));
    }

    /** Writes the state files of the folders that changed; entries of outputs that are gone are dropped. */
    synchronized void save(AtomicOutput output) throws Exception {
        for (Path folder : changed) {
            ObjectNode outputs = JSON.createObjectNode();
            new TreeMap<>(byFolder.get(folder)).forEach((name, entry) -> {
                if (Files.exists(folder.resolve(name))) {
                    ObjectNode e = outputs.putObject(name);
                    e.put("fingerprint", entry.fingerprint());
                    ObjectNode pictures = e.putObject("pictures");
                    new TreeMap<>(entry.pictures()).forEach(pictures::put);
                }
            });
            ObjectNode root = JSON.createObjectNode();
            root.put("written-by", "weekly-report render: what each output was made from, to tell when it is out of date");
            root.set("outputs", outputs);
            byte[] bytes = JSON.writeValueAsBytes(root);
            output.write(folder.resolve(NAME), out -> out.write(bytes));
        }
        changed.clear();
    }

    private Map<String, Entry> folder(Path output) {
        return byFolder.computeIfAbsent(folderOf(output), OutputState::read);
    }

    private static Path folderOf(Path output) {
        return output.toAbsolutePath().normalize().getParent();
    }

    private static Map<String, Entry> read(Path folder) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            JsonNode outputs = JSON.readTree(file.toFile()).path("outputs");
            outputs.fields().forEachRemaining(e -> {
                Map<String, String> pictures = new LinkedHashMap<>();
                e.getValue().path("pictures").fields().forEachRemaining(p -> pictures.put(p.getKey(), p.getValue().asText()));
                entries.put(e.getKey(), new Entry(e.getValue().path("fingerprint").asText(), pictures));
            });
        } catch (IOException | RuntimeException e) {
            entries.clear();   // a damaged state file: everything renders again, and it is written anew
        }
        return entries;
    }
}
