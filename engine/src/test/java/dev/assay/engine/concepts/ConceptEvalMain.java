package dev.assay.engine.concepts;

import java.util.List;
import java.util.Locale;

/**
 * Development harness: DEV (default) or TEST figures and, with "errors", the DEV disagreements.
 * Run: java -cp … dev.assay.engine.concepts.ConceptEvalMain [dev|test|both] [errors]
 */
public final class ConceptEvalMain {

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "dev";
        if (which.equals("phrases")) {
            InterviewAnswersData d = load();
            ConceptMatcher cm = new ConceptMatcher(d.bank, settingsFromProps());
            var q = d.bank.question(args[1]).orElseThrow();
            cm.match(dev.assay.engine.analysis.TextAnalyzer.shared().analyze("x"), q);
            for (Phrase p : cm.phrases(q)) {
                System.out.printf(Locale.ROOT, "%s %-45s total=%.2f %s%n", p.ownerId(), p.text(), p.total(),
                        p.slots().stream().map(sl -> String.format(Locale.ROOT, "%s:%.2f%s", sl.primary(), sl.weight(),
                                sl.keys().keySet())).toList());
            }
            return;
        }
        boolean errors = args.length > 1 && args[1].equals("errors");
        InterviewAnswersData data = load();
        ConceptMatcher.Settings s = settingsFromProps();
        ConceptMatcher m = new ConceptMatcher(data.bank, s);
        List<ConceptEvaluation.Scored> dev = ConceptEvaluation.score(m, data.items(InterviewAnswersData.DEV_PROCEDURAL));
        double best = ConceptEvaluation.bestThreshold(dev, 0.05, 0.95, 0.01);
        System.out.printf(Locale.ROOT, "settings %s%nDEV  best-threshold %.2f: %s%n", s, best, ConceptEvaluation.counts(dev, best));
        System.out.printf(Locale.ROOT, "DEV  at configured %.2f: %s%n", s.coverageThreshold(),
                ConceptEvaluation.counts(dev, s.coverageThreshold()));
        for (double t = 0.2; t <= 0.81; t += 0.1) {
            System.out.printf(Locale.ROOT, "   t=%.1f %s%n", t, ConceptEvaluation.counts(dev, t));
        }
        if (errors) {
            for (ConceptEvaluation.Scored sc : dev) {
                for (var e : sc.coverage().entrySet()) {
                    boolean said = e.getValue() >= s.coverageThreshold();
                    boolean pos = sc.item().positive().contains(e.getKey());
                    boolean neg = sc.item().negative().contains(e.getKey());
                    if ((pos && !said) || (neg && said)) {
                        System.out.printf(Locale.ROOT, "%s %s %s %s cov=%.2f%n", pos ? "FN" : "FP", sc.item().answerId(),
                                sc.item().question().id(), e.getKey(), e.getValue());
                        sc.match().hits().stream().filter(h -> h.conceptId().equals(e.getKey()))
                                .forEach(h -> System.out.printf(Locale.ROOT, "      %.2f%s [%s] <- %s%n", h.strength(),
                                        h.negated() ? " NEG" : "", h.matchedText(), h.phrasing()));
                    }
                }
            }
        }
        if (which.equals("test") || which.equals("both")) {
            List<ConceptEvaluation.Scored> test = ConceptEvaluation.score(m, data.items(InterviewAnswersData.TEST_PROCEDURAL));
            System.out.printf(Locale.ROOT, "TEST at configured %.2f: %s%n", s.coverageThreshold(),
                    ConceptEvaluation.counts(test, s.coverageThreshold()));
        }
    }

    static InterviewAnswersData load() {
        return InterviewAnswersData.load(InterviewAnswersData.dir());
    }

    static ConceptMatcher.Settings settingsFromProps() {
        ConceptMatcher.Settings d = ConceptMatcher.Settings.DEFAULT;
        return new ConceptMatcher.Settings(
                Double.parseDouble(System.getProperty("minShare", "" + d.minShare())),
                Integer.parseInt(System.getProperty("gapBase", "" + d.gapBase())),
                Double.parseDouble(System.getProperty("gapPerSlot", "" + d.gapPerSlot())),
                Double.parseDouble(System.getProperty("massFull", "" + d.massFull())),
                Double.parseDouble(System.getProperty("orderWeight", "" + d.orderWeight())),
                Double.parseDouble(System.getProperty("kwFactor", "" + d.keywordListFactor())),
                Integer.parseInt(System.getProperty("twoSent", "" + d.twoSentenceMinSlots())),
                Double.parseDouble(System.getProperty("general", "" + d.generalWeight())),
                Double.parseDouble(System.getProperty("threshold", "" + d.coverageThreshold())));
    }
}
