package io.weeklyreport.parser;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.weeklyreport.model.Report;
import io.weeklyreport.model.Section;

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
    private final Parser markdown;
    private final StatusVocabulary vocabulary;
    private final RefRecognizer refs;

    public ReportParser(ParserOptions options) {
        this.options = options;
        this.markdown = flexmark();
        this.vocabulary = StatusVocabulary.load(options.statusVocabulary());
        this.refs = new RefRecognizer(options.defaultRepo());
    }

    /** The flexmark parser with exactly the extensions the model understands (tests reuse it). */
    static Parser flexmark() {
        MutableDataSet flexmark = new MutableDataSet();
        flexmark.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), YamlFrontMatterExtension.create(), TaskListExtension.create()));
        GfmTables.configure(flexmark);
        return Parser.builder(flexmark).build();
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
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = SourceText.read(file, file.toString());
        Path dir = file.toAbsolutePath().getParent();
        return read(text, name, dir);
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
        String source = SourceText.normalise(text);
        Document doc = markdown.parse(source);
        LineIndex lines = new LineIndex(source);
        DiagnosticLog log = new DiagnosticLog(lines);
        ModelBuilder builder = new ModelBuilder(markdown, sourceName, baseDir, options.resourceRoot(), lines, log, refs, vocabulary);
        List<Section> sections = builder.build(doc);
        MetadataInference.Inferred inferred = MetadataInference.infer(builder, sections, sourceName, baseDir, source, options, log);
        return new Report(inferred.metadata(), inferred.meeting(), builder.preamble, sections, log.sorted());
    }
}
