package io.weeklyreport.render;

/**
 * Text made safe to write into HTML: the one escaper of the HTML output and the preview's pages. Not for the
 * XHTML the templates make (parsed as XML, which knows no {@code &nbsp;}): {@code TemplateFunctions} escapes that.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /**
     * {@code s} escaped for element content ({@code attribute} false) or for an attribute value in either kind of
     * quotes ({@code attribute} true); a no-break space is written as {@code &nbsp;}, which an editor shows.
     */
    public static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code s} escaped for content or an attribute value alike. */
    public static String escape(String s) {
        return escape(s, true);
    }
}
