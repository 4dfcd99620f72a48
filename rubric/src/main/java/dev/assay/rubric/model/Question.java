package dev.assay.rubric.model;

import java.util.List;

/**
 * One question with everything needed to grade answers to it.
 *
 * @param id             stable id answers refer to (e.g. {@code Q1})
 * @param title          short title, as in the bank's heading
 * @param prompt         the question as asked
 * @param context        why it is asked / the scenario, if the bank says
 * @param kind           what kind of answer is expected
 * @param scale          the score scale
 * @param concepts       expected concepts, in the bank's order
 * @param misconceptions phrasings that cost credit
 * @param structure      expected STAR sections or ordered steps; {@link Structure#NONE} when none
 * @param modelAnswers   reference answers
 */
public record Question(
        String id,
        String title,
        String prompt,
        String context,
        QuestionKind kind,
        Scale scale,
        List<Concept> concepts,
        List<Misconception> misconceptions,
        Structure structure,
        List<ModelAnswer> modelAnswers) {

    public Question {
        scale = scale == null ? Scale.DEFAULT : scale;
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
        structure = structure == null ? Structure.NONE : structure;
        modelAnswers = modelAnswers == null ? List.of() : List.copyOf(modelAnswers);
    }
}
