package dev.assay.cli.report;

import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.engine.evaluation.Evidence;
import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.evaluation.SegmentView;
import dev.assay.engine.evaluation.Versions;
import dev.assay.engine.similarity.SimilarityReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small graded batch built by hand: answers to a STAR question (Q1) and a listed one (Q2), their
 * Evaluations with segments and evidence at real offsets, and two raters' grades, written as the
 * files {@code assay grade} and the interview set use.
 */
final class ReportFixture {

    static final String[] STAR_SENTENCES = {
        "Last spring our checkout service started failing for a third of users.",
        "I was the on-call engineer, so it was my job to lead the response.",
        "I rolled back the release and raised the connection pool limit.",
        "Errors dropped from 30% to under 1% within ten minutes."};
    static final String[] CONCEPT_PHRASES = {"roll back", "blameless post-mortem", "monitoring alert", "root cause"};

    record Files3(Path evaluations, Path answers, Path gradesA, Path gradesB) {
    }

    /** Writes {@code n} answers (n ≥ 4) and their files into {@code dir}. */
    static Files3 write(Path dir, int n) throws IOException {
        List<String> evals = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<String> ga = new ArrayList<>();
        List<String> gb = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "a-%03d", i + 1);
            boolean star = i % 2 == 0;
            int parts = i % 5; // 0..4 parts of the story, or concepts
            String text;
            Evaluation e;
            if (star) {
                StringBuilder t = new StringBuilder();
                List<SegmentView> segs = new ArrayList<>();
                List<Criterion> crit = new ArrayList<>();
                String[] labels = {"S", "T", "A", "R"};
                for (int p = 0; p < 4; p++) {
                    int start = t.length();
                    boolean has = p < Math.max(1, parts);
                    String sentence = has ? STAR_SENTENCES[p] : "We talked about it later.";
                    t.append(sentence).append(p < 3 ? " " : "");
                    if (has) {
                        segs.add(new SegmentView(labels[p], start, start + sentence.length(), 0.8));
                    }
                    crit.add(new Criterion("star." + labels[p], AnswerView.title(labels[p]), "star", 0.2,
                            has ? 1.0 : 0.0, has ? List.of(new Evidence(p, start, start + sentence.length(), sentence,
                                    0.8, false)) : List.of()));
                }
                text = t.toString();
                int pool = text.indexOf("connection pool");
                crit.add(new Criterion("pool", "Connection pool", "concept", 1, pool >= 0 ? 0.9 : 0,
                        pool >= 0 ? List.of(new Evidence(2, pool, pool + 15, "connection pool", 0.9, false)) : List.of()));
                double score = Math.min(5, Math.max(1, parts) * 1.2 + (i % 3) * 0.1);
                List<Flag> flags = parts <= 1 ? List.of(Flag.TOO_SHORT, Flag.NEEDS_HUMAN_REVIEW) : List.of();
                e = evaluation(id, "Q1", score, flags, crit, segs);
            } else {
                StringBuilder t = new StringBuilder("First ");
                List<Criterion> crit = new ArrayList<>();
                List<int[]> at = new ArrayList<>();
                for (int p = 0; p < 4; p++) {
                    if (p < parts) {
                        if (p > 0) {
                            t.append(", then ");
                        }
                        at.add(new int[] {t.length(), t.length() + CONCEPT_PHRASES[p].length()});
                        t.append(p == 0 && i % 4 == 1 ? "not " : "");
                        if (p == 0 && i % 4 == 1) {
                            at.set(0, new int[] {t.length(), t.length() + CONCEPT_PHRASES[p].length()});
                        }
                        t.append(CONCEPT_PHRASES[p]);
                    } else {
                        at.add(null);
                    }
                }
                t.append(". <script>alert('x')</script> & more.");
                text = t.toString();
                for (int p = 0; p < 4; p++) {
                    int[] span = at.get(p);
                    boolean negated = p == 0 && i % 4 == 1 && span != null;
                    crit.add(new Criterion("c" + (p + 1), "Concept " + (p + 1) + " <b>", "concept", 1,
                            span == null || negated ? 0 : 0.85,
                            span == null ? List.of() : List.of(new Evidence(0, span[0], span[1], CONCEPT_PHRASES[p],
                                    0.85, negated))));
                }
                crit.add(new Criterion("m1", "Blames a person", "misconception", 0.5, i % 6 == 3 ? 0.5 : 0, List.of()));
                double score = Math.max(0, parts * 1.25 - (i % 4 == 1 ? 1 : 0));
                List<Flag> flags = parts == 0 ? List.of(Flag.EMPTY) : List.of();
                e = evaluation(id, "Q2", score, flags, crit, List.of());
            }
            evals.add(EvaluationJson.line(e));
            answers.add(EvaluationJson.mapper().writeValueAsString(Map.of("id", id, "question_id", e.questionId(),
                    "text", text)));
            int human = (int) Math.max(0, Math.min(5, Math.round(e.score()) + (i % 7 == 0 ? 2 : 0)));
            List<String> points = new ArrayList<>();
            if (star) {
                for (String l : new String[] {"S", "T", "A", "R"}) {
                    if (e.segments().stream().anyMatch(s -> s.label().equals(l))) {
                        points.add(l);
                    }
                }
            } else {
                for (int p = 0; p < parts; p++) {
                    points.add(String.valueOf(p + 1));
                }
            }
            ga.add(grade(id, "A", human, points, "Rater A's note on " + id));
            gb.add(grade(id, "B", Math.max(0, human - (i % 3 == 0 ? 1 : 0)), points, null));
        }
        Files3 f = new Files3(dir.resolve("graded.jsonl"), dir.resolve("answers.jsonl"), dir.resolve("grades-A.jsonl"),
                dir.resolve("grades-B.jsonl"));
        Files.write(f.evaluations(), evals, StandardCharsets.UTF_8);
        Files.write(f.answers(), answers, StandardCharsets.UTF_8);
        Files.write(f.gradesA(), ga, StandardCharsets.UTF_8);
        Files.write(f.gradesB(), gb, StandardCharsets.UTF_8);
        return f;
    }

    static String grade(String id, String rater, int score, List<String> points, String note) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("rater", rater);
        m.put("score", score);
        m.put("points", points);
        if (note != null) {
            m.put("note", note);
        }
        return EvaluationJson.mapper().writeValueAsString(m);
    }

    static Evaluation evaluation(String id, String q, double score, List<Flag> flags, List<Criterion> criteria,
                                 List<SegmentView> segments) {
        double s = Math.round(score * 100) / 100.0;
        String band = s < 1 ? "poor" : s < 2 ? "weak" : s < 3 ? "adequate" : s < 4 ? "strong" : "outstanding";
        return new Evaluation(id, q, s, 0, 5, band, flags.contains(Flag.NEEDS_HUMAN_REVIEW) ? 0.3 : 0.8, flags,
                criteria, segments, new SimilarityReport("m1", 0.4, 3.2, 0.5, 0.1, 0.3, "Q9", 0.1),
                Map.of("length_ratio", 0.7), List.of("Say what you did <em>yourself</em>."),
                new Versions("0.1.0-test", "sha256:0123456789abcdef0123456789", "default"));
    }
}
