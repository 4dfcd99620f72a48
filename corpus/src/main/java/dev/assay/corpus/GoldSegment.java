package dev.assay.corpus;

import dev.assay.rubric.model.StarLabel;
import java.util.Objects;

/**
 * A span of an answer labelled by a person: the gold standard a STAR segmenter is measured against.
 *
 * @param start 0-based character (UTF-16) offset into the answer text, inclusive
 * @param end   character offset, exclusive
 * @param label the span's role in the story
 */
public record GoldSegment(int start, int end, StarLabel label) {

    public GoldSegment {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
