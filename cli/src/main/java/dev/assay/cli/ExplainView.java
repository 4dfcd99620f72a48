package dev.assay.cli;

import dev.assay.engine.concepts.ConceptMatcher;
import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Evidence;
import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.evaluation.SegmentView;
import dev.assay.rubric.model.Question;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;

/** Renders one Evaluation for a terminal: the text with its STAR parts marked, the criteria, flags, feedback. */
final class ExplainView {

    /** The strength from which a concept's evidence earns credit (the matcher's default setting). */
    private static final double COUNTS_FROM = ConceptMatcher.Settings.DEFAULT.coverageThreshold();

    private final Ansi ansi;

    ExplainView(Ansi ansi) {
        this.ansi = ansi;
    }

    String render(Question q, String text, Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(ansi.string("@|bold Answer " + esc(e.answerId()) + "|@ to " + q.id() + ": " + esc(q.prompt())))
                .append('\n');
        sb.append(ansi.string(String.format(Locale.ROOT, "@|bold Score %.2f / %.0f|@", e.score(), e.max())))
                .append(e.band() == null ? "" : " (" + e.band() + ")")
                .append(String.format(Locale.ROOT, ", confidence %.2f%n", e.confidence()));
        if (e.label() != null) {
            sb.append("Label: ").append(e.label()).append(String.format(Locale.ROOT,
                    " (the tuned label model's, probability %.2f)%n", e.labelConfidence()));
        }
        sb.append("Flags: ").append(e.flags().isEmpty() ? "none"
                : e.flags().stream().map(Flag::wireName).collect(Collectors.joining(", "))).append("\n\n");

        if (!e.segments().isEmpty()) {
            sb.append(ansi.string("@|bold STAR segments|@")).append('\n');
            for (SegmentView s : e.segments()) {
                sb.append(ansi.string("  @|" + colour(s.label()) + " [" + s.label() + "]|@ "))
                        .append(oneLine(text.substring(s.start(), s.end())))
                        .append(String.format(Locale.ROOT, "  (%.2f)%n", s.confidence()));
            }
            sb.append('\n');
        } else {
            sb.append(ansi.string("@|bold Text|@")).append('\n').append(indent(text)).append("\n\n");
        }

        sb.append(ansi.string("@|bold Criteria|@")).append('\n');
        for (Criterion c : e.criteria()) {
            sb.append(String.format(Locale.ROOT, "  %-18s %-13s weight %5.2f  credit %4.2f  %s%n",
                    c.id(), c.kind(), c.weight(), c.credit(), esc(c.label())));
            boolean concept = c.kind().equals("concept") || c.kind().equals("misconception");
            for (Evidence ev : c.evidence()) {
                String mark = ev.negated() ? ansi.string("@|red NEGATED|@ ") : "";
                sb.append("      ").append(mark).append('"').append(esc(oneLine(ev.text()))).append('"')
                        .append(String.format(Locale.ROOT, " @%d-%d", ev.start(), ev.end()))
                        .append(concept ? String.format(Locale.ROOT, " strength %.2f", ev.strength()) : "")
                        .append(ev.meaning() == null ? "" : " by meaning: " + esc(ev.meaning()))
                        .append('\n');
            }
            double strongestShown = c.evidence().stream().filter(ev -> !ev.negated())
                    .mapToDouble(ev -> ev.strength()).max().orElse(0);
            if (c.kind().equals("concept") && c.credit() > strongestShown + 0.005) {
                // a credit above every piece shown would otherwise read as a bug
                sb.append("      (the pieces add up: credit is 1 - (1 - s1)(1 - s2)… over each phrasing's strongest piece)\n");
            }
            if (c.kind().equals("concept") && c.credit() == 0 && c.evidence().stream().anyMatch(ev -> !ev.negated())) {
                // evidence shown with no credit would otherwise read as a bug
                double strongest = c.evidence().stream().filter(ev -> !ev.negated())
                        .mapToDouble(ev -> ev.strength()).max().orElse(0);
                sb.append(String.format(Locale.ROOT, "      (too weak to count: strongest %.3f, a point counts from"
                        + " strength %.2f)%n", strongest, COUNTS_FROM));
            }
        }
        sb.append('\n').append(ansi.string("@|bold Similarity|@")).append(String.format(Locale.ROOT,
                " cosine %.2f, BM25 %.2f of the model's own, copy overlap %.2f, topic %.2f%s%n",
                e.similarity().cosine(), e.similarity().bm25Normalized(), e.similarity().copyOverlap(),
                e.similarity().ownTopic(), e.similarity().nearestOtherQuestion() == null
                        ? " (no other question shares its words)"
                        : String.format(Locale.ROOT, " (nearest other: %s %.2f)", e.similarity().nearestOtherQuestion(),
                        e.similarity().nearestOtherTopic())));
        sb.append('\n').append(ansi.string("@|bold Feedback|@")).append('\n');
        List<String> feedback = e.feedback();
        if (feedback.isEmpty()) {
            sb.append("  Nothing to add: the answer covers what the rubric asks.\n");
        }
        feedback.forEach(f -> sb.append("  - ").append(esc(f)).append('\n'));
        return sb.toString();
    }

    private static String colour(String label) {
        return switch (label) {
            case "S" -> "cyan";
            case "T" -> "magenta";
            case "A" -> "green";
            case "R" -> "yellow";
            default -> "faint";
        };
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ⏎ ");
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ");
    }

    /** picocli markup uses @| and |@; keep answer text literal. */
    private static String esc(String s) {
        return s == null ? "" : s.replace("@|", "@ |").replace("|@", "| @");
    }
}
