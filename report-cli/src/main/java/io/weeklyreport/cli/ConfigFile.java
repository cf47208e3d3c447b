package io.weeklyreport.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One weekly-report.yaml, read but not yet understood: its top-level keys in order, each with its value
 * and line, so that a mistake can be reported as "weekly-report.yaml:7: ...".
 */
record ConfigFile(Path path, List<Entry> entries) {
    static final String NAME = "weekly-report.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Entry(String key, JsonNode value, int line) {
    }

    ConfigFile {
        entries = List.copyOf(entries);
    }

    /** Where relative paths in the file point from. */
    Path folder() {
        return path.toAbsolutePath().getParent();
    }

    /** "notes/weekly-report.yaml:7", the origin shown by `weekly-report config`. */
    String origin(int line) {
        return path + ":" + line;
    }

    boolean isRoot() {
        return entries.stream().anyMatch(e -> e.key.equals("root") && e.value.asBoolean(false));
    }

    static ConfigFile read(Path path) throws SettingsException {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(Files.newBufferedReader(path))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new ConfigFile(path, entries);   // an empty file is a valid, empty config
            }
            if (first != JsonToken.START_OBJECT) {
                throw new SettingsException(path + ":" + line(parser.currentTokenLocation())
                        + ": expected 'key: value' lines at the top level");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = line(parser.currentTokenLocation());
                parser.nextToken();
                JsonNode value = YAML.readTree(parser);
                entries.add(new Entry(key, value, line));
            }
        } catch (JsonProcessingException e) {
            throw new SettingsException(path + ":" + line(e.getLocation()) + ": not valid YAML: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SettingsException(path + ": cannot be read: " + e.getMessage());
        }
        return new ConfigFile(path, entries);
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
