package dev.assay.rubric.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The expected shape of an answer: STAR sections for a behavioural question, or ordered steps
 * (each naming a concept) for a procedural one. Both lists empty means no expected structure.
 */
// @JsonProperty on star: without it, the @JsonIgnore on isStar() (same property name) drops the field.
public record Structure(@JsonProperty("star") List<StarSection> star, List<Step> steps) {

    public static final Structure NONE = new Structure(List.of(), List.of());

    public Structure {
        star = star == null ? List.of() : List.copyOf(star);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    @JsonIgnore
    public boolean isStar() {
        return !star.isEmpty();
    }

    @JsonIgnore
    public boolean hasSteps() {
        return !steps.isEmpty();
    }
}
