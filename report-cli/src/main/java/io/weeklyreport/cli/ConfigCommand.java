package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.weeklyreport.model.Language;
import io.weeklyreport.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "config", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the settings in force for a folder or note, and where each came from: a default, a "
                + "weekly-report.yaml (file:line) or an option.",
                "render reads weekly-report.yaml from the note's folder and every parent (nearer files win, "
                        + "`root: true` stops the search); options win over files. Give render's options here to see their effect."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report config                       # for the current folder",
                "  weekly-report config notes/2023/ --lang en",
                "  weekly-report config notes/ --json",
                "",
                "A weekly-report.yaml:",
                "  language: zh",
                "  title-pattern: \"Curve 社区双周会 {date}\"      # or {zh: ..., en: ...}",
                "  repo: opencurve/curve                      # what a bare #123 refers to",
                "  formats: [pdf, html]",
                "  status-vocabulary:                         # added to the built-in phrases",
                "    in_review: [待评审, 等待review]",
                "  metadata: {team: storage}",
                "  templates: my-templates/                   # paths are relative to the file",
                "  fonts: {regular: a.ttf, bold: a-bold.ttf, east-asia: Microsoft YaHei}",
                "  page-size: A4",
                "  references: true",
                "  reference-docx: brand.docx",
                "  reference-pptx: brand.potx",
                "  colors: {accent: \"#1f5fbf\"}                # accepted; not rendered yet",
                "  logo: logo.png                             # accepted; not rendered yet",
                "  root: true                                 # do not look in parent folders"})
final class ConfigCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A folder or note (default: the current folder).")
    Path path;

    @Option(names = "--json", description = "Print JSON for machines (config's --format is render's -f).")
    boolean json;

    @Mixin
    OutputOptions outputOptions;

    @Mixin
    NoteOptions noteOptions;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(!json && terminal.colour(colour.when));
        PrintStream out = terminal.out();
        Path where = path == null ? Path.of("") : path;
        Path folder = Files.isDirectory(where) ? where : where.toAbsolutePath().getParent();
        List<Settings.Value> options = new ArrayList<>(outputOptions.values());
        options.addAll(noteOptions.values());
        Settings settings;
        try {
            settings = Settings.resolve(new ConfigLookup().forFolder(folder), options);
        } catch (SettingsException e) {
            terminal.err().println(palette.bad(e.getMessage()));
            return ExitCodes.FAILED;
        }
        List<Settings.Value> values = settings.describe();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            List<String> files = settings.files().stream().map(f -> f.path().toString()).toList();
            result.put("files", files);
            Map<String, Object> byKey = new LinkedHashMap<>();
            for (Settings.Value v : values) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("value", jsonValue(v.value()));
                entry.put("origin", v.origin());
                byKey.put(v.key(), entry);
            }
            result.put("settings", byKey);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            return ExitCodes.OK;
        }
        out.println(palette.bold("Settings for " + (path == null ? "." : path)) + palette.faint(settings.files().isEmpty()
                ? "  (no " + ConfigFile.NAME + " here or in a parent folder)"
                : "  (from " + String.join(", ", settings.files().stream().map(f -> f.path().toString()).toList()) + ")"));
        int width = values.stream().mapToInt(v -> v.key().length()).max().orElse(10) + 2;
        int valueWidth = Math.min(40, values.stream().mapToInt(v -> columns(show(v))).max().orElse(10) + 2);
        for (Settings.Value v : values) {
            String shown = show(v);
            String origin = v.origin().equals(Settings.DEFAULT) ? palette.faint(v.origin()) : palette.good(v.origin());
            out.println("  " + palette.key(pad(v.key(), width)) + pad(shown, valueWidth) + " " + origin);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String pad(String s, int width) {
        int columns = columns(s);
        return columns >= width ? s + " " : s + " ".repeat(width - columns);
    }

    /** Terminal columns: Chinese, Japanese and Korean characters and full-width forms take two. */
    static int columns(String s) {
        return s.codePoints().map(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60);
            return wide ? 2 : 1;
        }).sum();
    }

    /** The value as a person reads it; "what happens instead" for values left unset. */
    private static String show(Settings.Value v) {
        Object value = v.value();
        if (value == null) {
            return switch (v.key()) {
                case "title" -> "(from the note)";
                case "date" -> "(from the note or its file name)";
                case "language" -> "(detected from the text)";
                case "templates" -> "(built-in)";
                case "fonts.regular", "fonts.bold" -> "(bundled Noto Sans SC)";
                default -> "(none)";
            };
        }
        Object json = jsonValue(value);
        if (json instanceof Collection<?> c) {
            return c.isEmpty() ? "(none)" : String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(json);
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(ConfigCommand::jsonValue).toList();
        }
        if (value instanceof Format f) {
            return f.extension();
        }
        if (value instanceof Language l) {
            return l.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Path || value instanceof Enum<?> || value instanceof java.time.LocalDate) {
            return value.toString();
        }
        return value;
    }
}
