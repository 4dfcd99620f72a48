package dev.assay.engine.concepts;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.semantic.SemanticReader;
import dev.assay.engine.semantic.SentenceEncoder;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development harness for the semantic reading's threshold: per (answer, point) the lexical coverage and
 * the best non-negated sentence cosine, then concept agreement for a sweep of cosine thresholds, on the
 * DEV procedural questions (default), the guide procedural probes ("probes"), the held-out probes
 * ("heldout", report only) or the TEST procedural questions ("test", report only).
 * Run: java -cp … dev.assay.engine.concepts.SemanticEvalMain [dev|probes|heldout|test] [errors]
 */
public final class SemanticEvalMain {

    private record Pair(String answer, String concept, boolean positive, double lexical, double cosine, String why) {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "dev";
        boolean errors = List.of(args).contains("errors");
        double threshold = ConceptMatcher.Settings.DEFAULT.coverageThreshold();
        // strength 1 at cosine 1 and 0 at 0: the reader's own cosine is what is swept
        SemanticReader reader = new SemanticReader(SentenceEncoder.shared(), new SemanticReader.Settings(0, 1,
                Double.parseDouble(System.getProperty("margin", "" + SemanticReader.Settings.DEFAULT.margin()))),
                ConceptMatcher.Settings.DEFAULT.withCoverageThreshold(0));
        List<Pair> pairs = new ArrayList<>();
        if (which.equals("probes") || which.equals("heldout")) {
            QuestionBank bank = ParaphraseProbeMain.proceduralProbeBank();
            ConceptMatcher m = new ConceptMatcher(bank);
            for (String[] p : probes(which.equals("heldout"))) {
                Question q = bank.question(p[0]).orElseThrow();
                for (Concept c : q.concepts()) {
                    pairs.add(pair(m, reader, q, p[0] + ":" + p[2], p[2], c, c.id().equals(p[1])));
                }
            }
        } else {
            InterviewAnswersData data = ConceptEvalMain.load();
            ConceptMatcher m = new ConceptMatcher(data.bank);
            for (ConceptEvaluation.Item it : data.items(which.equals("test") ? InterviewAnswersData.TEST_PROCEDURAL : InterviewAnswersData.DEV_PROCEDURAL)) {
                for (Concept c : it.question().concepts()) {
                    if (it.positive().contains(c.id()) || it.negative().contains(c.id())) {
                        pairs.add(pair(m, reader, it.question(), it.answerId(), it.text(), c,
                                it.positive().contains(c.id())));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pairs, %d positive%n", which, pairs.size(),
                pairs.stream().filter(Pair::positive).count());
        print("lexical only", pairs, p -> p.lexical() >= threshold);
        for (double t = 0.30; t <= 0.601; t += 0.025) {
            double tt = t;
            print(String.format(Locale.ROOT, "cos>=%.3f", t), pairs, p -> p.lexical() >= threshold || p.cosine() >= tt);
        }
        if (errors) {
            double t = Double.parseDouble(System.getProperty("cos", "0.4"));
            for (Pair p : pairs) {
                boolean said = p.lexical() >= threshold || p.cosine() >= t;
                if (said != p.positive()) {
                    System.out.printf(Locale.ROOT, "%s %s %s lex=%.2f cos=%.2f %s%n", p.positive() ? "FN" : "FP",
                            p.answer().length() > 70 ? p.answer().substring(0, 70) : p.answer(), p.concept(),
                            p.lexical(), p.cosine(), p.why());
                }
            }
        }
    }

    static List<String[]> probes(boolean heldout) throws java.io.IOException {
        String file = "/concepts/procedural-probes" + (heldout ? "-heldout.tsv" : ".tsv");
        try (var in = SemanticEvalMain.class.getResourceAsStream(file)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }

    private static Pair pair(ConceptMatcher m, SemanticReader reader, Question q, String id, String text, Concept c,
                             boolean positive) {
        Analysis a = TextAnalyzer.shared().analyze(text);
        ConceptMatch lex = m.match(a, q);
        double best = 0;
        String why = "";
        List<ConceptHit> hits = reader.read(a, q, lex).hits();
        for (ConceptHit h : hits) {
            if (h.conceptId().equals(c.id()) && !h.negated() && h.strength() > best) {
                best = h.strength();
                why = "[" + h.matchedText() + "] <- " + h.phrasing();
            }
        }
        return new Pair(id, c.id(), positive, lex.coverage(c.id()), best, why);
    }

    private static void print(String name, List<Pair> pairs, java.util.function.Predicate<Pair> said) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Pair p : pairs) {
            boolean s = said.test(p);
            if (p.positive()) {
                if (s) tp++; else fn++;
            } else {
                if (s) fp++; else tn++;
            }
        }
        ConceptEvaluation.Counts c = new ConceptEvaluation.Counts(tp, fp, fn, tn);
        System.out.printf(Locale.ROOT, "%-14s %s%n", name, c);
    }
}
