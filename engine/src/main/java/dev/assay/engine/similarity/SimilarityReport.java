package dev.assay.engine.similarity;

/**
 * How an answer compares with its question's model answers and with the bank's other questions.
 *
 * @param bestModelAnswer      id of the most similar model answer, null when the question has none
 * @param cosine               tf-idf cosine with that model answer, 0–1
 * @param bm25                 Lucene BM25 score of the answer (as a query) against that model answer
 * @param bm25Normalized       bm25 divided by the model answer's score against itself, capped at 1
 * @param copyOverlap          share of a model answer's word 3-grams the answer repeats, 0–1 (max
 *                             over model answers)
 * @param ownTopic             cosine with the question's topic (prompt, context, concepts, models)
 * @param nearestOtherQuestion the other question of the bank whose topic is closest, or null
 * @param nearestOtherTopic    cosine with that question's topic, 0 when there is none
 */
public record SimilarityReport(String bestModelAnswer, double cosine, double bm25, double bm25Normalized,
                               double copyOverlap, double ownTopic, String nearestOtherQuestion,
                               double nearestOtherTopic) {
}
