package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Status;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.PageSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one kind of setting value is written (an option's text, a YAML scalar, list or map), checked and shown.
 * Every message starts with {@code where} ("notes/weekly-report.yaml:4: page-size: " or "--page-size: ").
 */
interface ValueType<T> {
    /** A value written as text: an option, or a YAML scalar. {@code base} resolves relative paths. */
    T parse(String text, Path base, String where) throws SettingsException;

    /** A YAML value; scalars go through {@link #parse}; the types that take lists or maps override this. */
    default T read(JsonNode node, Path base, String where) throws SettingsException {
        return parse(scalar(node, where), base, where);
    }

    /** The value as `config` prints it and `config --json` writes it: text, a number, a boolean or a list. */
    default Object shown(T value) {
        return value == null ? null : value.toString();
    }

    ValueType<String> TEXT = (text, base, where) -> text;

    ValueType<Boolean> BOOLEAN = new ValueType<>() {
        @Override
        public Boolean parse(String text, Path base, String where) throws SettingsException {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new SettingsException(where + "write true or false");
            };
        }

        @Override
        public Boolean read(JsonNode node, Path base, String where) throws SettingsException {
            if (!node.isBoolean()) {
                throw new SettingsException(where + "write true or false");
            }
            return node.booleanValue();
        }

        @Override
        public Object shown(Boolean value) {
            return value;
        }
    };

    ValueType<Language> LANGUAGE = new ValueType<>() {
        @Override
        public Language parse(String text, Path base, String where) throws SettingsException {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "zh", "zh-cn", "chinese" -> Language.ZH;
                case "en", "en-us", "english" -> Language.EN;
                default -> throw new SettingsException(where + "'" + text + "' is no language: use zh or en");
            };
        }

        @Override
        public Object shown(Language value) {
            return value == null ? null : value.name().toLowerCase(Locale.ROOT);
        }
    };

    ValueType<PageSize> PAGE_SIZE = (text, base, where) -> {
        for (PageSize p : PageSize.values()) {
            if (p.name().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new SettingsException(where + "'" + text + "' is no page size: use A4 or letter");
    };

    ValueType<String> REPO = new ValueType<>() {
        private static final Pattern OWNER_NAME = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

        @Override
        public String parse(String text, Path base, String where) throws SettingsException {
            if (!OWNER_NAME.matcher(text.strip()).matches()) {
                throw new SettingsException(where + "'" + text + "' is no GitHub repository: write owner/name, e.g. opencurve/curve");
            }
            return text.strip();
        }
    };

    ValueType<LocalDate> DATE = (text, base, where) -> {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SettingsException(where + "'" + text + "' is no date: write YYYY-MM-DD, e.g. 2023-05-18");
        }
    };

    ValueType<Path> FOLDER = (text, base, where) -> {
        Path p = base.resolve(text.strip()).normalize();
        if (!Files.isDirectory(p)) {
            throw new SettingsException(where + "no such folder: " + p);
        }
        return p;
    };

    ValueType<Path> FILE = (text, base, where) -> {
        Path p = base.resolve(text.strip()).normalize();
        if (!Files.isRegularFile(p)) {
            throw new SettingsException(where + "no such file: " + p);
        }
        return p;
    };

    /**
     * A path that need not exist yet, checked where it is used (a password file that only the sender's machine has
     * must not fail `render` for everyone); {@code ~/} is the home folder.
     */
    ValueType<Path> PATH = (text, base, where) -> {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new SettingsException(where + "write a path");
        }
        if (t.equals("~") || t.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(t.substring(Math.min(2, t.length()))).normalize();
        }
        return base.resolve(t).normalize();
    };

    /** The name of an environment variable: letters, digits and _, not starting with a digit. */
    ValueType<String> ENVIRONMENT_VARIABLE = (text, base, where) -> {
        String t = text.strip();
        if (!t.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SettingsException(where + "'" + text + "' is no environment variable's name (letters, digits and _)");
        }
        return t;
    };

    /** What the mail attaches: docx and pdf, in that order as given, or none ("none", or an empty YAML list). */
    ValueType<List<String>> ATTACHMENTS = new ValueType<>() {
        private final ValueType<List<String>> words = listOf(oneOf("docx", "pdf", "none"));

        @Override
        public List<String> parse(String text, Path base, String where) throws SettingsException {
            return text.isBlank() ? List.of() : withoutNone(words.parse(text, base, where));
        }

        @Override
        public List<String> read(JsonNode node, Path base, String where) throws SettingsException {
            return withoutNone(words.read(node, base, where));
        }

        private List<String> withoutNone(List<String> given) {
            return given.stream().filter(w -> !w.equals("none")).distinct().toList();
        }

        @Override
        public Object shown(List<String> value) {
            return value.isEmpty() ? List.of("none") : value;
        }
    };

    ValueType<String> COLOUR = (text, base, where) -> {
        if (!text.strip().matches("#(\\p{XDigit}{3}|\\p{XDigit}{6})")) {
            throw new SettingsException(where + "'" + text + "' is no colour: write #rgb or #rrggbb");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    };

    /** "5m", "90s", "1h", "500ms", "300" (seconds) or ISO-8601 "PT5M"; "0" or "none" for no limit (Duration.ZERO). */
    ValueType<Duration> DURATION = new ValueType<>() {
        private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|m|min|h)?");

        @Override
        public Duration parse(String text, Path base, String where) throws SettingsException {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.equals("none") || t.equals("off")) {
                return Duration.ZERO;
            }
            Matcher m = AMOUNT.matcher(t);
            if (m.matches()) {
                double amount = Double.parseDouble(m.group(1));
                double millis = amount * switch (m.group(2) == null ? "s" : m.group(2)) {
                    case "ms" -> 1;
                    case "m", "min" -> 60_000;
                    case "h" -> 3_600_000;
                    default -> 1000;
                };
                return Duration.ofMillis(Math.round(millis));
            }
            try {
                return Duration.parse(text.strip()).abs();
            } catch (DateTimeParseException e) {
                throw new SettingsException(where + "'" + text + "' is no duration: write e.g. 90s, 5m or 1h (none for no limit)");
            }
        }

        @Override
        public Object shown(Duration value) {
            if (value == null || value.isZero()) {
                return "none";
            }
            long ms = value.toMillis();
            return ms % 3_600_000 == 0 ? ms / 3_600_000 + "h" : ms % 60_000 == 0 ? ms / 60_000 + "m"
                    : ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
        }
    };

    /** A heading level, 1 to 6, as --slide-level and slide-level: take it. */
    ValueType<Integer> HEADING_LEVEL = (text, base, where) -> {
        String t = text.strip();
        if (!t.matches("[1-6]")) {
            throw new SettingsException(where + "'" + text + "' is no heading level: use 1 to 6");
        }
        return Integer.parseInt(t);
    };

    /** A whole number from {@code min} to {@code max}, e.g. a port. */
    static ValueType<Integer> number(int min, int max) {
        return new ValueType<>() {
            @Override
            public Integer parse(String text, Path base, String where) throws SettingsException {
                try {
                    int n = Integer.parseInt(text.strip());
                    if (n >= min && n <= max) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // said below
                }
                throw new SettingsException(where + "'" + text + "' is no whole number from " + min + " to " + max);
            }

            @Override
            public Object shown(Integer value) {
                return value;
            }
        };
    }

    /** One of a few words, e.g. "starttls", "ssl", "none"; stored as written in lower case. */
    static ValueType<String> oneOf(String... words) {
        return (text, base, where) -> {
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (!Arrays.asList(words).contains(t)) {
                throw new SettingsException(where + "'" + text + "'" + Suggestion.of(t, Arrays.asList(words)) + ": use "
                        + String.join(", ", words));
            }
            return t;
        };
    }

    /** A list: a YAML list, or one text with commas ("pdf,html"), each element read by {@code element}. */
    static <E> ValueType<List<E>> listOf(ValueType<E> element) {
        return new ValueType<>() {
            @Override
            public List<E> parse(String text, Path base, String where) throws SettingsException {
                List<E> list = new ArrayList<>();
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        list.add(element.parse(part.strip(), base, where));
                    }
                }
                return List.copyOf(list);
            }

            @Override
            public List<E> read(JsonNode node, Path base, String where) throws SettingsException {
                if (!node.isArray()) {
                    return ValueType.super.read(node, base, where);
                }
                List<E> list = new ArrayList<>();
                for (JsonNode n : node) {
                    list.add(element.read(n, base, where));
                }
                return List.copyOf(list);
            }

            @Override
            public Object shown(List<E> value) {
                List<Object> shown = new ArrayList<>();
                value.forEach(e -> shown.add(element.shown(e)));
                return shown;
            }
        };
    }

    ValueType<Format> FORMAT = new ValueType<>() {
        @Override
        public Format parse(String text, Path base, String where) throws SettingsException {
            Format f = Format.byName(text);
            if (f == null) {
                throw new SettingsException(where + "unknown format '" + text.strip() + "'"
                        + Suggestion.of(text.strip(), Arrays.stream(Format.values()).map(Format::extension).toList())
                        + ": use pdf, docx, pptx or html");
            }
            return f;
        }

        @Override
        public Object shown(Format value) {
            return value.extension();
        }
    };

    ValueType<List<Format>> FORMATS = listOf(FORMAT);

    /**
     * Phrases added to the built-in progress vocabulary: a map from status to phrases, or "STATUS: phrase,
     * phrase" lines; stored as such lines with the status in upper case, as the parser takes them.
     */
    ValueType<List<String>> VOCABULARY = new ValueType<>() {
        @Override
        public List<String> parse(String text, Path base, String where) throws SettingsException {
            return List.of(line(text, where));
        }

        @Override
        public List<String> read(JsonNode v, Path base, String where) throws SettingsException {
            List<String> lines = new ArrayList<>();
            if (v.isObject()) {
                for (var field : fields(v)) {
                    List<String> phrases = new ArrayList<>();
                    if (field.getValue().isArray()) {
                        field.getValue().forEach(p -> phrases.add(p.asText()));
                    } else {
                        phrases.add(scalar(field.getValue(), where));
                    }
                    lines.add(line(field.getKey() + ": " + String.join(", ", phrases), where));
                }
            } else if (v.isArray()) {
                for (JsonNode line : v) {
                    lines.add(line(scalar(line, where), where));
                }
            } else {
                throw new SettingsException(where + "write 'STATUS: phrase, phrase' lines, or a map from status to phrases");
            }
            return List.copyOf(lines);
        }

        private String line(String line, String where) throws SettingsException {
            int colon = line.indexOf(':');
            String status = colon < 0 ? "" : line.substring(0, colon).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (Arrays.stream(Status.values()).noneMatch(s -> s.name().equals(status))) {
                throw new SettingsException(where + "'" + line + "' does not start with a status: use "
                        + Arrays.stream(Status.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
            }
            return status + line.substring(colon);
        }

        @Override
        public Object shown(List<String> value) {
            return value;
        }
    };

    /** A map from names the user chooses to values of one type (colors, metadata), merged name by name. */
    record MapOf<V>(ValueType<V> entry) implements ValueType<Map<String, V>> {
        @Override
        public Map<String, V> parse(String text, Path base, String where) throws SettingsException {
            // "name=value" or, as pandoc's -M takes it, "name:value": whichever comes first; "name" alone is true
            int eq = text.indexOf('=');
            int colon = text.indexOf(':');
            int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            String name = (sep < 0 ? text : text.substring(0, sep)).strip();
            if (name.isEmpty()) {
                throw new SettingsException(where + "'" + text + "' has no name: write name=value or name:value");
            }
            return Map.of(name, entry.parse(sep < 0 ? "true" : text.substring(sep + 1), base, where));
        }

        @Override
        public Map<String, V> read(JsonNode node, Path base, String where) throws SettingsException {
            if (!node.isObject()) {
                throw new SettingsException(where + "expected 'name: value' lines below it");
            }
            Map<String, V> map = new LinkedHashMap<>();
            for (var field : fields(node)) {
                map.put(field.getKey(), entry.read(field.getValue(), base, where + field.getKey() + ": "));
            }
            return map;
        }
    }

    static String scalar(JsonNode v, String where) throws SettingsException {
        if (!v.isValueNode() || v.isNull()) {
            throw new SettingsException(where + "expected a single value");
        }
        return v.asText();
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode v) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            list.add(it.next());
        }
        return list;
    }

    /** A shown value as one line of text: lists joined with ", ", "(none)" when empty. */
    static String asText(Object shown) {
        if (shown instanceof Collection<?> c) {
            return c.isEmpty() ? "(none)" : String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(shown);
    }
}
