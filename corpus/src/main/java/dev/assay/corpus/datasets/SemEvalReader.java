package dev.assay.corpus.datasets;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.Datasets;
import dev.assay.rubric.model.Band;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.Scale;
import dev.assay.rubric.model.Structure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads SemEval-2013 Task 7 ({@code semeval2013-task7/semeval-3way.zip}) straight from the zip:
 * one part per corpus ({@value #BEETLE}, {@value #SCIENTSBANK}), one question per question id
 * (a question of the train split met again in test-unseen-answers is the same question), its
 * reference answers as model answers (Beetle's BEST/GOOD/MINIMAL category appended to the id, e.g.
 * {@code answer235-best}), concepts derived from them, and every student answer with its 3-way
 * label and, joined by answer id from the {@code 2way} twin of its file, its 2-way label.
 *
 * <p>Scale: the 3-way labels as an ordinal 0–2, {@code incorrect} 0, {@code contradictory} 1,
 * {@code correct} 2, each a band of its own name. Why contradictory above incorrect: the 3-way
 * {@code incorrect} class merges the 5-way classes partially_correct_incomplete, irrelevant and
 * non_domain, so it holds many answers that do not engage the reference at all, while a
 * contradictory answer talks about the reference's own concepts and gets their relation wrong;
 * a concept/similarity grader puts it in between, and the order keeps correct vs the rest intact
 * for the 2-way task. The official metrics (accuracy, macro/weighted F1) treat the labels as
 * nominal; report QWK or correlation on this ordinal with that caveat.
 *
 * <p>Answer ids: {@code semeval-<corpus>-<studentAnswer id>}; splits: {@value #TRAIN},
 * {@value #UNSEEN_ANSWERS}, {@value #UNSEEN_QUESTIONS}, {@value #UNSEEN_DOMAINS}. The grade is
 * left empty: the label is the judgement ({@link #score(String)} maps it onto the scale).
 */
public final class SemEvalReader {

    /** The data set's short name. */
    public static final String NAME = "semeval";
    /** Its folder under {@code shared/datasets}. */
    public static final String FOLDER = "semeval2013-task7";
    /** The archive read. */
    public static final String ARCHIVE = "semeval-3way.zip";

    public static final String BEETLE = "beetle";
    public static final String SCIENTSBANK = "sciEntsBank";
    /** The corpora, in part order. */
    public static final List<String> CORPORA = List.of(BEETLE, SCIENTSBANK);

    public static final String TRAIN = "train";
    public static final String UNSEEN_ANSWERS = "test-unseen-answers";
    public static final String UNSEEN_QUESTIONS = "test-unseen-questions";
    public static final String UNSEEN_DOMAINS = "test-unseen-domains";
    /** The official splits, in reading order (Beetle has no unseen-domains split). */
    public static final List<String> SPLITS = List.of(TRAIN, UNSEEN_ANSWERS, UNSEEN_QUESTIONS, UNSEEN_DOMAINS);

    /** 3-way labels in scale order: the label's index is its score. */
    public static final List<String> LABELS_3WAY = List.of("incorrect", "contradictory", "correct");
    /** 2-way labels in scale order. */
    public static final List<String> LABELS_2WAY = List.of("incorrect", "correct");

    /** Every question's scale: 0–2, one band per 3-way label. */
    public static final Scale SCALE = new Scale(0, 2, List.of(
            new Band("incorrect", 0, 0.5),
            new Band("contradictory", 0.5, 1.5),
            new Band("correct", 1.5, 2)));

    private SemEvalReader() {
    }

    /** The 3-way label's score on {@link #SCALE}: incorrect 0, contradictory 1, correct 2. */
    public static double score(String label3way) {
        int i = LABELS_3WAY.indexOf(label3way);
        if (i < 0) {
            throw new IllegalArgumentException("not a 3-way label: '" + label3way + "', expected one of " + LABELS_3WAY);
        }
        return i;
    }

    /** Reads the copy in the shared folder ({@link Datasets#dataset(String)}). */
    public static ImportedDataset read() throws IOException {
        return read(Datasets.dataset(FOLDER));
    }

    /**
     * Reads the archive.
     *
     * @param path {@value #ARCHIVE} itself, or the folder holding it
     * @throws DatasetFormatException the archive is missing, or a member is malformed (named with
     *                                its line), or the 2-way and 3-way files disagree
     */
    public static ImportedDataset read(Path path) throws IOException {
        try (ZipArchive zip = ZipArchive.locate(path, ARCHIVE, "the SemEval-2013 Task 7 archive")) {
            Map<String, Map<String, List<String>>> members = classify(zip);
            List<DatasetPart> parts = new ArrayList<>();
            for (String corpus : CORPORA) {
                parts.add(readCorpus(zip, corpus, members.get(corpus)));
            }
            return new ImportedDataset(NAME, parts);
        }
    }

    /** corpus → split → 3-way member names (sorted); checks every 3-way member is where it should be. */
    private static Map<String, Map<String, List<String>>> classify(ZipArchive zip) throws DatasetFormatException {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (String corpus : CORPORA) {
            Map<String, List<String>> bySplit = new LinkedHashMap<>();
            for (String split : SPLITS) {
                bySplit.put(split, new ArrayList<>());
            }
            out.put(corpus, bySplit);
        }
        int count = 0;
        for (String name : zip.fileNames()) {
            if (!name.endsWith(".xml") || !name.contains("/3way/")) {
                continue;
            }
            String[] p = name.split("/");
            String corpus;
            String split;
            if (p.length == 4 && p[0].equals("training") && p[1].equals("3way")) {
                corpus = p[2];
                split = TRAIN;
            } else if (p.length == 5 && p[0].equals("test") && p[1].equals("3way")) {
                corpus = p[2];
                split = p[3];
            } else {
                throw new DatasetFormatException(zip.source(name), "unexpected member: 3-way files are "
                        + "training/3way/<corpus>/<question>.xml or test/3way/<corpus>/<split>/<question>.xml");
            }
            if (!out.containsKey(corpus) || !out.get(corpus).containsKey(split)) {
                throw new DatasetFormatException(zip.source(name), "unknown corpus '" + corpus + "' or split '"
                        + split + "'; expected corpora " + CORPORA + " and test splits " + SPLITS.subList(1, 4));
            }
            out.get(corpus).get(split).add(name);
            count++;
        }
        if (count == 0) {
            throw new DatasetFormatException(zip.path().toString(), "no 3-way question files "
                    + "(training/3way/... or test/3way/...) in the archive");
        }
        return out;
    }

    private static DatasetPart readCorpus(ZipArchive zip, String corpus, Map<String, List<String>> bySplit)
            throws DatasetFormatException {
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, String> firstSeenIn = new HashMap<>();
        List<ImportedAnswer> answers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<String>> split : bySplit.entrySet()) {
            for (String member : split.getValue()) {
                XmlQuestionFile file = zip.parseQuestion(member);
                String source = zip.source(member);
                String qid = Check.required(file.attributes().get("id"), source, 0, "<question> has no id attribute");
                String questionText = file.questionText().strip();
                Question known = questions.get(qid);
                if (known == null) {
                    questions.put(qid, question(qid, questionText, file, source));
                    firstSeenIn.put(qid, source);
                } else if (!known.prompt().equals(questionText)) {
                    throw new DatasetFormatException(source, "question " + qid + " has a different text than in "
                            + firstSeenIn.get(qid));
                }
                Map<String, String> twoWay = twoWayLabels(zip, member);
                for (XmlQuestionFile.Element a : file.answers()) {
                    String answerId = Check.required(a.attribute("id"), source, a.line(), "<studentAnswer> has no id");
                    String label = a.attribute("accuracy");
                    if (label == null || !LABELS_3WAY.contains(label)) {
                        throw new DatasetFormatException(source, a.line(), "answer " + answerId + " has accuracy \""
                                + label + "\", expected one of " + LABELS_3WAY);
                    }
                    String label2 = null;
                    if (twoWay != null) {
                        label2 = twoWay.get(answerId);
                        if (label2 == null) {
                            throw new DatasetFormatException(zip.source(twoWayName(member)), "no answer "
                                    + answerId + ", which " + source + " line " + a.line() + " has");
                        }
                    }
                    String id = NAME + "-" + corpus + "-" + answerId;
                    if (!ids.add(id)) {
                        throw new DatasetFormatException(source, a.line(), "answer id " + answerId
                                + " already used in " + corpus);
                    }
                    answers.add(new ImportedAnswer(new AnswerRecord(id, qid, a.text().strip(), null, List.of(),
                            label, split.getKey(), List.of(), a.line()), label2, null));
                }
            }
        }
        String title = "SemEval-2013 Task 7, " + (corpus.equals(BEETLE) ? "Beetle" : "SciEntsBank")
                + " (3-way labels as 0 incorrect, 1 contradictory, 2 correct)";
        return new DatasetPart(corpus, new QuestionBank(title, new ArrayList<>(questions.values())), answers);
    }

    private static Question question(String qid, String text, XmlQuestionFile file, String source)
            throws DatasetFormatException {
        List<ModelAnswer> models = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (XmlQuestionFile.Element ref : file.references()) {
            String refId = Check.required(ref.attribute("id"), source, ref.line(), "<referenceAnswer> has no id");
            String category = ref.attribute("category");
            String id = category == null || category.isBlank() ? refId : refId + "-" + category.toLowerCase(Locale.ROOT);
            String refText = ref.text().strip();
            models.add(new ModelAnswer(id, refText, null, null));
            texts.add(refText);
        }
        if (models.isEmpty()) {
            throw new DatasetFormatException(source, "question " + qid + " has no <referenceAnswer>");
        }
        return new Question(qid, qid, text, null, QuestionKind.SHORT_ANSWER, SCALE,
                ConceptDeriver.derive(text, texts), List.of(), Structure.NONE, models);
    }

    private static String twoWayName(String member) {
        return member.replace("/3way/", "/2way/");
    }

    /** answer id → 2-way label from the member's 2-way twin, or null when the archive has none. */
    private static Map<String, String> twoWayLabels(ZipArchive zip, String member) throws DatasetFormatException {
        String name = twoWayName(member);
        if (!zip.contains(name)) {
            return null;
        }
        String source = zip.source(name);
        Map<String, String> labels = new HashMap<>();
        for (XmlQuestionFile.Element a : zip.parseQuestion(name).answers()) {
            String answerId = Check.required(a.attribute("id"), source, a.line(), "<studentAnswer> has no id");
            String label = a.attribute("accuracy");
            if (label == null || !LABELS_2WAY.contains(label)) {
                throw new DatasetFormatException(source, a.line(), "answer " + answerId + " has accuracy \"" + label
                        + "\", expected one of " + LABELS_2WAY);
            }
            labels.put(answerId, label);
        }
        return labels;
    }
}
