package dev.assay.rubric.model;

import java.util.List;
import java.util.Optional;

/** The score scale of a question, with optional named bands (e.g. "strong" for 4–5). */
public record Scale(double min, double max, List<Band> bands) {

    /**
     * The scale the Markdown importer gives when a bank names none: 0–5, with bands centred on the
     * whole points of a holistic scale (a 4.1 is "strong", as a rater's 4 would be).
     */
    public static final Scale DEFAULT = new Scale(0, 5, List.of(
            new Band("poor", 0, 1.5),
            new Band("weak", 1.5, 2.5),
            new Band("adequate", 2.5, 3.5),
            new Band("strong", 3.5, 4.5),
            new Band("outstanding", 4.5, 5)));

    public Scale {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The band a score falls in; a score on a shared edge belongs to the higher band. */
    public Optional<Band> bandOf(double score) {
        Band found = null;
        for (Band b : bands) {
            if (score >= b.min() && score <= b.max()) {
                if (found == null || b.min() > found.min()) {
                    found = b;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    public double clamp(double score) {
        return Math.max(min, Math.min(max, score));
    }
}
