package dev.assay.rubric.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The one place the wire form of a bank is configured: snake_case names, stable order, no empties. */
final class BankMappers {

    static final ObjectMapper YAML = configure(YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // Quote "1" and "yes" so they read back as the strings they were.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // Long model answers stay on one line: easier to diff and to grep than folded scalars.
            .disable(YAMLGenerator.Feature.SPLIT_LINES));

    static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT));

    private BankMappers() {
    }

    private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
        return builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // Empty lists and absent optionals are left out; the records read them back as empty.
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                // Model-answer sections come out S, T, A, R whatever map they were built in.
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static ObjectMapper of(BankFormat format) {
        return switch (format) {
            case YAML -> YAML;
            case JSON -> JSON;
            case MARKDOWN -> throw new IllegalArgumentException("Markdown banks are imported, not mapped");
        };
    }
}
