package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.weeklyreport.model.Report;
import io.weeklyreport.parser.ParserOptions;
import io.weeklyreport.render.RenderOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings in force for one folder of notes, each typed (see {@link Setting}) and with where it came from:
 * the default, then every weekly-report.yaml from the farthest parent to the note's own folder, then the
 * command-line options. How values combine is each setting's {@link Setting.Merge}.
 */
final class Settings {
    static final String DEFAULT = "default";

    /** One effective value and its origin: "default", "notes/weekly-report.yaml:4" or "--lang". */
    record Value<T>(T value, String origin) {
    }

    /** One line of `config`: a key ("colors.accent" for a name of a map), its value as shown, its origin. */
    record Row(String key, Object shown, String origin, String unset) {
        /** The value as one line of text, or what happens instead when it is unset. */
        String text() {
            return shown == null ? (unset == null ? "(none)" : unset) : ValueType.asText(shown);
        }
    }

    private final Map<Setting<?>, Value<?>> values = new LinkedHashMap<>();
    /** Per name, for the maps merged name by name: the value and origin of each name. */
    private final Map<Setting<?>, Map<String, Value<?>>> byName = new LinkedHashMap<>();
    private final List<ConfigFile> files;

    private Settings(List<ConfigFile> files) {
        this.files = List.copyOf(files);
        for (Setting<?> s : Setting.ALL) {
            values.put(s, new Value<>(s.defaultValue(), DEFAULT));
            if (s.merge() == Setting.Merge.BY_NAME) {
                byName.put(s, new LinkedHashMap<>());
            }
        }
    }

    /**
     * @param files   the config files that apply, farthest first
     * @param options values given on the command line; their relative paths are relative to the current folder
     */
    static Settings resolve(List<ConfigFile> files, List<Setting.Given> options) throws SettingsException {
        Settings s = new Settings(files);
        for (ConfigFile file : files) {
            s.apply(file);
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Setting.Given given : options) {
            Setting<?> setting = given.setting();
            s.merge(setting, setting.type().parse(given.text(), cwd, given.origin() + ": "), given.origin());
        }
        return s;
    }

    List<ConfigFile> files() {
        return files;
    }

    /** Where the value in force came from: "default", "notes/weekly-report.yaml:4" or the option ("--to"). */
    String origin(Setting<?> setting) {
        return values.get(setting).origin();
    }

    /** The value in force; for a map merged by name, all its names. */
    @SuppressWarnings("unchecked")
    <T> T get(Setting<T> setting) {
        if (setting.merge() == Setting.Merge.BY_NAME) {
            Map<String, Object> merged = new LinkedHashMap<>();
            byName.get(setting).forEach((name, v) -> merged.put(name, v.value()));
            return (T) java.util.Collections.unmodifiableMap(merged);
        }
        return (T) values.get(setting).value();
    }

    ParserOptions parserOptions() {
        return new ParserOptions(get(Setting.REPO), get(Setting.TITLE_PATTERN_ZH), get(Setting.TITLE_PATTERN_EN),
                get(Setting.STATUS_VOCABULARY), get(Setting.RESOURCE_ROOT));
    }

    RenderOptions renderOptions() {
        return RenderOptions.defaults()
                .withTemplateDir(get(Setting.TEMPLATES))
                .withFonts(get(Setting.FONT_REGULAR), get(Setting.FONT_BOLD))
                .withPageSize(get(Setting.PAGE_SIZE))
                .withReferences(get(Setting.REFERENCES))
                .withEmbeddedImages(get(Setting.EMBED))
                .withReferenceDocx(get(Setting.REFERENCE_DOCX))
                .withReferencePptx(get(Setting.REFERENCE_PPTX))
                .withSlideLevel(get(Setting.SLIDE_LEVEL) == null ? 0 : get(Setting.SLIDE_LEVEL))
                .withOfficeFonts(get(Setting.FONT_EAST_ASIA), get(Setting.FONT_LATIN))
                .withTheme(new RenderOptions.Theme(get(Setting.COLORS), get(Setting.LOGO)));
    }

    /** The report with the title, date, language and metadata that settings impose over what the note says. */
    Report apply(Report report) {
        var meta = report.metadata();
        if (get(Setting.TITLE) != null) {
            meta = meta.withTitle(get(Setting.TITLE));
        }
        if (get(Setting.DATE) != null) {
            meta = meta.withDate(get(Setting.DATE));
        }
        if (get(Setting.LANGUAGE) != null) {
            meta = meta.withLanguage(get(Setting.LANGUAGE));
        }
        if (!get(Setting.METADATA).isEmpty()) {
            meta = meta.withExtra(get(Setting.METADATA));
        }
        return meta == report.metadata() ? report : report.withMetadata(meta);
    }

    /** Files whose change makes an earlier output stale: config files, templates, fonts, reference documents. */
    List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        files.forEach(f -> sources.add(f.path()));
        for (Setting<?> s : Setting.ALL) {
            if (s.type() == ValueType.FILE && values.get(s).value() instanceof Path p) {
                sources.add(p);
            }
        }
        if (get(Setting.TEMPLATES) instanceof Path dir) {
            try (var list = java.nio.file.Files.list(dir)) {
                list.filter(java.nio.file.Files::isRegularFile).forEach(sources::add);
            } catch (java.io.IOException e) {
                sources.add(dir);
            }
        }
        return sources;
    }

    /** Every setting in the order of {@link Setting#ALL}, a map's names one row each, for `weekly-report config`. */
    List<Row> describe() {
        List<Row> rows = new ArrayList<>();
        for (Setting<?> s : Setting.ALL) {
            if (s.merge() == Setting.Merge.BY_NAME) {
                byName.get(s).forEach((name, v) -> rows.add(new Row(s.name() + "." + name, shownEntry(s, v.value()), v.origin(), null)));
            } else {
                rows.add(new Row(s.name(), shown(s), values.get(s).origin(), s.unset()));
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private <T> Object shown(Setting<T> s) {
        return s.type().shown((T) values.get(s).value());
    }

    @SuppressWarnings("unchecked")
    private static <V> Object shownEntry(Setting<?> s, Object value) {
        return ((ValueType.MapOf<V>) s.type()).entry().shown((V) value);
    }

    private void merge(Setting<?> setting, Object value, String origin) {
        switch (setting.merge()) {
            case REPLACE -> values.put(setting, new Value<>(value, origin));
            case APPEND -> {
                Value<?> before = values.get(setting);
                List<Object> all = new ArrayList<>((List<?>) before.value());
                all.addAll((List<?>) value);
                String origins = before.origin().equals(DEFAULT) ? origin : before.origin() + ", " + origin;
                values.put(setting, new Value<>(List.copyOf(all), origins));
            }
            case BY_NAME -> ((Map<?, ?>) value).forEach((name, v) -> byName.get(setting)
                    .put(String.valueOf(name), new Value<>(v, originOfName(origin, name))));
        }
    }

    /** "-M team" for the name "team" given by -M; a file's line is the same for every name below it. */
    private static String originOfName(String origin, Object name) {
        return origin.startsWith("-") ? origin + " " + name : origin;
    }

    private void apply(ConfigFile file) throws SettingsException {
        Path base = file.folder();
        for (ConfigFile.Entry e : file.entries()) {
            String origin = file.origin(e.line());
            String where = origin + ": " + e.key() + ": ";
            JsonNode v = e.value();
            var alone = Setting.named(e.key()).filter(Setting::inFile);
            if (alone.isPresent()) {
                merge(alone.get(), alone.get().type().read(v, base, where), origin);
                continue;
            }
            List<Setting<?>> group = Setting.ALL.stream().filter(s -> s.inFile() && s.inGroup() && s.group().equals(e.key())).toList();
            if (group.isEmpty()) {
                throw new SettingsException(origin + ": unknown key '" + e.key() + "'" + Suggestion.of(e.key(), Setting.fileKeys())
                        + " (known keys: " + String.join(", ", Setting.fileKeys()) + ")");
            }
            if (v.isValueNode() && group.stream().map(Setting::type).distinct().count() == 1) {
                // a group whose keys all take the same kind of value may be given one value for all
                // (title-pattern: "..." sets zh and en)
                for (Setting<?> s : group) {
                    merge(s, s.type().read(v, base, where), origin);
                }
                continue;
            }
            if (!v.isObject()) {
                throw new SettingsException(where + "expected 'name: value' lines below it ("
                        + String.join(", ", group.stream().map(Setting::keyInGroup).toList()) + ")");
            }
            for (var field : ValueType.fields(v)) {
                String refused = Setting.REFUSED.get(e.key() + "." + field.getKey());
                if (refused != null) {
                    throw new SettingsException(where + field.getKey() + ": " + refused);
                }
                Setting<?> s = group.stream().filter(g -> g.keyInGroup().equals(field.getKey())).findFirst().orElseThrow(() ->
                        new SettingsException(where + "unknown key '" + field.getKey() + "'"
                                + Suggestion.of(field.getKey(), group.stream().map(Setting::keyInGroup).toList())
                                + ": use " + String.join(", ", group.stream().map(Setting::keyInGroup).toList())));
                merge(s, s.type().read(field.getValue(), base, where + field.getKey() + ": "), origin);
            }
        }
    }
}
