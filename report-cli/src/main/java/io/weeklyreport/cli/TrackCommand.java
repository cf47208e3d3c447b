package io.weeklyreport.cli;

import io.weeklyreport.model.Language;
import io.weeklyreport.render.Format;
import io.weeklyreport.render.RenderException;
import io.weeklyreport.render.RenderResult;
import io.weeklyreport.render.TrackerRenderer;
import io.weeklyreport.render.TrackerRequest;
import io.weeklyreport.series.MeetingNote;
import io.weeklyreport.series.Series;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "track", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Follow every item through a series of notes and render the tracker: a title (the folder, its dates, "
                + "the number of meetings), a chart of the status counts per meeting (a native chart in DOCX and PPTX, vector "
                + "boxes in PDF and HTML), then one row per tracked item (those with a PR or issue reference, and recurring ones "
                + "without): title, owner, first and last seen, its status at each meeting from first to last seen (a dash where "
                + "a meeting does not mention it), meetings open; stalled items (the same status, not done, at 3 or more "
                + "meetings in a row) first and marked.",
                "Writes tracker.pdf, tracker.docx and tracker.pptx into the folder (the formats `render` writes by default, or "
                        + "`formats` of its weekly-report.yaml), -o DIR/ elsewhere, -o FILE one file. json, for machines, is "
                        + "asked for by name: -f json alone prints it to standard output.",
                "Folders are searched recursively, so notes/2022/ and notes/2023/ below notes/ make one series. "
                        + "A note that cannot be read is named and left out; the others are still tracked (exit 1)."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report track notes/                 # notes/tracker.pdf, .docx, .pptx",
                "  weekly-report track notes/ -o out/ -f pdf,html",
                "  weekly-report track notes/ -o tracker.pptx",
                "  weekly-report track notes/ -f json | jq '.items[] | select(.stalled) | .title'"})
final class TrackCommand implements Callable<Integer> {
    static final String JSON = "json";
    /** The outputs' name, without -o FILE: tracker.pdf, tracker.docx, ... */
    static final String NAME = "tracker";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders (searched recursively) or note files: together one series.")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", completionCandidates = TrackFormats.class,
            description = "Formats, comma-separated: pdf, docx, pptx, html, json (default: pdf,docx,pptx, or `formats` in the "
                    + "folder's weekly-report.yaml; an -o FILE.pdf implies its own).")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR/|FILE",
            description = "Output folder (default: the notes' folder): an existing folder or a name ending in /. A FILE ending "
                    + "in .pdf, .docx, .pptx, .html or .json is that one output. - writes the single format to standard output.")
    String output;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder whose tracker.ftlh, tracker.css and labels override the built-in ones (see `templates export`).")
    String templateDir;

    @Option(names = "--page-size", paramLabel = "SIZE", completionCandidates = Candidates.PageSizes.class,
            description = "Paper of the PDF and DOCX, on its side: A4 or letter (default: A4).")
    String pageSize;

    @Option(names = "--font", paramLabel = "FILE", description = "A TrueType (.ttf) body font instead of the bundled Noto Sans SC.")
    String font;

    @Option(names = "--font-bold", paramLabel = "FILE", description = "Its bold face (default: --font, or the bundled bold).")
    String fontBold;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The formats -f and -o may name. */
    static final class TrackFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("pdf", "docx", "pptx", "html", JSON).iterator();
        }
    }

    /** One output: a format of the renderer, or json (format null). */
    private record Wanted(Format format, Path file) {
        boolean json() {
            return format == null;
        }

        String extension() {
            return format == null ? JSON : format.extension();
        }
    }

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        if (inputs.stream().anyMatch(p -> p.toString().equals(Inputs.STDIN))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "track reads a series of note files, not standard input");
        }
        Path folder = inputs.size() == 1 && Files.isDirectory(inputs.getFirst()) ? inputs.getFirst() : null;
        Path home = folder != null ? folder : Optional.ofNullable(inputs.getFirst().toAbsolutePath().getParent()).orElse(Path.of(""));
        Settings settings = settings(home);
        Destination destination = Destination.of(output);
        List<String> asked = asked(settings, oneFile(destination));
        boolean toStdout = destination instanceof Destination.Stdout
                || (destination instanceof Destination.Beside && asked.equals(List.of(JSON)));
        List<Wanted> wanted = wanted(asked, home, destination, toStdout);

        List<Path> files = new ArrayList<>();
        for (Inputs.Input input : Inputs.expand(inputs)) {
            files.add(input.file());
        }
        for (Wanted w : wanted) {
            if (w.file() != null && files.stream().anyMatch(f -> same(f, w.file()))) {
                throw new CommandLine.ParameterException(spec.commandLine(), w.file() + " is one of the notes: not overwriting it");
            }
        }
        SeriesReader.Read read = new SeriesReader(terminal.in()).read(files);
        Series series = Series.of(read.notes());
        List<String> leftOut = new ArrayList<>(read.failures());
        leftOut.addAll(series.warnings());
        leftOut.forEach(line -> terminal.err().println("weekly-report: " + line));
        if (series.meetings().isEmpty()) {
            terminal.err().println("weekly-report: no dated notes in " + String.join(", ", inputs.stream().map(Path::toString).toList())
                    + ": nothing to track");
            return ExitCodes.FAILED;
        }
        boolean failed = !read.failures().isEmpty();
        try (TemporaryFiles temporaries = new TemporaryFiles().cleanedUpOn(terminal.stop())) {
            AtomicOutput atomic = new AtomicOutput(temporaries);
            List<Wanted> rendered = wanted.stream().filter(w -> !w.json()).toList();
            if (!rendered.isEmpty()) {
                failed |= !render(series, settings, home, rendered, atomic, terminal);
            }
            for (Wanted w : wanted) {
                if (w.json()) {
                    String json = TrackJson.write(series, folder, leftOut) + "\n";
                    failed |= !deliver(w, json.getBytes(StandardCharsets.UTF_8), atomic, terminal);
                }
            }
        }
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The folder's settings (weekly-report.yaml) under the options; a mistake in an option is a usage error. */
    private Settings settings(Path home) {
        List<Setting.Given> given = new ArrayList<>();
        Setting.Given.of(Setting.TEMPLATES, templateDir, "--templates").ifPresent(given::add);
        Setting.Given.of(Setting.PAGE_SIZE, pageSize, "--page-size").ifPresent(given::add);
        Setting.Given.of(Setting.FONT_REGULAR, font, "--font").ifPresent(given::add);
        Setting.Given.of(Setting.FONT_BOLD, fontBold, "--font-bold").ifPresent(given::add);
        try {
            Settings.resolve(List.of(), given);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            return Settings.resolve(new ConfigLookup().forFolder(home.toAbsolutePath().normalize()), given);
        } catch (SettingsException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The format -o names as render reads -o ({@link Destination}), or json for a FILE.json (which render, writing
     * no JSON, reads as a folder's name); null for a folder, standard output or none.
     */
    private static String oneFile(Destination destination) {
        return switch (destination) {
            case Destination.OneFile one -> one.format().extension();
            case Destination.Folder folder when isJsonFile(folder.dir()) -> JSON;
            default -> null;
        };
    }

    private static boolean isJsonFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + JSON)
                && !Files.isDirectory(path);
    }

    /** The formats by name, in order, each once: -f, else what -o FILE names, else the folder's `formats`. */
    private List<String> asked(Settings settings, String byName) {
        Set<String> names = new LinkedHashSet<>();
        if (formats != null) {
            for (String f : formats) {
                String name = f.strip().toLowerCase(Locale.ROOT);
                if (!name.equals(JSON) && Format.byName(name) == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "-f " + f.strip()
                            + ": not a format (pdf, docx, pptx, html or json)");
                }
                names.add(name);
            }
            if (byName != null && !List.copyOf(names).equals(List.of(byName))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + " is a " + byName
                        + " file, but -f asks for " + String.join(",", formats) + ": give -o DIR/ for other formats");
            }
        } else if (byName != null) {
            names.add(byName);
        } else {
            settings.get(Setting.FORMATS).forEach(f -> names.add(f.extension()));
        }
        return List.copyOf(names);
    }

    private List<Wanted> wanted(List<String> asked, Path home, Destination destination, boolean toStdout) {
        if (toStdout && asked.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "standard output takes one format: give -f pdf (or docx, pptx, html, json), or -o DIR for several");
        }
        List<Wanted> wanted = new ArrayList<>();
        for (String name : asked) {
            Format format = name.equals(JSON) ? null : Format.byName(name);
            if (toStdout) {
                if (format != null && format != Format.HTML && main.terminal().interactive()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "not writing a " + name + " file to the terminal: redirect it (> file) or give -o DIR");
                }
                wanted.add(new Wanted(format, null));
                continue;
            }
            Path file = switch (destination) {
                case Destination.OneFile one -> one.file();
                case Destination.Folder folder when isJsonFile(folder.dir()) -> folder.dir();
                case Destination.Folder folder -> folder.dir().resolve(NAME + "." + name);
                default -> home.resolve(NAME + "." + name);
            };
            wanted.add(new Wanted(format, file));
        }
        return wanted;
    }

    /** Renders the tracker in the renderer's formats; false when one of them failed (each said in one line). */
    private boolean render(Series series, Settings settings, Path home, List<Wanted> rendered, AtomicOutput atomic,
                           Terminal terminal) {
        TrackerRenderer renderer;
        try {
            renderer = new TrackerRenderer(settings.renderOptions());
        } catch (RenderException e) {
            terminal.err().println("weekly-report: track: " + e.getMessage());
            return false;
        }
        TrackerRequest request = TrackerRequest.of(series.tracker(), seriesName(home), language(series, settings));
        List<Boolean> delivered = new ArrayList<>();
        for (Wanted w : rendered) {
            request = request.to(w.format(), bytes -> {
                if (!deliver(w, bytes, atomic, terminal)) {
                    delivered.add(false);
                }
            }, w.file() == null ? null : w.file().toAbsolutePath().getParent());
        }
        RenderResult result;
        try {
            result = renderer.render(request);
        } catch (RuntimeException | Error e) {
            terminal.err().println("weekly-report: track: rendering failed: " + RenderCommand.describe(e));
            return false;
        }
        result.allWarnings().forEach(d -> terminal.err().println("weekly-report: track: warning: " + d.message()));
        boolean ok = delivered.isEmpty();
        for (RenderResult.Rendered r : result.outputs()) {
            if (r.failed()) {
                terminal.err().println("weekly-report: track: " + r.failure().getMessage());
                ok = false;
            }
        }
        return ok;
    }

    /** The bytes into place atomically, or to standard output; false (with a message) when that fails. */
    private static boolean deliver(Wanted w, byte[] bytes, AtomicOutput atomic, Terminal terminal) {
        if (w.file() == null) {
            terminal.out().write(bytes, 0, bytes.length);
            terminal.out().flush();
            if (terminal.out().checkError()) {
                terminal.err().println("weekly-report: track: " + RenderCommand.STDOUT_FAILED);
                return false;
            }
            return true;
        }
        try {
            atomic.write(w.file(), out -> out.write(bytes));
            return true;
        } catch (Exception e) {
            terminal.err().println("weekly-report: track: " + w.file() + ": cannot be written: " + RenderCommand.describe(e));
            return false;
        }
    }

    /** The series' name in the tracker's title: its folder's, or the folder of its notes. */
    private static String seriesName(Path home) {
        Path abs = home.toAbsolutePath().normalize();
        return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    /** The folder's `language`, else the language most of its notes are written in (Chinese on a tie). */
    private static Language language(Series series, Settings settings) {
        Language set = settings.get(Setting.LANGUAGE);
        if (set != null) {
            return set;
        }
        long zh = series.meetings().stream().map(MeetingNote::report).filter(r -> r.metadata().language() == Language.ZH).count();
        return zh * 2 >= series.meetings().size() ? Language.ZH : Language.EN;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
