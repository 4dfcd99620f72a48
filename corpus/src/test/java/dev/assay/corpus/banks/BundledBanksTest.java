package dev.assay.corpus.banks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.rubric.io.LoadResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class BundledBanksTest {

    static final List<String> NAMES = BundledBanks.NAMES;

    /** Fails when the importer changes and the YAML was not regenerated (see BundledBanks). */
    @ParameterizedTest
    @FieldSource("NAMES")
    void yamlIsWhatTheImporterMakesOfTheMarkdownAndBothAreClean(String name) {
        LoadResult md = BundledBanks.load(name + ".md");
        LoadResult yaml = BundledBanks.load(name + ".yaml");
        assertEquals(List.of(), md.problems());
        assertEquals(List.of(), yaml.problems());
        assertEquals(md.orElseThrow(), yaml.orElseThrow());
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void questionCounts(String name) {
        int expected = name.equals(BundledBanks.INTERVIEW) ? 10 : 3;
        assertEquals(expected, BundledBanks.load(name + ".yaml").orElseThrow().questions().size());
        assertEquals(expected, (name.equals(BundledBanks.INTERVIEW) ? BundledBanks.interview() : BundledBanks.seed())
                .questions().size());
    }
}
