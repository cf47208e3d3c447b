package io.weeklyreport.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Separates the author's numbering ("一、", "1.", "2.3", "(一)", "第二部分") from a heading's title. */
final class SectionNumbering {
    // A bare number needs its punctuation ("1." "1、" "0："), except a dotted one ("2.3"): otherwise a
    // title such as "2023 Roadmap" would lose its year.
    private static final Pattern NUMBER = Pattern.compile("^\\s*("
            + "[一二三四五六七八九十百]+\\s*[、.．:：]"
            + "|[（(][一二三四五六七八九十\\d]{1,3}[)）]"
            + "|\\d{1,2}(?:\\.\\d{1,2})+\\.?(?![\\d.])"
            + "|\\d{1,2}[.、．)）:：](?![\\d.])"
            + "|第[一二三四五六七八九十\\d]+[章节部分]+[、.．:：]?"
            + ")\\s*");

    /** The numbering as written (surrounding space trimmed) and the length of the prefix it occupies. */
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
