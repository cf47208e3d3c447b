package io.weeklyreport.parser;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser with the link label ("[text]") scanned in one pass. flexmark matches labels
 * with a regular expression whose alternatives overlap on a backslash, so "[a" followed by a few dozen
 * backslashes or escapes ("\*\*\*…") and no "]" backtracks for minutes (upstream in
 * {@code InlineParserImpl.parseLinkLabel}). This scan follows CommonMark: the first "]" not escaped ends
 * the label, an unescaped "[" or more than 999 characters means there is none.
 */
final class LinearLinkLabels extends InlineParserImpl {
    LinearLinkLabels(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                     Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                     List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public int parseLinkLabel() {
        int start = index;
        if (start >= input.length() || input.charAt(start) != '[') {
            return 0;
        }
        int length = 0;
        int i = start + 1;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == ']') {
                index = i + 1;
                return index - start;
            }
            if (c == '[') {
                return 0;
            }
            i += c == '\\' && i + 1 < input.length() && isEscapable(input.charAt(i + 1)) ? 2 : 1;
            if (++length > Limits.LINK_LABEL_CHARS) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean isEscapable(char c) {
        return c == '!' || Escaping.ESCAPABLE_CHARS.indexOf(c) >= 0;
    }
}
