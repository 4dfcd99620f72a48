package dev.assay.corpus.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assay.rubric.model.Concept;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptDeriverTest {

    @Test
    void tokensKeepCompoundWordsAndMarkBreaks() {
        assertEquals(List.of("end-systems", "don't", "10.0.0.0", "\n", "C++", "IPv6"),
                ConceptDeriver.tokens("end-systems don’t 10.0.0.0, C++ IPv6."));
    }

    @Test
    void foldsCaseAndPlurals() {
        assertEquals("terminal", ConceptDeriver.fold("Terminals"));
        assertEquals("terminal", ConceptDeriver.fold("terminal's"));
        assertEquals("battery", ConceptDeriver.fold("batteries"));
        assertEquals("class", ConceptDeriver.fold("class"));
        assertEquals("bus", ConceptDeriver.fold("bus"));
    }

    @Test
    void splitsAtPunctuationConjunctionsAndAuxiliariesDroppingQuestionWords() {
        List<Concept> c = ConceptDeriver.derive("How did you separate the salt from the water?",
                List.of("The water was evaporated, leaving the salt."));
        assertEquals(List.of(new Concept("c1", "evaporated", 1, List.of("evaporated"), false, null),
                new Concept("c2", "leaving", 1, List.of("leaving"), false, null)), c);
    }

    @Test
    void keepsNegationInItsPhraseButNeverAlone() {
        List<Concept> c = ConceptDeriver.derive("Why do the terminals read 0?",
                List.of("Terminals 1 and 4 are not separated by the gap", "There is no gap", "It is not"));
        assertEquals(List.of("1", "4", "not separated gap", "no gap"), c.stream().map(Concept::label).toList());
        assertEquals(List.of(1.0, 1.0, 3.0, 2.0), c.stream().map(Concept::weight).toList());
    }

    @Test
    void repeatedPhrasesAcrossReferencesAreKeptOnce() {
        List<Concept> c = ConceptDeriver.derive("What happens?",
                List.of("The bulbs light.", "the bulb lights; Bulbs light")); // plural folded: one concept
        assertEquals(List.of("bulbs light"), c.stream().map(Concept::label).toList());
    }

    @Test
    void referenceOfQuestionWordsOnlyGivesNoConcept() {
        assertEquals(List.of(), ConceptDeriver.derive("What is a stack?", List.of("A stack.")));
    }
}
