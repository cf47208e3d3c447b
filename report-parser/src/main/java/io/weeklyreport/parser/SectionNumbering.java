package io.weeklyreport.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Separates the author's numbering ("一、", "1.", "2.3", "(一)") from a heading's title. */
final class SectionNumbering {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*((?:[一二三四五六七八九十百]+\\s*[、.．])|(?:[（(][一二三四五六七八九十\\d]+[)）])|(?:\\d+(?:\\.\\d+)*[.、．)）]?(?=\\s|[^\\d.]))|(?:第[一二三四五六七八九十\\d]+[章节部分]+))\\s*");

    /** The numbering as written (trailing space trimmed) and the length of the prefix it occupies. */
    record Split(String number, int prefixLength) { }

    private SectionNumbering() {
    }

    static Split split(String title) {
        Matcher m = NUMBER.matcher(title);
        if (m.find() && m.end() < title.length()) {
            return new Split(m.group(1).strip(), m.end());
        }
        return new Split("", 0);
    }
}
