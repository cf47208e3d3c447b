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
}
