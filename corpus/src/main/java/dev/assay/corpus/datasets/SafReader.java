package dev.assay.corpus.datasets;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.Datasets;
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
import java.util.Map;
import java.util.Set;

/**
 * Reads SAF v2.0, English ({@code saf-en/SAF2_0.zip}) straight from the zip: one part, one question
 * per question id (a question of {@code training} met again in {@code unseen_answers} is the same
 * question), its reference answer as the model answer, concepts derived from it, and every student
 * answer with its points ({@code score} → grade), {@code verification_feedback} (→ label: Correct,
 * Partially correct, Incorrect) and the tutor's {@code response_feedback} (→ feedback).
 *
 * <p>Scale: 0 to the question's maximum points. The files give no maximum, so it is the highest score
 * any answer to the question got, over all splits (2.5 for 1.6, 3.5 for 2.4, 1 for most). No bands.
 *
 * <p>Answer ids: {@code saf-<split>-<studentAnswer id>}. The split is part of the id because SAF
 * reuses 13 answer ids for different answers in {@code training} and {@code unseen_answers}.
 * Splits: {@value #TRAIN}, {@value #UNSEEN_ANSWERS}, {@value #UNSEEN_QUESTIONS}.
 */
public final class SafReader {

    public static final String NAME = "saf";
    public static final String FOLDER = "saf-en";
    public static final String ARCHIVE = "SAF2_0.zip";

    public static final String TRAIN = "train";
    public static final String UNSEEN_ANSWERS = "unseen_answers";
    public static final String UNSEEN_QUESTIONS = "unseen_questions";
    /** The splits, in reading order. */
    public static final List<String> SPLITS = List.of(TRAIN, UNSEEN_ANSWERS, UNSEEN_QUESTIONS);
    /** The values of {@code verification_feedback}. */
    public static final List<String> LABELS = List.of("Incorrect", "Partially correct", "Correct");

    /** The archive's folder of each split. */
    private static final Map<String, String> FOLDERS = Map.of(
            "training", TRAIN, "unseen_answers", UNSEEN_ANSWERS, "unseen_questions", UNSEEN_QUESTIONS);
    private static final String ROOT = "SAF2_0/";

    private SafReader() {
    }

    /** Reads the copy in the shared folder ({@link Datasets#dataset(String)}). */
    public static ImportedDataset read() throws IOException {
        return read(Datasets.dataset(FOLDER));
    }

    /**
     * Reads the archive.
     *
     * @param path {@value #ARCHIVE} itself, or the folder holding it
     * @throws DatasetFormatException the archive is missing, or a member is malformed (named with its line)
     */
    public static ImportedDataset read(Path path) throws IOException {
        try (ZipArchive zip = ZipArchive.locate(path, ARCHIVE, "the SAF v2.0 archive")) {
            Map<String, List<String>> bySplit = new LinkedHashMap<>();
            for (String split : SPLITS) {
                bySplit.put(split, new ArrayList<>());
            }
            for (String name : zip.fileNames()) {
                if (!name.endsWith(".xml")) {
                    continue;
                }
                String[] p = name.split("/");
                if (p.length != 3 || !name.startsWith(ROOT) || !FOLDERS.containsKey(p[1])) {
                    throw new DatasetFormatException(zip.source(name), "unexpected member: question files are "
                            + ROOT + "{training,unseen_answers,unseen_questions}/<question>.xml");
                }
                bySplit.get(FOLDERS.get(p[1])).add(name);
            }
            if (bySplit.values().stream().allMatch(List::isEmpty)) {
                throw new DatasetFormatException(zip.path().toString(), "no question files (" + ROOT
                        + "<split>/<question>.xml) in the archive");
            }
            return read(zip, bySplit);
        }
    }

    /** A parsed question file with the split it belongs to. */
    private record Member(String split, String source, XmlQuestionFile file, String questionId) {
    }

    private static ImportedDataset read(ZipArchive zip, Map<String, List<String>> bySplit) throws IOException {
        List<Member> members = new ArrayList<>();
        Map<String, Double> maxPoints = new HashMap<>();
        Map<String, Member> firstSeen = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> split : bySplit.entrySet()) {
            for (String name : split.getValue()) {
                String source = zip.source(name);
                XmlQuestionFile file = zip.parseQuestion(name);
                String qid = Check.required(file.attributes().get("id"), source, 0, "<question> has no id attribute");
                Member m = new Member(split.getKey(), source, file, qid);
                Member first = firstSeen.putIfAbsent(qid, m);
                if (first != null && !first.file().questionText().strip().equals(file.questionText().strip())) {
                    throw new DatasetFormatException(source, "question " + qid + " has a different text than in "
                            + first.source());
                }
                members.add(m);
            }
        }
        List<ImportedAnswer> answers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Member m : members) {
            for (XmlQuestionFile.Element a : m.file().answers()) {
                String answerId = Check.required(a.attribute("id"), m.source(), a.line(), "<studentAnswer> has no id");
                String response = a.children().get("response");
                if (response == null) {
                    throw new DatasetFormatException(m.source(), a.line(), "answer " + answerId + " has no <response>");
                }
                if (!a.children().containsKey("score")) {
                    throw new DatasetFormatException(m.source(), a.line(), "answer " + answerId + " has no <score>");
                }
                double score = Check.number(a.children().get("score"), m.source(), a.line(),
                        "<score> of answer " + answerId);
                if (score < 0) {
                    throw new DatasetFormatException(m.source(), a.line(), "<score> of answer " + answerId
                            + " is negative (" + score + ")");
                }
                String label = a.children().get("verification_feedback");
                label = label == null ? null : label.strip();
                if (!LABELS.contains(label)) {
                    throw new DatasetFormatException(m.source(), a.line(), "answer " + answerId
                            + " has verification_feedback \"" + label + "\", expected one of " + LABELS);
                }
                String feedback = a.children().get("response_feedback");
                String id = NAME + "-" + m.split() + "-" + answerId;
                if (!ids.add(id)) {
                    throw new DatasetFormatException(m.source(), a.line(), "answer id " + answerId
                            + " already used in split " + m.split());
                }
                maxPoints.merge(m.questionId(), score, Math::max);
                answers.add(new ImportedAnswer(new AnswerRecord(id, m.questionId(), response.strip(), score,
                        List.of(), label, m.split(), List.of(), a.line()), null,
                        feedback == null ? null : feedback.strip()));
            }
        }
        List<Question> questions = new ArrayList<>();
        for (Member m : firstSeen.values()) {
            questions.add(question(m, maxPoints.getOrDefault(m.questionId(), 0.0)));
        }
        QuestionBank bank = new QuestionBank("SAF v2.0 English (communication networks), points 0 to each "
                + "question's highest score", questions);
        return new ImportedDataset(NAME, List.of(new DatasetPart(NAME, bank, answers)));
    }

    private static Question question(Member m, double max) throws DatasetFormatException {
        String text = m.file().questionText().strip();
        List<ModelAnswer> models = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int n = 0;
        for (XmlQuestionFile.Element ref : m.file().references()) {
            n++;
            String id = ref.attribute("id") == null ? m.questionId() + ".a" + n : ref.attribute("id").strip();
            String refText = ref.text().strip();
            models.add(new ModelAnswer(id, refText, null, null));
            texts.add(refText);
        }
        if (models.isEmpty()) {
            throw new DatasetFormatException(m.source(), "question " + m.questionId() + " has no <referenceAnswer>");
        }
        // No answer above 0 (never in SAF v2.0): a 0–0 scale would be unusable, so assume 1 point.
        Scale scale = new Scale(0, max > 0 ? max : 1, List.of());
        return new Question(m.questionId(), m.questionId(), text, null, QuestionKind.SHORT_ANSWER, scale,
                ConceptDeriver.derive(text, texts), List.of(), Structure.NONE, models);
    }
}
