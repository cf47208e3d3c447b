package io.weeklyreport.parser;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Map;

/**
 * Whether a note's front matter is the YAML it claims to be. flexmark reads "key: value" lines leniently
 * and the model keeps what it reads; a note whose front matter a YAML reader refuses gets a warning at
 * the line where it goes wrong, since other tools (a static site, an editor) will refuse it too.
 */
final class FrontMatterYaml {
    /** What went wrong, on which line of the block (0 is its opening "---"). */
    record Problem(int line, String message) { }

    private FrontMatterYaml() {
    }

    /** The block as written, "---" lines included; null when it is valid YAML of keys and values. */
    static Problem check(String block) {
        int firstLineEnd = block.indexOf('\n');
        if (firstLineEnd < 0) {
            return null;
        }
        String body = block.substring(firstLineEnd + 1);
        int closing = Math.max(body.lastIndexOf("\n---"), body.lastIndexOf("\n..."));
        body = body.startsWith("---") || body.startsWith("...") ? "" : closing >= 0 ? body.substring(0, closing + 1) : body;
        LoaderOptions options = new LoaderOptions();
        // Front matter is a few lines of untrusted text: no alias bombs, no deep nesting, no megabytes.
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1024 * 1024);
        options.setAllowDuplicateKeys(true);
        try {
            Object value = new Yaml(new SafeConstructor(options)).load(body);
            if (value != null && !(value instanceof Map)) {
                return new Problem(1, "the front matter is not a list of 'key: value' lines");
            }
            return null;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : "it cannot be read";
            return new Problem(mark == null ? 1 : mark.getLine() + 1, "the front matter is not valid YAML ("
                    + what.strip() + "); its lines are read as plain 'key: value' pairs");
        } catch (YAMLException e) {
            return new Problem(1, "the front matter is not valid YAML; its lines are read as plain 'key: value' pairs");
        }
    }
}
