package dev.assay.engine.star;

import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.markdown.MarkdownBankImporter;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written STAR probes ({@code star/star-probes.txt}, answers to the four questions of
 * {@code star/probe-bank.md}, which no interview-set answer answers): a check of the segmenter on
 * questions and wording it was not built on. Each answer is its sentences joined by one space;
 * the gold segments are the sentences with their labels.
 */
final class StarProbes {

    /** Probes p09–p16, p35–p46 and p79–p86 are held out; the others guide changes. */
    record Probe(String id, String questionId, String text, List<Segment> gold) {
        boolean heldOut() {
            int n = Integer.parseInt(id.substring(1));
            return n >= 9 && n <= 16 || n >= 35 && n <= 46 || n >= 79 && n <= 86;
        }
    }

    private StarProbes() {
    }

    static Map<String, Question> bank() throws IOException {
        Map<String, Question> out = new LinkedHashMap<>();
        for (Question q : MarkdownBankImporter.importBank("probe-bank.md", resource("probe-bank.md")).bank().questions()) {
            out.put(q.id(), q);
        }
        return out;
    }

    static List<Probe> load() throws IOException {
        List<Probe> probes = new ArrayList<>();
        String id = null;
        String question = null;
        StringBuilder text = new StringBuilder();
        List<Segment> gold = new ArrayList<>();
        int lineNo = 0;
        for (String line : (resource("star-probes.txt") + "\n= end -").split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("= ")) {
                if (id != null) {
                    probes.add(new Probe(id, question, text.toString(), List.copyOf(gold)));
                }
                String[] parts = line.substring(2).trim().split("\\s+");
                id = parts[0];
                question = parts[1];
                text.setLength(0);
                gold.clear();
                continue;
            }
            int bar = line.indexOf("| ");
            if (bar != 1 || id == null) {
                throw new IllegalStateException("star-probes.txt:" + lineNo + ": expected 'L| sentence', got: " + line);
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(line.substring(3));
            gold.add(new Segment(StarLabel.valueOf(line.substring(0, 1)), begin, text.length(), 1.0));
        }
        return probes;
    }

    /** Character-level agreement over the guide probes ({@code heldOut == false}) or the held-out ones. */
    static StarEvaluation evaluate(StarSegmenter segmenter, List<Probe> probes, Map<String, Question> bank,
            boolean heldOut) {
        StarEvaluation all = new StarEvaluation();
        for (Probe p : probes) {
            if (p.heldOut() == heldOut) {
                all.add(p.text(), p.gold(), predict(segmenter, p, bank));
            }
        }
        return all;
    }

    static List<Segment> predict(StarSegmenter segmenter, Probe p, Map<String, Question> bank) {
        return segmenter.segment(TextAnalyzer.shared().analyze(p.text()), bank.get(p.questionId()));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StarProbes.class.getResourceAsStream("/star/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /star/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
