package io.weeklyreport.cli;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.weeklyreport.model.Block;
import io.weeklyreport.model.Inline;
import io.weeklyreport.model.Report;

/** The model as JSON (Jackson); blocks and inlines carry a "type" so a reader can tell them apart. */
final class ModelJson {
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    private interface Typed {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addMixIn(Block.class, Typed.class)
            .addMixIn(Inline.class, Typed.class);

    private ModelJson() {
    }

    static String write(Report report) throws JsonProcessingException {
        return MAPPER.writeValueAsString(report);
    }

    /**
     * The JSON that {@link #write} made, with keys, strings and literals coloured as jq does. It scans
     * rather than parses: the text is known to be valid JSON, so a string ends at the first unescaped quote.
     */
    static String colour(String json, Palette palette) {
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
