package dev.assay.rubric.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What shape of answer a question expects. */
public enum QuestionKind {
    /** A story told in STAR form (Situation, Task, Action, Result). */
    BEHAVIORAL,
    /** An approach: expected points, often in an order. */
    PROCEDURAL,
    /** A short factual answer compared with reference answers. */
    SHORT_ANSWER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QuestionKind fromWire(String value) {
        for (QuestionKind k : values()) {
            if (k.wireName().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + value + "', expected one of "
                + Arrays.stream(values()).map(QuestionKind::wireName).collect(Collectors.joining(", ")));
    }
}
