package dev.assay.corpus.banks;

import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.io.LoadResult;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The question banks shipped in this jar under {@code /banks/}: each Markdown original beside the
 * YAML the importer made of it ({@code assay rubric import banks/X.md -o banks/X.yaml}).
 */
public final class BundledBanks {

    /** The ten-question interview bank (../shared/datasets/interview-answers/bank.md). */
    public static final String INTERVIEW = "interview-bank";
    /** The three-question seed the Markdown style comes from. */
    public static final String SEED = "seed-bank";
    public static final List<String> NAMES = List.of(INTERVIEW, SEED);

    private BundledBanks() {
    }

    public static QuestionBank interview() {
        return load(INTERVIEW + ".yaml").orElseThrow();
    }

    public static QuestionBank seed() {
        return load(SEED + ".yaml").orElseThrow();
    }

    /** Loads {@code /banks/<file>} (.yaml, .json or .md) from the classpath. */
    public static LoadResult load(String file) {
        BankFormat format = BankFormat.ofName(file)
                .orElseThrow(() -> new IllegalArgumentException("not a bank file name: " + file));
        String resource = "/banks/" + file;
        try (InputStream in = BundledBanks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled bank " + resource);
            }
            return BankReader.read(resource, in.readAllBytes(), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
