package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.weeklyreport.model.Language;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Status;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.PageSize;
import io.weeklyreport.render.RenderOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings in force for one folder of notes, each with where it came from: built-in defaults, then
 * every weekly-report.yaml from the farthest parent to the note's own folder, then command-line options.
 * The later source wins key by key; status-vocabulary lines add up instead.
 */
final class Settings {
    /** One effective value and its origin: "default", "notes/weekly-report.yaml:4" or "--lang". */
    record Value(String key, Object value, String origin) {
    }

    static final String DEFAULT = "default";

    /** The keys a weekly-report.yaml may have; colors and metadata take any names below them. */
    static final List<String> KEYS = List.of("formats", "language", "title-pattern", "repo", "status-vocabulary",
            "metadata", "templates", "resource-root", "page-size", "references", "reference-docx", "reference-pptx", "slide-level", "fonts",
            "colors", "logo", "root");
    private static final List<String> FONT_KEYS = List.of("regular", "bold", "east-asia", "latin");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    private final Map<String, Value> values = new LinkedHashMap<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final List<String> vocabularyOrigins = new ArrayList<>();
    private final List<ConfigFile> files;

    private Settings(List<ConfigFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * @param files   the config files that apply, farthest first
     * @param options values given on the command line, already typed
     */
    static Settings resolve(List<ConfigFile> files, List<Value> options) throws SettingsException {
        Settings s = new Settings(files);
        s.putDefaults();
        for (ConfigFile file : files) {
            s.apply(file);
        }
        for (Value option : options) {
            if (option.value() != null) {
                s.checkOption(option);
                s.values.put(option.key(), option);
            }
        }
        return s;
    }

    List<ConfigFile> files() {
        return files;
    }

    @SuppressWarnings("unchecked")
    List<Format> formats() {
        return (List<Format>) get("formats");
    }

    ParserOptions parserOptions() {
        return new ParserOptions((String) get("repo"), (String) get("title-pattern.zh"),
                (String) get("title-pattern.en"), vocabulary, (Path) get("resource-root"));
    }

    RenderOptions renderOptions() {
        return RenderOptions.defaults()
                .withTemplateDir((Path) get("templates"))
                .withFonts((Path) get("fonts.regular"), (Path) get("fonts.bold"))
                .withPageSize((PageSize) get("page-size"))
                .withReferences((Boolean) get("references"))
                .withReferenceDocx((Path) get("reference-docx"))
                .withReferencePptx((Path) get("reference-pptx"))
                .withSlideLevel((Integer) get("slide-level"))
                .withOfficeFonts((String) get("fonts.east-asia"), (String) get("fonts.latin"))
                .withTheme(new RenderOptions.Theme(colours(), (Path) get("logo")));
    }

    /** "colors.accent: #1f5fbf" and the like, by colour name. */
    private Map<String, String> colours() {
        Map<String, String> colours = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("colors.") && v.value() instanceof String colour) {
                colours.put(k.substring("colors.".length()), colour);
            }
        });
        return colours;
    }

    /** The report with the title, date, language and metadata that settings impose over what the note says. */
    Report apply(Report report) {
        var meta = report.metadata();
        if (get("title") instanceof String title) {
            meta = meta.withTitle(title);
        }
        if (get("date") instanceof LocalDate date) {
            meta = meta.withDate(date);
        }
        if (get("language") instanceof Language language) {
            meta = meta.withLanguage(language);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("metadata.")) {
                extra.put(k.substring("metadata.".length()), String.valueOf(v.value()));
            }
        });
        if (!extra.isEmpty()) {
            meta = meta.withExtra(extra);
        }
        return meta == report.metadata() ? report : report.withMetadata(meta);
    }

    /** Files whose change makes an earlier output stale: config files, templates, fonts, reference documents. */
    List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        files.forEach(f -> sources.add(f.path()));
        for (String key : List.of("fonts.regular", "fonts.bold", "reference-docx", "reference-pptx", "logo")) {
            if (get(key) instanceof Path p) {
                sources.add(p);
            }
        }
        if (get("templates") instanceof Path dir) {
            try (var list = Files.list(dir)) {
                list.filter(Files::isRegularFile).forEach(sources::add);
            } catch (java.io.IOException e) {
                sources.add(dir);
            }
        }
        return sources;
    }

    /** Every setting in a fixed order, for `weekly-report config`. */
    List<Value> describe() {
        List<Value> all = new ArrayList<>(values.values());
        all.add(new Value("status-vocabulary", List.copyOf(vocabulary),
                vocabularyOrigins.isEmpty() ? DEFAULT : String.join(", ", vocabularyOrigins)));
        all.sort(Comparator.comparingInt(v -> order(v.key())));
        return all;
    }

    private static int order(String key) {
        int dot = key.indexOf('.');
        String top = dot < 0 ? key : key.substring(0, dot);
        int i = List.of("title", "date").contains(top) ? -1 : KEYS.indexOf(top);
        return i < 0 ? -1 : i;
    }

    Object get(String key) {
        Value v = values.get(key);
        return v == null ? null : v.value();
    }

    private void putDefaults() {
        ParserOptions parser = ParserOptions.defaults();
        RenderOptions render = RenderOptions.defaults();
        put("formats", parseFormats(RenderCommand.DEFAULT_FORMATS), DEFAULT);
        put("title", null, DEFAULT);
        put("date", null, DEFAULT);
        put("language", null, DEFAULT);
        put("title-pattern.zh", parser.defaultTitleZh(), DEFAULT);
        put("title-pattern.en", parser.defaultTitleEn(), DEFAULT);
        put("repo", parser.defaultRepo(), DEFAULT);
        put("templates", null, DEFAULT);
        put("resource-root", null, DEFAULT);
        put("page-size", render.pageSize(), DEFAULT);
        put("references", render.references(), DEFAULT);
        put("reference-docx", null, DEFAULT);
        put("reference-pptx", null, DEFAULT);
        put("slide-level", render.slideLevel(), DEFAULT);
        put("fonts.regular", null, DEFAULT);
        put("fonts.bold", null, DEFAULT);
        put("fonts.east-asia", render.eastAsiaFont(), DEFAULT);
        put("fonts.latin", render.latinFont(), DEFAULT);
        put("logo", null, DEFAULT);
    }

    private void put(String key, Object value, String origin) {
        values.put(key, new Value(key, value, origin));
    }

    private void apply(ConfigFile file) throws SettingsException {
        for (ConfigFile.Entry e : file.entries()) {
            String origin = file.origin(e.line());
            String where = origin + ": " + e.key() + ": ";
            JsonNode v = e.value();
            switch (e.key()) {
                case "root" -> bool(v, where);
                case "formats" -> {
                    List<String> names = new ArrayList<>();
                    if (v.isArray()) {
                        v.forEach(n -> names.add(n.asText()));
                    } else {
                        names.addAll(Arrays.asList(text(v, where).split(",")));
                    }
                    List<Format> formats = new ArrayList<>();
                    for (String name : names) {
                        Format f = Format.byName(name);
                        if (f == null) {
                            throw new SettingsException(where + "unknown format '" + name.strip() + "': use pdf, docx, pptx or html");
                        }
                        formats.add(f);
                    }
                    put("formats", List.copyOf(formats), origin);
                }
                case "language" -> put("language", language(text(v, where), where), origin);
                case "title-pattern" -> {
                    if (v.isObject()) {
                        for (var field : fields(v)) {
                            if (!List.of("zh", "en").contains(field.getKey())) {
                                throw new SettingsException(where + "'" + field.getKey() + "' is no language: use zh and en");
                            }
                            put("title-pattern." + field.getKey(), text(field.getValue(), where), origin);
                        }
                    } else {
                        put("title-pattern.zh", text(v, where), origin);
                        put("title-pattern.en", text(v, where), origin);
                    }
                }
                case "repo" -> put("repo", repo(text(v, where), where), origin);
                case "status-vocabulary" -> {
                    vocabulary.addAll(vocabularyLines(v, where));
                    vocabularyOrigins.add(origin);
                }
                case "metadata" -> {
                    for (var field : object(v, where)) {
                        put("metadata." + field.getKey(), text(field.getValue(), where), origin);
                    }
                }
                case "templates" -> put("templates", folder(file.folder(), text(v, where), where), origin);
                case "resource-root" -> put("resource-root", folder(file.folder(), text(v, where), where), origin);
                case "page-size" -> put("page-size", pageSize(text(v, where), where), origin);
                case "references" -> put("references", bool(v, where), origin);
                case "slide-level" -> {
                    if (!v.isInt() || v.intValue() < 0 || v.intValue() > 6) {
                        throw new SettingsException(where + "write a heading level, 1 to 6 (0: composed by what fits)");
                    }
                    put("slide-level", v.intValue(), origin);
                }
                case "reference-docx", "reference-pptx", "logo" ->
                        put(e.key(), regularFile(file.folder(), text(v, where), where), origin);
                case "fonts" -> {
                    for (var field : object(v, where)) {
                        String sub = field.getKey();
                        if (!FONT_KEYS.contains(sub)) {
                            throw new SettingsException(where + "unknown font '" + sub + "': use " + String.join(", ", FONT_KEYS));
                        }
                        String value = text(field.getValue(), where);
                        put("fonts." + sub, sub.equals("regular") || sub.equals("bold")
                                ? regularFile(file.folder(), value, where) : value, origin);
                    }
                }
                case "colors" -> {
                    for (var field : object(v, where)) {
                        String colour = text(field.getValue(), where);
                        if (!COLOUR.matcher(colour).matches()) {
                            throw new SettingsException(where + field.getKey() + ": '" + colour + "' is no colour: write #rgb or #rrggbb");
                        }
                        put("colors." + field.getKey(), colour.toLowerCase(Locale.ROOT), origin);
                    }
                }
                default -> throw new SettingsException(origin + ": unknown key '" + e.key() + "'" + suggestion(e.key())
                        + " (known keys: " + String.join(", ", KEYS) + ")");
            }
        }
    }

    /** Option values arrive typed; what is left to check is that the files they name are there. */
    private void checkOption(Value option) throws SettingsException {
        String where = option.origin() + ": ";
        if (option.value() instanceof Path p) {
            boolean folder = option.key().equals("templates") || option.key().equals("resource-root");
            if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
                throw new SettingsException(where + "no such " + (folder ? "folder" : "file") + ": " + p);
            }
        }
        if (option.key().equals("repo")) {
            repo((String) option.value(), where);
        }
    }

    static List<Format> parseFormats(String commaSeparated) {
        List<Format> formats = new ArrayList<>();
        for (String name : commaSeparated.split(",")) {
            formats.add(Format.byName(name));
        }
        return List.copyOf(formats);
    }

    private static List<String> vocabularyLines(JsonNode v, String where) throws SettingsException {
        List<String> lines = new ArrayList<>();
        if (v.isObject()) {
            // status: [phrase, phrase] or status: "phrase, phrase"
            for (var field : fields(v)) {
                List<String> phrases = new ArrayList<>();
                if (field.getValue().isArray()) {
                    field.getValue().forEach(p -> phrases.add(p.asText()));
                } else {
                    phrases.add(text(field.getValue(), where));
                }
                lines.add(field.getKey() + ": " + String.join(", ", phrases));
            }
        } else if (v.isArray()) {
            for (JsonNode line : v) {
                lines.add(text(line, where));
            }
        } else {
            throw new SettingsException(where + "write 'STATUS: phrase, phrase' lines, or a map from status to phrases");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            String status = colon < 0 ? "" : line.substring(0, colon).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (Arrays.stream(Status.values()).noneMatch(s -> s.name().equals(status))) {
                throw new SettingsException(where + "'" + line + "' does not start with a status: use "
                        + Arrays.stream(Status.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
            }
            lines.set(i, status + line.substring(colon));
        }
        return lines;
    }

    static Language language(String s, String where) throws SettingsException {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "chinese" -> Language.ZH;
            case "en", "en-us", "english" -> Language.EN;
            default -> throw new SettingsException(where + "'" + s + "' is no language: use zh or en");
        };
    }

    private static String repo(String s, String where) throws SettingsException {
        if (!REPO.matcher(s).matches()) {
            throw new SettingsException(where + "'" + s + "' is no GitHub repository: write owner/name, e.g. opencurve/curve");
        }
        return s;
    }

    private static PageSize pageSize(String s, String where) throws SettingsException {
        for (PageSize p : PageSize.values()) {
            if (p.name().equalsIgnoreCase(s.strip())) {
                return p;
            }
        }
        throw new SettingsException(where + "'" + s + "' is no page size: use A4 or letter");
    }

    private static Path folder(Path base, String s, String where) throws SettingsException {
        Path p = base.resolve(s).normalize();
        if (!Files.isDirectory(p)) {
            throw new SettingsException(where + "no such folder: " + p);
        }
        return p;
    }

    private static Path regularFile(Path base, String s, String where) throws SettingsException {
        Path p = base.resolve(s).normalize();
        if (!Files.isRegularFile(p)) {
            throw new SettingsException(where + "no such file: " + p);
        }
        return p;
    }

    private static boolean bool(JsonNode v, String where) throws SettingsException {
        if (!v.isBoolean()) {
            throw new SettingsException(where + "write true or false");
        }
        return v.booleanValue();
    }

    private static String text(JsonNode v, String where) throws SettingsException {
        if (!v.isValueNode() || v.isNull()) {
            throw new SettingsException(where + "expected a single value");
        }
        return v.asText();
    }

    private static List<Map.Entry<String, JsonNode>> object(JsonNode v, String where) throws SettingsException {
        if (!v.isObject()) {
            throw new SettingsException(where + "expected 'name: value' lines below it");
        }
        return fields(v);
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode v) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            list.add(it.next());
        }
        return list;
    }

    /** " (did you mean 'colors'?)" for "colours"; empty when nothing is close. */
    static String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String known : KEYS) {
            int d = distance(key.toLowerCase(Locale.ROOT), known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
