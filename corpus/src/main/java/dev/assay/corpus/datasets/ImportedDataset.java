package dev.assay.corpus.datasets;

import dev.assay.corpus.AnswerRecord;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A public graded data set turned into question banks and graded answers.
 *
 * @param name  the set's short name ({@code mohler}, {@code semeval}, {@code saf})
 * @param parts one bank and its answers per part, in a fixed order
 */
public record ImportedDataset(String name, List<DatasetPart> parts) {

    public ImportedDataset {
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a data set has at least one part");
        }
    }

    /** The part of that name. */
    public DatasetPart part(String partName) {
        return parts.stream().filter(p -> p.name().equals(partName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part '" + partName + "' in " + name
                        + "; parts: " + parts.stream().map(DatasetPart::name).toList()));
    }

    /** All graded answers, part after part. */
    public Stream<ImportedAnswer> answers() {
        return parts.stream().flatMap(p -> p.answers().stream());
    }

    /** All graded answers as plain records, part after part. */
    public Stream<AnswerRecord> records() {
        return answers().map(ImportedAnswer::record);
    }
}
