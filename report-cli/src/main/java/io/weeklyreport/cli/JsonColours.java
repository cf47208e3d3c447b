package io.weeklyreport.cli;

/** JSON with keys, strings and literals coloured as jq does, for a person at a terminal. */
final class JsonColours {
    private JsonColours() {
    }

    /**
     * The JSON, coloured. It scans rather than parses: the text is known to be valid JSON (ours), so a
     * string ends at the first unescaped quote.
     */
    static String of(String json, Palette palette) {
        StringBuilder out = new StringBuilder(json.length() * 11 / 10);
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (json.charAt(end) != '"') {
                    end += json.charAt(end) == '\\' ? 2 : 1;
                }
                String token = json.substring(i, end + 1);
                int next = end + 1;
                while (next < json.length() && json.charAt(next) == ' ') {
                    next++;
                }
                boolean isKey = next < json.length() && json.charAt(next) == ':';
                out.append(isKey ? palette.key(token) : palette.string(token));
                i = end + 1;
            } else if (c == '-' || Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < json.length() && (json.charAt(end) == '-' || json.charAt(end) == '.' || json.charAt(end) == '+'
                        || Character.isLetterOrDigit(json.charAt(end)))) {
                    end++;
                }
                out.append(palette.literal(json.substring(i, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
