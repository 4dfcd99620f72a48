package dev.assay.engine.scoring;

import java.util.Map;

/**
 * Features an answer draws from graded answers to the same question (tune's nearest-graded-answers
 * features), for the questions that have some. The scoring side sees only this; the index behind it
 * lives with tuning.
 */
public interface GradedNeighbours {

    /** Whether the question has graded answers to draw on. */
    boolean covers(String questionId);

    /** The features of one answer; when it is itself one of the graded answers, its own grade is left out. */
    Map<String, Double> features(String answerId, String questionId, String text);

    /** Whether this very answer (id, question and text) is one of the graded answers. */
    boolean contains(String answerId, String questionId, String text);
}
