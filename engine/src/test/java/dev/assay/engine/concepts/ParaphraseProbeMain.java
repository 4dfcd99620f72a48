package dev.assay.engine.concepts;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Development harness: the hand-written paraphrase probes ({@code concepts/paraphrase-probes.tsv}, or
 * the held-out {@code paraphrase-probes-heldout.tsv})
 * against the interview bank's rubric. No answer or grade of the data set is read.
 * Run: java -cp … dev.assay.engine.concepts.ParaphraseProbeMain [heldout] [all]
 */
public final class ParaphraseProbeMain {

    public static void main(String[] args) throws IOException {
        boolean all = List.of(args).contains("all");
        String file = List.of(args).contains("heldout") ? "/concepts/paraphrase-probes-heldout.tsv"
                : "/concepts/paraphrase-probes.tsv";
        InterviewAnswersData d = ConceptEvalMain.load();
        ConceptMatcher m = new ConceptMatcher(d.bank, ConceptEvalMain.settingsFromProps());
        double t = m.settings().coverageThreshold();
        String tsv;
        try (InputStream in = ParaphraseProbeMain.class.getResourceAsStream(file)) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int n = 0;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Question q = d.bank.question(f[0]).orElseThrow();
            ConceptMatch cm = m.match(TextAnalyzer.shared().analyze(f[2]), q);
            n++;
            StringBuilder others = new StringBuilder();
            for (Concept c : q.concepts()) {
                double cov = cm.coverage(c.id());
                if (c.id().equals(f[1])) {
                    if (cov >= t) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else if (cov >= t) {
                    fp++;
                    others.append(String.format(Locale.ROOT, " FP %s=%.2f", c.id(), cov));
                }
            }
            double own = cm.coverage(f[1]);
            if (all || own < t || others.length() > 0) {
                System.out.printf(Locale.ROOT, "%s %-3s %s %.2f%s | %s%n", own >= t ? "ok  " : "MISS", f[0], f[1], own,
                        others, f[2]);
                cm.hits().stream().filter(h -> h.conceptId().equals(f[1])).forEach(h -> System.out.printf(
                        Locale.ROOT, "        %.2f%s [%s] <- %s%n", h.strength(), h.negated() ? " NEG" : "",
                        h.matchedText(), h.phrasing()));
            }
        }
        System.out.printf(Locale.ROOT, "probes %d: recall %.3f (%d/%d), other concepts covered %d%n", n,
                (double) tp / n, tp, n, fp);
    }
}
