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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Mohler et al. 2011 (UNT CS short answers v2.0, {@code mohler-texas}) in place; the data has
 * no license, so it is never copied. Only the question ids {@code data/docs/files} lists without a
 * {@code #} are read (81 questions, 2,273 answers, as in the paper). Per question: the text from
 * {@code data/raw/questions}, the instructor answer from {@code data/raw/answers} as the one model
 * answer (id {@value #MODEL_ANSWER_ID}), concepts derived from it, scale 0–5; per answer, line n of
 * {@code data/raw/x.y} (the {@code x.y } prefix and {@code <br>} removed, the few HTML entities
 * decoded) with the gold score, line n of {@code data/scores/x.y/ave}.
 *
 * <p>Answer ids: {@code mohler-x.y-n} (n 1-based). Split: the assignment, {@code a1}…{@code a12}
 * (the x of x.y; 11 and 12 are the exams), so 12-fold cross-validation by assignment, as in the
 * paper, groups on the split.
 */
public final class MohlerReader {

    public static final String NAME = "mohler";
    public static final String FOLDER = "mohler-texas";
    /** The id of each question's one model answer (the instructor's). */
    public static final String MODEL_ANSWER_ID = "instructor";
    /** Every question's scale. */
    public static final Scale SCALE = new Scale(0, 5, List.of());

    private static final Pattern QUESTION_ID = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern BREAKS = Pattern.compile("\\s*(?:<br\\s*/?>\\s*)+", Pattern.CASE_INSENSITIVE);

    private MohlerReader() {
    }

    /** The split (assignment group) of a question id: {@code 3.4} → {@code a3}. */
    public static String assignment(String questionId) {
        int dot = questionId.indexOf('.');
        if (dot <= 0 || !QUESTION_ID.matcher(questionId).matches()) {
            throw new IllegalArgumentException("not a Mohler question id (x.y): '" + questionId + "'");
        }
        return "a" + Integer.parseInt(questionId.substring(0, dot));
    }

    /** Reads the copy in the shared folder ({@link Datasets#dataset(String)}). */
    public static ImportedDataset read() throws IOException {
        return read(Datasets.dataset(FOLDER));
    }

    /**
     * Reads the data set.
     *
     * @param path the {@code mohler-texas} folder, its {@code ShortAnswerGrading_v2.0} folder, or that
     *             folder's {@code data}
     * @throws DatasetFormatException a file is missing (its expected path named), a line is malformed
     *                                (file and line named), or an answer file and its score file have
     *                                different line counts (both named, with the counts)
     */
    public static ImportedDataset read(Path path) throws IOException {
        Path data = dataDir(path);
        Path filesList = data.resolve("docs").resolve("files");
        List<String> active = activeIds(filesList);
        Map<String, String> questions = byId(data.resolve("raw").resolve("questions"));
        Map<String, String> references = byId(data.resolve("raw").resolve("answers"));
        List<Question> bank = new ArrayList<>();
        List<ImportedAnswer> answers = new ArrayList<>();
        for (String qid : active) {
            String prompt = questions.get(qid);
            if (prompt == null) {
                throw new DatasetFormatException(data.resolve("raw").resolve("questions").toString(),
                        "no line for question " + qid + ", which " + filesList + " lists");
            }
            String reference = references.get(qid);
            if (reference == null) {
                throw new DatasetFormatException(data.resolve("raw").resolve("answers").toString(),
                        "no line for question " + qid + ", which " + filesList + " lists");
            }
            bank.add(new Question(qid, qid, prompt, null, QuestionKind.SHORT_ANSWER, SCALE,
                    ConceptDeriver.derive(prompt, List.of(reference)), List.of(), Structure.NONE,
                    List.of(new ModelAnswer(MODEL_ANSWER_ID, reference, null, null))));
            readAnswers(data, qid, answers);
        }
        QuestionBank questionBank = new QuestionBank(
                "Mohler et al. 2011, UNT CS short answers v2.0 (active questions, gold score 0-5)", bank);
        return new ImportedDataset(NAME, List.of(new DatasetPart(NAME, questionBank, answers)));
    }

    private static Path dataDir(Path path) throws DatasetFormatException {
        for (Path candidate : List.of(path.resolve("ShortAnswerGrading_v2.0").resolve("data"),
                path.resolve("data"), path)) {
            if (Files.isRegularFile(candidate.resolve("docs").resolve("files"))) {
                return candidate;
            }
        }
        throw new DatasetFormatException(
                path.resolve("ShortAnswerGrading_v2.0").resolve("data").resolve("docs").resolve("files").toString(),
                "no such file; give the mohler-texas folder, its ShortAnswerGrading_v2.0 folder or that "
                        + "folder's data/");
    }

    private static List<String> activeIds(Path file) throws DatasetFormatException {
        Set<String> ids = new LinkedHashSet<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (!QUESTION_ID.matcher(s).matches()) {
                throw new DatasetFormatException(file.toString(), i + 1, "\"" + Check.abbreviate(s)
                        + "\" is not a question id (x.y)");
            }
            if (!ids.add(s)) {
                throw new DatasetFormatException(file.toString(), i + 1, "question " + s + " is listed twice");
            }
        }
        if (ids.isEmpty()) {
            throw new DatasetFormatException(file.toString(), "lists no active question id");
        }
        return List.copyOf(ids);
    }

    /** {@code x.y text} lines, text cleaned. */
    private static Map<String, String> byId(Path file) throws DatasetFormatException {
        Map<String, String> out = new HashMap<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            String id = space < 0 ? line.strip() : line.substring(0, space);
            if (!QUESTION_ID.matcher(id).matches()) {
                throw new DatasetFormatException(file.toString(), i + 1,
                        "expected \"x.y <text>\", found \"" + Check.abbreviate(line) + "\"");
            }
            if (out.put(id, clean(space < 0 ? "" : line.substring(space + 1))) != null) {
                throw new DatasetFormatException(file.toString(), i + 1, "question " + id + " appears twice");
            }
        }
        return out;
    }

    private static void readAnswers(Path data, String qid, List<ImportedAnswer> out) throws DatasetFormatException {
        Path raw = data.resolve("raw").resolve(qid);
        Path ave = data.resolve("scores").resolve(qid).resolve("ave");
        List<String> texts = lines(raw);
        List<String> scores = lines(ave);
        if (texts.size() != scores.size()) {
            throw new DatasetFormatException(ave.toString(), "has " + scores.size() + " score lines but " + raw
                    + " has " + texts.size() + " answers; they must be line-aligned");
        }
        String split = assignment(qid);
        String prefix = qid + " ";
        for (int i = 0; i < texts.size(); i++) {
            String line = texts.get(i);
            String text;
            if (line.startsWith(prefix)) {
                text = clean(line.substring(prefix.length()));
            } else if (line.strip().equals(qid)) {
                text = "";
            } else {
                throw new DatasetFormatException(raw.toString(), i + 1, "expected the line to start with \"" + prefix
                        + "\", found \"" + Check.abbreviate(line) + "\"");
            }
            double grade = Check.number(scores.get(i), ave.toString(), i + 1, "score");
            if (grade < SCALE.min() || grade > SCALE.max()) {
                throw new DatasetFormatException(ave.toString(), i + 1, "score " + grade + " is outside 0-5");
            }
            int n = i + 1;
            out.add(new ImportedAnswer(new AnswerRecord(NAME + "-" + qid + "-" + n, qid, text, grade, List.of(),
                    null, split, List.of(), n), null, null));
        }
    }

    /** Removes {@code <br>} and decodes the HTML entities the raw files use. */
    static String clean(String s) {
        String t = BREAKS.matcher(s).replaceAll(" ");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return t.strip();
    }

    /**
     * The file's lines as UTF-8, without a trailing empty line. Malformed bytes become U+FFFD rather
     * than an error: three active answers (4.1 lines 11 and 26, 6.1 line 9) hold a curly quote
     * mangled upstream, and the rest of those answers is worth keeping.
     */
    static List<String> lines(Path file) throws DatasetFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DatasetFormatException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new DatasetFormatException(file.toString(), 0, "cannot read: " + e, e);
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i) {
                    break; // file ends with a newline (or is empty)
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return lines;
    }
}
