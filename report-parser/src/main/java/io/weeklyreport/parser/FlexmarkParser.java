package io.weeklyreport.parser;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.weeklyreport.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * flexmark with its known failures contained. It parses with {@link LinearLinkLabels} and
 * {@link GuardedAutolinks}; when flexmark
 * still throws (its table pre-processor and paragraph parsing index past the end of a string on some
 * inputs; its regular expressions and tree walks recurse once per character or level), the note is
 * parsed again one block of lines at a time and a block flexmark cannot read is kept as plain text with
 * a warning, so no text is lost and the rest of the note keeps its structure.
 */
final class FlexmarkParser {
    /**
     * flexmark recurses per nesting level and its regular expressions per character of a link title or
     * HTML tag; this much stack (reserved, only touched when used) carries any note within
     * {@link Limits#MAX_NOTE_CHARS} that the pre-passes leave, and the rest falls back to plain text.
     */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final Parser parser;

    FlexmarkParser() {
        MutableDataSet flexmark = new MutableDataSet();
        flexmark.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                new GuardedAutolinks(), YamlFrontMatterExtension.create(), TaskListExtension.create()));
        GfmTables.configure(flexmark);
        this.parser = Parser.builder(flexmark)
                .customInlineParserFactory(LinearLinkLabels::new)
                // flexmark adds reference definitions only with its own inline parser; ours needs them too.
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    /** The configured parser itself, without the guard (tests compare against it). */
    Parser flexmark() {
        return parser;
    }

    /** Parses the whole note; what flexmark cannot read is kept as text, with a warning in {@code log}. */
    Document parse(String source, DiagnosticLog log) {
        return parse(BasedSequence.of(source), log);
    }

    /** Parses a note or a piece of one (a piece keeps the offsets, and so the line numbers, of the note). */
    Document parse(BasedSequence text, DiagnosticLog log) {
        try {
            return parser.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            return byBlocks(text, log);
        }
    }

    private Document byBlocks(BasedSequence text, DiagnosticLog log) {
        Document doc = new Document(parser.getOptions(), text);
        for (BasedSequence block : blocks(text)) {
            Document part;
            try {
                part = parser.parse(block);
            } catch (RuntimeException | StackOverflowError e) {
                log.at(Severity.WARNING, block.getStartOffset(), "unreadable-markdown",
                        "this block cannot be read as Markdown (too deeply nested or too long a line); it is shown as plain text");
                Paragraph paragraph = new Paragraph(block);
                paragraph.appendChild(new Text(block));
                doc.appendChild(paragraph);
                continue;
            }
            for (Node n = part.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                doc.appendChild(n);
                n = next;
            }
        }
        return doc;
    }

    /** Runs of lines between blank lines, a fenced code block (blank lines and all) staying in one run. */
    static List<BasedSequence> blocks(BasedSequence text) {
        List<BasedSequence> out = new ArrayList<>();
        String fence = null;
        int start = -1;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            String line = text.subSequence(lineStart, lineEnd < 0 ? text.length() : lineEnd).toString();
            String stripped = line.stripLeading();
            if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
            } else if (line.isBlank()) {
                if (start >= 0) {
                    out.add(text.subSequence(start, lineStart));
                    start = -1;
                }
                lineStart = next;
                continue;
            } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = stripped.substring(0, 3);
            }
            if (start < 0) {
                start = lineStart;
            }
            lineStart = next;
        }
        if (start >= 0) {
            out.add(text.subSequence(start, text.length()));
        }
        return out;
    }

    /**
     * Threads with that deep a stack, made when needed and kept a while, so that a run over many notes
     * does not start one per note. A pool shared by every parser: it holds no state of any note.
     */
    private static final ExecutorService DEEP_STACKS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), work -> {
                Thread t = new Thread(null, work, "markdown-parser", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    /**
     * Runs {@code work} on a thread with a deep stack, so that deep but legal notes parse instead of
     * overflowing the caller's stack; what it throws is thrown here.
     */
    static <T> T withDeepStack(Supplier<T> work) {
        Future<T> result = DEEP_STACKS.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
