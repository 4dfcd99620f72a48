package dev.assay.engine.star;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.analysis.Token;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labels each sentence or clause of an answer S, T, A, R or O. Thread-safe.
 *
 * <p>How: the answer is cut into units (sentences; a list header ending in {@code :} joins the
 * line after it; a sentence without an arrow chain may be cut after {@code ;} or a comma that
 * starts a new finite clause). Each unit gets a score per label from hand-set features
 * ({@link StarFeatures}): cue phrases, person and tense of the main verb, quantities, position,
 * and lemma overlap with the rubric's own section cues and example text when the question has
 * them. A Viterbi pass over the units with transition scores that favour S → T → A → R (back-steps
 * allowed but penalised, a label change inside one sentence penalised more) picks the labels;
 * forward–backward marginals give each unit's confidence. Answers that tell no concrete story
 * (buzzwords, keyword lists, off-topic habits) are labelled O throughout. Adjacent units with the
 * same label merge into one segment whose confidence is their mean.
 */
public final class StarSegmenter {

    static final StarLabel[] LABELS = StarLabel.values();
    private static final int N = LABELS.length;
    private static final int S = 0, T = 1, A = 2, R = 3, O = 4;

    /** Transition scores, from (row) → to (column), in S T A R O order. */
    private static final double[][] TRANSITION = {
            // to:  S     T     A     R     O
            {0.3, 0.6, 0.4, -1.2, -1.0}, // from S
            {-0.6, -0.5, 0.9, -0.6, -1.2}, // from T
            {-1.6, -1.0, 0.4, 0.6, -0.8}, // from A
            {-0.6, -1.4, -1.0, 0.3, -0.3}, // from R
            {0.3, -0.4, -0.2, -0.4, 0.4}, // from O
    };
    private static final double[] START = {0.6, -0.4, -0.2, -0.6, 0.0};
    private static final double[] END = {-0.8, -0.8, 0.0, 0.4, 0.2};
    /** Extra cost of changing label between two clauses of one sentence. */
    private static final double INTRA_SENTENCE_CHANGE = -2.2;

    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "so", "which", "but");

    private final dev.assay.engine.QuestionCache<RubricProfile> profiles = new dev.assay.engine.QuestionCache<>(512);

    public StarSegmenter() {
    }

    /** Segments in text order, non-overlapping, covering every sentence of the analysis. */
    public List<Segment> segment(Analysis analysis, Question question) {
        if (analysis == null || analysis.sentences().isEmpty()) {
            return List.of();
        }
        List<Unit> units = units(analysis);
        if (units.isEmpty()) {
            return List.of();
        }
        RubricProfile profile = profile(question);
        String text = analysis.text();
        List<StarFeatures.UnitText> read = StarFeatures.read(units, text);
        double[][] emission = new double[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            emission[i] = StarFeatures.score(read.get(i), i, units.size(), profile);
        }
        StarLabel[] labels = new StarLabel[units.size()];
        double[] confidence = new double[units.size()];
        double story = StarFeatures.storyEvidence(read);
        if (story < 0) {
            // No concrete story: everything is O; the further from the threshold, the surer.
            double c = 1 / (1 + Math.exp(story));
            java.util.Arrays.fill(labels, StarLabel.O);
            java.util.Arrays.fill(confidence, Math.max(0.5, c));
        } else {
            decode(units, emission, labels, confidence);
        }
        return merge(units, labels, confidence, text);
    }

    // ---------------------------------------------------------------- units

    /** A sentence or clause: tokens with offsets, and the index of the sentence it came from. */
    record Unit(int sentence, List<Token> tokens, boolean clause) {
        int begin() {
            return tokens.get(0).begin();
        }

        int end() {
            return tokens.get(tokens.size() - 1).end();
        }
    }

    static List<Unit> units(Analysis analysis) {
        List<Unit> units = new ArrayList<>();
        List<Token> header = new ArrayList<>();
        List<Sentence> sentences = analysis.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Token> tokens = s.tokens();
            if (si + 1 < sentences.size() && isHeader(tokens)) {
                header.addAll(tokens);
                continue;
            }
            List<List<Token>> clauses = splitClauses(tokens, analysis.text(), s);
            for (int c = 0; c < clauses.size(); c++) {
                List<Token> clause = clauses.get(c);
                if (c == 0 && !header.isEmpty()) {
                    List<Token> joined = new ArrayList<>(header);
                    joined.addAll(clause);
                    clause = joined;
                    header.clear();
                }
                units.add(new Unit(si, clause, clauses.size() > 1));
            }
        }
        if (!header.isEmpty()) {
            units.add(new Unit(sentences.size() - 1, List.copyOf(header), false));
        }
        return units;
    }

    /** A short line ending in a colon, such as "What I did:" or "Actions:". */
    private static boolean isHeader(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).word().equals(":")) {
            return false;
        }
        int words = 0;
        for (Token t : tokens) {
            if (!t.isPunctuation()) {
                words++;
            }
        }
        return words <= 4;
    }

    private static boolean finite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD");
    }

    /**
     * Cuts a sentence after ';' or ',' where both sides are clauses of their own (three or more
     * words and a finite verb). Arrow chains and list items stay whole.
     */
    private static List<List<Token>> splitClauses(List<Token> tokens, String text, Sentence s) {
        if (hasArrowOrLineBreak(text, s.begin(), s.end())) {
            return List.of(tokens);
        }
        List<Integer> cuts = new ArrayList<>();
        int last = 0;
        for (int i = 1; i < tokens.size() - 1; i++) {
            String w = tokens.get(i - 1).word();
            if (!w.equals(";") && !w.equals(",")) {
                continue;
            }
            if (isClause(tokens.subList(last, i)) && isClause(tokens.subList(i, tokens.size()))
                    && startsClause(tokens.subList(i, tokens.size()), w.equals(";"))) {
                cuts.add(i);
                last = i;
            }
        }
        if (cuts.isEmpty()) {
            return List.of(tokens);
        }
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            out.add(tokens.subList(from, c));
            from = c;
        }
        out.add(tokens.subList(from, tokens.size()));
        // The last piece must itself be a clause; otherwise glue it back.
        List<List<Token>> fixed = new ArrayList<>();
        for (List<Token> piece : out) {
            if (!fixed.isEmpty() && !isClause(piece)) {
                List<Token> prev = new ArrayList<>(fixed.remove(fixed.size() - 1));
                prev.addAll(piece);
                fixed.add(prev);
            } else {
                fixed.add(piece);
            }
        }
        return fixed;
    }

    /** Whether the text's range holds "→", "->", "=>" or a line break (one pass, no substring or regex). */
    static boolean hasArrowOrLineBreak(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '→' || (c == '-' || c == '=') && i + 1 < end && text.charAt(i + 1) == '>') {
                return true;
            }
        }
        return false;
    }

    private static boolean isClause(List<Token> tokens) {
        int words = 0;
        boolean verb = false;
        for (Token t : tokens) {
            if (!t.isPunctuation()) {
                words++;
            }
            verb |= finite(t);
        }
        return words >= 3 && verb;
    }

    /** The piece after the cut opens a new clause: a subject then a finite verb, or "and/so/which …". */
    private static boolean startsClause(List<Token> right, boolean semicolon) {
        if (semicolon) {
            return true;
        }
        Token first = right.get(0);
        String w = first.word().toLowerCase(Locale.ROOT);
        if (CLAUSE_OPENERS.contains(w)) {
            // "and" + subject + verb, "so" + clause, "which" + verb
            for (int i = 1; i < Math.min(right.size(), 6); i++) {
                if (finite(right.get(i))) {
                    return true;
                }
                if (right.get(i).isPunctuation()) {
                    return false;
                }
            }
            return false;
        }
        // comma splice: a short noun phrase subject then a finite verb ("service was back …")
        for (int i = 0; i < Math.min(right.size(), 5); i++) {
            Token t = right.get(i);
            if (finite(t)) {
                return i > 0;
            }
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("DT")
                    || t.pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- decoding

    private static double transition(Unit from, Unit to, int a, int b) {
        double score = TRANSITION[a][b];
        if (a != b && from.sentence() == to.sentence()) {
            score += INTRA_SENTENCE_CHANGE;
        }
        return score;
    }

    private static void decode(List<Unit> units, double[][] e, StarLabel[] labels, double[] confidence) {
        int n = units.size();
        double[][] best = new double[n][N];
        int[][] back = new int[n][N];
        for (int j = 0; j < N; j++) {
            best[0][j] = START[j] + e[0][j];
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < N; j++) {
                double m = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int k = 0; k < N; k++) {
                    double v = best[i - 1][k] + transition(units.get(i - 1), units.get(i), k, j);
                    if (v > m) {
                        m = v;
                        arg = k;
                    }
                }
                best[i][j] = m + e[i][j];
                back[i][j] = arg;
            }
        }
        int arg = 0;
        double m = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < N; j++) {
            double v = best[n - 1][j] + END[j];
            if (v > m) {
                m = v;
                arg = j;
            }
        }
        int[] path = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = arg;
            arg = back[i][arg];
        }
        // forward–backward marginals (scores read as log-potentials)
        double[][] fw = new double[n][N];
        double[][] bw = new double[n][N];
        for (int j = 0; j < N; j++) {
            fw[0][j] = START[j] + e[0][j];
            bw[n - 1][j] = END[j];
        }
        double[] tmp = new double[N];
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < N; j++) {
                for (int k = 0; k < N; k++) {
                    tmp[k] = fw[i - 1][k] + transition(units.get(i - 1), units.get(i), k, j);
                }
                fw[i][j] = logSumExp(tmp) + e[i][j];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int j = 0; j < N; j++) {
                for (int k = 0; k < N; k++) {
                    tmp[k] = transition(units.get(i), units.get(i + 1), j, k) + e[i + 1][k] + bw[i + 1][k];
                }
                bw[i][j] = logSumExp(tmp);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < N; j++) {
                tmp[j] = fw[i][j] + bw[i][j];
            }
            double z = logSumExp(tmp);
            labels[i] = LABELS[path[i]];
            confidence[i] = Math.exp(tmp[path[i]] - z);
        }
    }

    private static double logSumExp(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        double s = 0;
        for (double x : v) {
            s += Math.exp(x - m);
        }
        return m + Math.log(s);
    }

    private static List<Segment> merge(List<Unit> units, StarLabel[] labels, double[] confidence, String text) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            int j = i;
            double sum = 0;
            while (j < units.size() && labels[j] == labels[i]) {
                sum += confidence[j];
                j++;
            }
            int b = units.get(i).begin();
            int e = units.get(j - 1).end();
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                out.add(new Segment(labels[i], b, e, sum / (j - i)));
            }
            i = j;
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- rubric profile

    private RubricProfile profile(Question question) {
        if (question == null || !question.structure().isStar() && question.modelAnswers().stream()
                .allMatch(m -> m.sections().isEmpty())) {
            return RubricProfile.EMPTY;
        }
        return profiles.get(question, RubricProfile::of);
    }

    /** Content lemmas that the rubric ties to exactly one STAR label. */
    record RubricProfile(Map<StarLabel, Set<String>> lemmas) {
        static final RubricProfile EMPTY = new RubricProfile(Map.of());

        static RubricProfile of(Question q) {
            Map<StarLabel, StringBuilder> texts = new EnumMap<>(StarLabel.class);
            for (StarSection section : q.structure().star()) {
                StringBuilder sb = texts.computeIfAbsent(section.label(), l -> new StringBuilder());
                section.cues().forEach(c -> sb.append(c).append('\n'));
                if (section.example() != null) {
                    sb.append(section.example()).append('\n');
                }
            }
            for (ModelAnswer m : q.modelAnswers()) {
                m.sections().forEach((l, t) -> texts.computeIfAbsent(l, x -> new StringBuilder())
                        .append(t).append('\n'));
            }
            Map<String, Set<StarLabel>> owners = new HashMap<>();
            for (Map.Entry<StarLabel, StringBuilder> en : texts.entrySet()) {
                if (en.getKey() == StarLabel.O) {
                    continue;
                }
                Analysis a = TextAnalyzer.shared().analyze(en.getValue().toString());
                for (Token t : a.tokens()) {
                    if (StarFeatures.isContentLemma(t)) {
                        owners.computeIfAbsent(t.lemma(), x -> new HashSet<>()).add(en.getKey());
                    }
                }
            }
            Map<StarLabel, Set<String>> out = new EnumMap<>(StarLabel.class);
            owners.forEach((lemma, ls) -> {
                if (ls.size() == 1) {
                    out.computeIfAbsent(ls.iterator().next(), x -> new HashSet<>()).add(lemma);
                }
            });
            return new RubricProfile(out);
        }
    }
}
