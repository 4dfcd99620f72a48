package dev.assay.engine.star;

import java.util.List;
import java.util.Map;

/**
 * Development harness for the STAR probes: the guide set's table and, per sentence, gold and
 * predicted labels where they differ. {@code heldout} prints the held-out table only.
 */
public final class StarProbeMain {

    public static void main(String[] args) throws Exception {
        var bank = StarProbes.bank();
        List<StarProbes.Probe> probes = StarProbes.load();
        StarSegmenter seg = new StarSegmenter();
        if (List.of(args).contains("heldout")) {
            System.out.println(StarProbes.evaluate(seg, probes, bank, true).render("STAR probes, held out (p09-p16)"));
            return;
        }
        for (StarProbes.Probe p : probes) {
            if (p.heldOut()) {
                continue;
            }
            List<Segment> pred = StarProbes.predict(seg, p, bank);
            for (Segment g : p.gold()) {
                StringBuilder got = new StringBuilder();
                for (Segment s : pred) {
                    if (s.end() > g.begin() && s.begin() < g.end()) {
                        got.append(s.label());
                    }
                }
                boolean ok = got.toString().equals(g.label().name());
                System.out.printf("%s %s %s <- %-4s| %s%n", ok ? "  " : "XX", p.id(), g.label(), got,
                        p.text().substring(g.begin(), g.end()));
            }
        }
        System.out.println(StarProbes.evaluate(seg, probes, bank, false).render("STAR probes, guide (p01-p08, p17-p22)"));
    }
}
