package io.weeklyreport.cli;

import io.weeklyreport.series.Cadence;
import io.weeklyreport.series.MeetingNote;
import io.weeklyreport.series.Series;
import io.weeklyreport.series.SeriesNote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "next", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draft the next meeting's note from this one: the same title, time line and invitation with the date moved "
                + "(a per-meeting join link kept and flagged with a TODO comment), the same sections, and every item not done "
                + "carried over under its section with its status and links and how long it has been open (\"（第 3 次）\", \"(3rd meeting)\").",
                "The date is --date, or the note's date plus the series' cadence (the median gap between its notes' dates). "
                        + "The series is the note's folder (year folders such as 2022/ and 2023/ side by side are one series). "
                        + "An existing file is never overwritten."},
        footerHeading = "%nExamples:%n",
        footer = {"  weekly-report next notes/2023-05-18.md          # writes notes/2023-06-01.md",
                "  weekly-report next notes/2023-05-18.md --date 2023-06-08 -o drafts/",
                "  weekly-report next notes/2023-05-18.md -o - | less   # look before writing"})
final class NextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NOTE", description = "The note of the meeting the draft follows.")
    Path note;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|-",
            description = "Write the draft into DIR (default: beside the note), or - for standard output.")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The next meeting's date, instead of the note's date plus the cadence.")
    LocalDate date;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "The note of the meeting before NOTE, when that is not the previous note of NOTE's folder; "
                    + "its folder's notes up to it are the history.")
    Path previous;

    @Mixin
    ColourOption colour;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The series the draft follows, and how often that series meets: with --previous, the cadence of the
     * predecessor's folder (all its notes), else of the note's own.
     */
    private record History(Series series, Optional<Cadence> cadence) {
    }

    /** A problem with the inputs: one line, exit 1. */
    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() throws Exception {
        Terminal terminal = main.terminal();
        Palette palette = new Palette(terminal.colour(colour.when));
        if (note.toString().equals(Inputs.STDIN)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "next needs a note file, not standard input: the draft follows its folder's series");
        }
        if (output != null && !output.toString().equals(Inputs.STDIN) && Files.exists(output) && !Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + ": not a folder (give a folder, or - for standard output)");
        }
        try {
            SeriesReader reader = new SeriesReader(terminal.in());
            History read = history(reader, terminal);
            Series series = read.series();
            MeetingNote meeting = series.meeting(note).orElseThrow(() -> new Refusal(note
                    + ": no meeting date in the note or its file name; the draft needs it to place the note in its series"));
            if (previous != null && meeting.index() != series.meetings().size() - 1) {
                throw new Refusal(note + " (" + meeting.date() + ") is not later than --previous " + previous);
            }
            LocalDate next = nextDate(read.cadence(), meeting);
            Series history = series.upTo(meeting);
            String source = Files.readString(note, StandardCharsets.UTF_8);
            NextDraft.Draft draft = NextDraft.compose(source, history, history.meetings().get(meeting.index()), next,
                    reader.repoOf(note));
            if (output != null && output.toString().equals(Inputs.STDIN)) {
                terminal.out().print(draft.markdown());
                terminal.out().flush();
                return ExitCodes.OK;
            }
            Path folder = output != null ? output : note.getParent() != null ? note.getParent() : Path.of("");
            Path target = folder.resolve(draftName(note.getFileName().toString(), meeting.date(), next));
            write(target, draft.markdown());
            terminal.out().println(note + " -> " + target + " (" + next + ", " + draft.carried() + " items carried)");
            return ExitCodes.OK;
        } catch (Refusal e) {
            terminal.err().println(palette.bad("weekly-report: " + e.getMessage()));
            return ExitCodes.FAILED;
        } catch (SettingsException e) {
            terminal.err().println(palette.bad("weekly-report: " + note + ": " + e.getMessage()));
            return ExitCodes.FAILED;
        }
    }

    /** The notes the draft's history is made of, read; what could not be read is named and left out. */
    private History history(SeriesReader reader, Terminal terminal) throws IOException, Refusal {
        Path noteAbs = note.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path p : SeriesReader.seriesOf(previous != null ? previous : note)) {
            if (!p.toAbsolutePath().normalize().equals(noteAbs)) {
                files.add(p);
            }
        }
        SeriesReader.Read read = reader.read(files);
        List<SeriesNote> notes = new ArrayList<>(read.notes());
        read.failures().forEach(f -> terminal.err().println("weekly-report: " + f));
        Optional<Cadence> cadence = Optional.empty();
        if (previous != null) {
            Series before = Series.of(notes);
            cadence = before.cadence();
            MeetingNote p = before.meeting(previous).orElseThrow(() -> new Refusal("--previous " + previous
                    + ": " + (Files.isRegularFile(previous) ? "no meeting date in the note or its file name, or it cannot be read" : "no such file")));
            notes = new ArrayList<>(before.upTo(p).meetings().stream().map(m -> new SeriesNote(m.path(), m.report())).toList());
        }
        try {
            notes.add(new SeriesNote(note, reader.read(note)));
        } catch (io.weeklyreport.parser.UnreadableInputException e) {
            throw new Refusal(e.describe());
        } catch (SettingsException e) {
            throw new Refusal(note + ": " + e.getMessage());
        }
        Series series = Series.of(notes);
        series.warnings().stream().filter(w -> !w.startsWith(note + ":"))
                .forEach(w -> terminal.err().println("weekly-report: " + w));
        return new History(series, previous != null ? cadence : series.cadence());
    }

    private LocalDate nextDate(Optional<Cadence> cadence, MeetingNote meeting) throws Refusal {
        if (date != null) {
            if (!date.isAfter(meeting.date())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--date " + date + " is not after the note's date " + meeting.date());
            }
            return date;
        }
        Optional<LocalDate> byCadence = cadence.map(c -> c.after(meeting.date()));
        return byCadence.orElseThrow(() -> new Refusal(note
                + ": no other dated notes in its series to tell how often the team meets; give the next meeting's date with --date YYYY-MM-DD"));
    }

    /**
     * Writes the draft only where nothing is: the complete text goes to a temporary file beside the target,
     * which is moved into place without replacing anything (a file that appeared meanwhile wins).
     */
    private void write(Path target, String markdown) throws Refusal {
        String exists = target + " exists already; the draft is not written (move that file away, or write elsewhere with -o DIR)";
        if (Files.exists(target)) {
            throw new Refusal(exists);
        }
        try (TemporaryFiles temporaries = new TemporaryFiles().cleanedUpOn(main.terminal().stop())) {
            Path temp = temporaries.create(target);
            try {
                Files.writeString(temp, markdown, StandardCharsets.UTF_8);
                temporaries.commit(temp, () -> Files.move(temp, target));
            } finally {
                Files.deleteIfExists(temp);
                temporaries.release(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new Refusal(exists);
        } catch (IOException e) {
            throw new Refusal(target + ": cannot be written: " + RenderCommand.describe(e));
        }
    }

    /**
     * The draft's file name: the note's, with its date moved ("2023-05-18.md" → "2023-06-01.md"); a note
     * whose name has no date gives "2023-06-01.md".
     */
    static String draftName(String noteName, LocalDate from, LocalDate to) {
        int dot = noteName.lastIndexOf('.');
        String extension = dot > 0 && Inputs.isNote(Path.of(noteName)) ? noteName.substring(dot) : ".md";
        String base = dot > 0 ? noteName.substring(0, dot) : noteName;
        String moved = DateSpelling.move(base, from, to);
        return (moved.equals(base) ? to.toString() : moved) + extension;
    }

    /** YYYY-MM-DD, with a message that says so. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no date: write YYYY-MM-DD, e.g. 2023-06-01");
            }
        }
    }
}
