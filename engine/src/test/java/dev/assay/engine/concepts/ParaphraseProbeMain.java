package dev.assay.engine.concepts;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.markdown.MarkdownBankImporter;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Development harness: the hand-written paraphrase probes ({@code concepts/paraphrase-probes.tsv}, or
 * the held-out {@code paraphrase-probes-heldout.tsv}) against the interview bank's rubric; with
 * {@code procedural}, the probes of {@code procedural-probes[-heldout].tsv} against the four new questions
 * of {@code procedural-probe-bank.md}. No answer or grade of the data set is read.
 * Run: java -cp … dev.assay.engine.concepts.ParaphraseProbeMain [procedural] [heldout] [all]
 */
public final class ParaphraseProbeMain {

    /** Probes run, those whose own concept was covered, and other concepts covered by mistake. */
    record Result(int probes, int covered, int othersCovered) {
        double recall() {
            return probes == 0 ? 0 : (double) covered / probes;
        }
    }

    public static void main(String[] args) throws IOException {
        boolean procedural = List.of(args).contains("procedural");
        String prefix = procedural ? "/concepts/procedural-probes" : "/concepts/paraphrase-probes";
        String file = prefix + (List.of(args).contains("heldout") ? "-heldout.tsv" : ".tsv");
        QuestionBank bank = procedural ? proceduralProbeBank() : ConceptEvalMain.load().bank;
        Result r = run(new ConceptMatcher(bank, ConceptEvalMain.settingsFromProps()), bank, file,
                List.of(args).contains("all") ? 2 : 1);
        System.out.printf(Locale.ROOT, "probes %d: recall %.3f (%d/%d), other concepts covered %d%n", r.probes(),
                r.recall(), r.covered(), r.probes(), r.othersCovered());
    }

    /** Runs the probes of a resource file; verbosity 0 prints nothing, 1 the misses, 2 every probe. */
    static Result run(ConceptMatcher m, QuestionBank bank, String file, int verbosity) throws IOException {
        double t = m.settings().coverageThreshold();
        String tsv;
        try (InputStream in = ParaphraseProbeMain.class.getResourceAsStream(file)) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int tp = 0;
        int fp = 0;
        int n = 0;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Question q = bank.question(f[0]).orElseThrow();
            ConceptMatch cm = m.match(TextAnalyzer.shared().analyze(f[2]), q);
            n++;
            StringBuilder others = new StringBuilder();
            for (Concept c : q.concepts()) {
                double cov = cm.coverage(c.id());
                if (c.id().equals(f[1])) {
                    tp += cov >= t ? 1 : 0;
                } else if (cov >= t) {
                    fp++;
                    others.append(String.format(Locale.ROOT, " FP %s=%.2f", c.id(), cov));
                }
            }
            double own = cm.coverage(f[1]);
            if (verbosity > 1 || verbosity == 1 && (own < t || others.length() > 0)) {
                System.out.printf(Locale.ROOT, "%s %-3s %s %.2f%s | %s%n", own >= t ? "ok  " : "MISS", f[0], f[1], own,
                        others, f[2]);
                cm.hits().stream().filter(h -> h.conceptId().equals(f[1])).forEach(h -> System.out.printf(
                        Locale.ROOT, "        %.2f%s [%s] <- %s%n", h.strength(), h.negated() ? " NEG" : "",
                        h.matchedText(), h.phrasing()));
            }
        }
        return new Result(n, tp, fp);
    }

    /** The four procedural questions no interview-set answer answers ({@code concepts/procedural-probe-bank.md}). */
    static QuestionBank proceduralProbeBank() throws IOException {
        try (InputStream in = ParaphraseProbeMain.class.getResourceAsStream("/concepts/procedural-probe-bank.md")) {
            return MarkdownBankImporter.importBank("procedural-probe-bank.md",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)).bank();
        }
    }
}
