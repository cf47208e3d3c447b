package io.weeklyreport.parser;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser with the link label ("[text]") scanned in one pass. flexmark matches labels
 * with a regular expression whose alternatives overlap on a backslash, so "[a" followed by a few dozen
 * backslashes or escapes ("\*\*\*…") and no "]" backtracks for minutes (upstream in
 * {@code InlineParserImpl.parseLinkLabel}). This scan follows CommonMark: the first "]" not escaped ends
 * the label, an unescaped "[" or more than 999 characters means there is none. Link titles
 * ({@code [a](b "title")}) are scanned the same way: flexmark's title expression recurses once per character,
 * so a 20,000-character title took 18 s and a longer one overflowed the stack.
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

    /**
     * The title with its delimiters, as flexmark's expression {@code "(\\[escapable]|[^"\x00])*"} (or '…', (…))
     * matches it: up to the first closing character not escaped; when there is none, the expression
     * backtracks to the last escaped one ({@code "a\"} is the title {@code a\}).
     */
    @Override
    public BasedSequence parseLinkTitle() {
        if (index >= input.length()) {
            return null;
        }
        char open = input.charAt(index);
        char close = switch (open) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '(' -> ')';
            default -> 0;
        };
        if (close == 0) {
            return null;
        }
        int lastEscapedClose = -1;
        int i = index + 1;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (c == close) {
                return title(i);
            }
            if (c == 0) {
                break;
            }
            if (c == '\\' && i + 1 < input.length() && isEscapable(input.charAt(i + 1))) {
                if (input.charAt(i + 1) == close) {
                    lastEscapedClose = i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return lastEscapedClose < 0 ? null : title(lastEscapedClose);
    }

    private BasedSequence title(int closeAt) {
        BasedSequence title = input.subSequence(index, closeAt + 1);
        index = closeAt + 1;
        return title;
    }

    private static boolean isEscapable(char c) {
        return c == '!' || Escaping.ESCAPABLE_CHARS.indexOf(c) >= 0;
    }
}
