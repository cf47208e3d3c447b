package io.weeklyreport.cli;

import java.util.Iterator;
import java.util.List;

/** What tab completion offers for options that take one of a few words: lower case, as people type them. */
final class Candidates {
    private Candidates() {
    }

    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("pdf", "docx", "pptx", "html").iterator();
        }
    }

    static final class PageSizes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("a4", "letter").iterator();
        }
    }

    static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("zh", "en").iterator();
        }
    }

    static final class Colour implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("auto", "always", "never").iterator();
        }
    }

    static final class CheckFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }

    static final class Severities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning").iterator();
        }
    }
}
