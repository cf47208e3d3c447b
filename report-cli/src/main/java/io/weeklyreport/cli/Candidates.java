package io.weeklyreport.cli;

import java.util.Iterator;
import java.util.List;

/**
 * What tab completion offers for options that take one of a few words: lower case, as people type them
 * (picocli would offer enum constants as declared, PDF and AUTO). picocli makes each with its no-argument
 * constructor, hence one small class per option.
 */
abstract class Candidates implements Iterable<String> {
    private final List<String> words;

    private Candidates(String... words) {
        this.words = List.of(words);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    static final class Formats extends Candidates {
        Formats() {
            super("pdf", "docx", "pptx", "html");
        }
    }

    static final class PageSizes extends Candidates {
        PageSizes() {
            super("a4", "letter");
        }
    }

    static final class Languages extends Candidates {
        Languages() {
            super("zh", "en");
        }
    }

    static final class Colour extends Candidates {
        Colour() {
            super("auto", "always", "never");
        }
    }

    static final class CheckFormats extends Candidates {
        CheckFormats() {
            super("text", "json");
        }
    }

    static final class Severities extends Candidates {
        Severities() {
            super("error", "warning");
        }
    }

    static final class Attachments extends Candidates {
        Attachments() {
            super("docx", "pdf", "docx,pdf", "none");
        }
    }
}
