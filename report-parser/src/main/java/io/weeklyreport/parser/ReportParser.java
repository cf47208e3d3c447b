package io.weeklyreport.parser;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import io.weeklyreport.model.Diagnostic;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;
import io.weeklyreport.model.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads Markdown meeting notes into a {@link Report}. The module's one entry point.
 *
 * <pre>{@code
 * Report report = ReportParser.parse(Path.of("notes/2023-05-18.md"));
 * }</pre>
 */
public final class ReportParser {
    private final ParserOptions options;
    private final FlexmarkParser markdown;
    private final StatusVocabulary vocabulary;
    private final RefRecognizer refs;

    public ReportParser(ParserOptions options) {
        this.options = options;
        this.markdown = new FlexmarkParser();
        this.vocabulary = StatusVocabulary.load(options.statusVocabulary());
        this.refs = new RefRecognizer(options.defaultRepo());
    }

    /** The flexmark parser with exactly the extensions the model understands (tests reuse it). */
    static Parser flexmark() {
        return new FlexmarkParser().flexmark();
    }

    /** Parses a file with the default options. */
    public static Report parse(Path file) throws UnreadableInputException {
        return new ReportParser(ParserOptions.defaults()).read(file);
    }

    /**
     * Parses Markdown text; {@code baseDir} resolves relative images (null: none are read), and a folder
     * named after a year ("2022/") gives the year of a note named by month and day only ("7-14.md").
     */
    public static Report parse(String markdown, String sourceName, Path baseDir) {
        return new ReportParser(ParserOptions.defaults()).read(markdown, sourceName, baseDir);
    }

    public Report read(Path file) throws UnreadableInputException {
        return read(file, null);
    }

    /**
     * {@link #read(Path)}, once per text in a run: a note that {@code notes} holds as parsed the same way already is
     * not parsed again ({@code notes} null: always parsed).
     */
    public Report read(Path file, ParsedNotes notes) throws UnreadableInputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = SourceText.read(file, file.toString());
        Path dir = file.toAbsolutePath().getParent();
        return notes == null ? read(text, name, dir) : notes.read(options, name, dir, text, () -> read(text, name, dir));
    }

    /** Reads bytes (standard input): decoded with the same rules as files. */
    public Report read(byte[] bytes, String sourceName, Path baseDir) throws UnreadableInputException {
        return read(SourceText.decode(bytes, sourceName), sourceName, baseDir);
    }

    /**
     * Parses Markdown text that is already decoded; CRLF and a leading BOM are tolerated here too, since
     * callers may hand over text from anywhere.
     */
    public Report read(String text, String sourceName, Path baseDir) {
        if (text.length() > Limits.MAX_NOTE_CHARS) {
            // Refused before any work: an error the commands report as the note's one line.
            Report empty = readWithinLimits("", sourceName, null);
            return new Report(empty.metadata(), null, List.of(), List.of(), List.of(new Diagnostic(
                    Severity.ERROR, 0, 0, "note-too-large", SourceText.TOO_LARGE)));
        }
        return FlexmarkParser.withDeepStack(() -> readWithinLimits(text, sourceName, baseDir));
    }

    private Report readWithinLimits(String text, String sourceName, Path baseDir) {
        String normalised = SourceText.normalise(text);
        LineIndex lines = new LineIndex(normalised);
        DiagnosticLog log = new DiagnosticLog(lines);
        // Both pre-passes keep every line where it was, so line numbers stay those of the note.
        String source = DeepNesting.flatten(ControlCharacters.replace(normalised, log), log);
        if (source.length() != normalised.length()) {
            lines = new LineIndex(source);
            log.reindex(lines);
        }
        Document doc = markdown.parse(source, log);
        ModelBuilder builder = new ModelBuilder(markdown, sourceName, baseDir, options.resourceRoot(), lines, log, refs, vocabulary);
        List<Section> sections = builder.build(doc);
        MetadataInference.Inferred inferred = MetadataInference.infer(builder, sections, sourceName, baseDir, source, options, log);
        return new Report(inferred.metadata(), inferred.meeting(), builder.preamble, sections, log.sorted());
    }
}
