package io.weeklyreport.parser;

import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolinking of bare URLs ("see https://…"), except in a text holding a long run of the
 * characters a URL scheme is made of. flexmark looks for schemes with {@code \b([a-z][a-z0-9+.-]*://)}
 * from every word boundary, so "x.x.x.x…" or "a-a-a-…" 50,000 characters long took half a minute
 * (upstream in {@code AutolinkNodePostProcessor.process}). No scheme is that long, and such a text is kept
 * as written, unlinked.
 */
final class GuardedAutolinks implements Parser.ParserExtension {
    /** Longer than any URL scheme with its host's first label; short enough that the scan stays quick. */
    static final int LONGEST_SCHEME_RUN = 256;

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new AutolinkNodePostProcessor.Factory() {
            @Override
            public NodePostProcessor apply(Document document) {
                return new AutolinkNodePostProcessor(document) {
                    @Override
                    public void process(NodeTracker state, Node node) {
                        if (!hasLongSchemeRun(node.getChars())) {
                            super.process(state, node);
                        }
                    }
                };
            }
        });
    }

    static boolean hasLongSchemeRun(CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean scheme = c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-');
            run = scheme ? run + 1 : 0;
            if (run > LONGEST_SCHEME_RUN) {
                return true;
            }
        }
        return false;
    }
}
