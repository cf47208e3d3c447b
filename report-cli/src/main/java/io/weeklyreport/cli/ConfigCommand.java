package io.weeklyreport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "config", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = ConfigCommand.KeysInHelp.class,
        description = {"Print the settings in force for a folder or note, and where each came from: a default, a "
                + "weekly-report.yaml (file:line) or an option.",
                "render reads weekly-report.yaml from the note's folder and every parent (nearer files win, "
                        + "`root: true` stops the search); options win over files. Give render's options here to see their effect."},
        footerHeading = "%nExamples:%n")
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
    SinceLastOptions sinceLastOptions;

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
        List<Setting.Given> options = new ArrayList<>(outputOptions.given());
        options.addAll(noteOptions.given());
        options.addAll(sinceLastOptions.given());
        Settings settings;
        try {
            settings = Settings.resolve(new ConfigLookup().forFolder(folder), options);
        } catch (SettingsException e) {
            terminal.err().println(palette.bad(e.getMessage()));
            return ExitCodes.FAILED;
        }
        List<Settings.Row> values = settings.describe();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            List<String> files = settings.files().stream().map(f -> f.path().toString()).toList();
            result.put("files", files);
            Map<String, Object> byKey = new LinkedHashMap<>();
            for (Settings.Row v : values) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("value", v.shown());
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
        int valueWidth = Math.min(40, values.stream().mapToInt(v -> columns(v.text())).max().orElse(10) + 2);
        for (Settings.Row v : values) {
            String shown = v.text();
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

    /**
     * The examples, then every key a weekly-report.yaml may have with its help and default, from the
     * settings' own definitions, so that the help never falls behind them.
     */
    static final class KeysInHelp implements CommandLine.IModelTransformer {
        private static final int HELP_WIDTH = 78;

        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            List<String> footer = new ArrayList<>(List.of(
                    "  weekly-report config                       # for the current folder",
                    "  weekly-report config notes/2023/ --lang en",
                    "  weekly-report config notes/ --json",
                    "",
                    "Keys of a weekly-report.yaml (paths are relative to the file):"));
            int width = Setting.ALL.stream().mapToInt(s -> s.name().length()).max().orElse(10) + 2;
            for (Setting<?> s : Setting.ALL) {
                if (s.inFile()) {
                    String name = s.inGroup() ? "  " + s.keyInGroup() : s.name();
                    if (s.inGroup() && Setting.ALL.stream().filter(o -> o.inGroup() && o.group().equals(s.group())).findFirst().orElseThrow() == s) {
                        footer.add("  " + s.group() + ":");
                    }
                    // picocli wraps footer lines at 80 columns wherever they break; break them where they read well
                    String indent = " ".repeat(width + 2);
                    StringBuilder line = new StringBuilder("  " + name + " ".repeat(Math.max(1, width - name.length())));
                    boolean first = true;
                    for (String word : (s.help() + defaultOf(s)).split(" ")) {
                        if (!first && columns(line + " " + word) > HELP_WIDTH) {
                            footer.add(line.toString());
                            line = new StringBuilder(indent);
                            first = true;
                        }
                        line.append(first ? "" : " ").append(word);
                        first = false;
                    }
                    footer.add(line.toString());
                }
            }
            footer.add("");
            footer.add("For example:");
            footer.addAll(List.of(
                    "  language: zh",
                    "  title-pattern: \"Curve 社区双周会 {date}\"      # or {zh: ..., en: ...}",
                    "  repo: opencurve/curve",
                    "  formats: [pdf, html]",
                    "  status-vocabulary: {in_review: [待评审, 等待review]}",
                    "  fonts: {regular: a.ttf, bold: a-bold.ttf, east-asia: Microsoft YaHei}",
                    "  colors: {accent: \"#1f5fbf\", in-review: \"#4b3aa8\"}",
                    "  logo: logo.png",
                    "  root: true"));
            spec.usageMessage().footer(footer.toArray(String[]::new));
            return spec;
        }

        private static <T> String defaultOf(Setting<T> s) {
            Object shown = s.defaultValue() == null ? null : s.type().shown(s.defaultValue());
            if (shown == null || (shown instanceof java.util.Collection<?> c && c.isEmpty())
                    || (s.defaultValue() instanceof Map<?, ?> m && m.isEmpty())) {
                return "";
            }
            return " (default: " + ValueType.asText(shown) + ")";
        }
    }
}
