package dev.assay.cli;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.engine.EngineVersion;
import dev.assay.engine.Grader;
import dev.assay.engine.tuning.FeatureTable;
import dev.assay.engine.tuning.GradedAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a graded-answers file for {@code tune} and {@code eval}: every answer with a grade (or a label
 * the question's scale names as a band, SemEval's way) becomes a {@link GradedAnswer}; the engine's
 * features for them are computed once, or read from a cache file keyed by the data, bank and engine.
 */
final class GradedData {

    /** Bump when a feature's definition changes, so old caches are not reused. */
    static final String FEATURES_VERSION = "features-8";

    private GradedData() {
    }

    /** What {@code --group-by} may name. */
    enum GroupBy {
        QUESTION, ANSWER, SPLIT;

        static GroupBy parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "question" -> QUESTION;
                case "answer" -> ANSWER;
                case "split", "assignment", "split-field" -> SPLIT;
                default -> throw new IllegalArgumentException("--group-by must be question, answer or split, not " + s);
            };
        }

        String key(AnswerRecord r) {
            return switch (this) {
                case QUESTION -> r.questionId();
                case ANSWER -> r.id();
                case SPLIT -> r.split() == null ? "-" : r.split();
            };
        }
    }

    static List<GradedAnswer> read(Path file, QuestionBank bank, GroupBy groupBy, String onlySplit, PrintWriter err)
            throws IOException {
        Map<String, Question> questions = bank.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        List<GradedAnswer> out = new ArrayList<>();
        int skipped = 0;
        try (AnswerReader reader = AnswerReader.open(file)) {
            while (reader.hasNext()) {
                ReadResult r = reader.next();
                if (r instanceof ReadResult.ReadError e) {
                    err.println("assay: " + file + ": " + e);
                    skipped++;
                    continue;
                }
                AnswerRecord a = ((ReadResult.Answer) r).record();
                if (onlySplit != null && !onlySplit.equals(a.split())) {
                    continue;
                }
                Question q = questions.get(a.questionId());
                Double grade = a.grade();
                if (grade == null && a.label() != null && q != null) {
                    // The band's whole point: SemEval's bands 0–0.5, 0.5–1.5, 1.5–2 are the ordinal 0, 1, 2.
                    grade = q.scale().bands().stream().filter(b -> b.name().equals(a.label()))
                            .map(b -> (double) Math.round((b.min() + b.max()) / 2)).findFirst().orElse(null);
                }
                if (q == null || grade == null) {
                    skipped++;
                    continue;
                }
                out.add(new GradedAnswer(a.id(), a.questionId(), a.text(), grade, a.label(), a.split(), groupBy.key(a)));
            }
        }
        if (skipped > 0) {
            err.printf("assay: %d answers skipped (bad line, unknown question, or no grade)%n", skipped);
        }
        return out;
    }

    /** The features of every answer: from {@code cache} when it matches, else computed (and cached). */
    static FeatureTable features(Grader grader, List<GradedAnswer> answers, Path answersFile, Path bankFile, Path cache,
                                 int threads, PrintWriter err) throws IOException, InterruptedException {
        String key = String.join(" ", FEATURES_VERSION, EngineVersion.get(), engineBuild(), sha256(answersFile),
                sha256(bankFile), grader.mode().name());
        Map<String, Question> questions = grader.bank().questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        if (cache != null) {
            Optional<FeatureTable> cached = FeatureTable.load(cache, key, answers, questions);
            if (cached.isPresent()) {
                err.println("features: " + answers.size() + " answers from cache " + cache);
                return cached.get();
            }
        }
        long t0 = System.nanoTime();
        FeatureTable t = FeatureTable.extract(grader, answers, threads);
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "features: %d answers graded once in %.1f s (%.0f answers/s)%n", answers.size(), s,
                answers.size() / Math.max(s, 1e-9));
        if (cache != null) {
            t.save(cache, key);
        }
        return t;
    }

    /**
     * The SHA-256 of the engine jar this run loaded, so that a rebuilt engine of the same version (a
     * development snapshot) never reads features an older build cached; "classes" when the engine runs
     * from a class directory (tests), where the feature version and the data keep the key.
     */
    private static String engineBuild() throws IOException {
        try {
            Path jar = Path.of(Grader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? sha256(jar) : "classes";
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown";
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
