package dev.assay.cli.report;

import static dev.assay.cli.report.Html.esc;
import static dev.assay.cli.report.Html.num;

import dev.assay.engine.evaluation.Criterion;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Evidence;
import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.evaluation.SegmentView;
import dev.assay.engine.similarity.SimilarityReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One answer laid out as {@code explain} shows it, in HTML: the text with its STAR segments coloured
 * and labelled and its evidence marked and numbered after the criterion it supports, the criteria
 * with credit and evidence, flags, similarity, feedback and the human grades.
 */
final class AnswerView {

    private AnswerView() {
    }

    static String title(String label) {
        return switch (label) {
            case "S" -> "Situation";
            case "T" -> "Task";
            case "A" -> "Action";
            case "R" -> "Result";
            default -> "Other";
        };
    }

    /** A mark on the text: one piece of evidence, numbered after its criterion. */
    record Mark(int start, int end, int criterion, String label, boolean negated, boolean misconception) {
    }

    static String render(ReportData.Entry entry, ReportData.QuestionInfo q) {
        Evaluation e = entry.evaluation();
        String a = Html.anchor(e.answerId());
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"answer\">");
        if (q != null && q.prompt() != null) {
            sb.append("<p class=\"prompt\"><strong>").append(esc(q.id())).append(":</strong> ").append(esc(q.prompt()))
                    .append("</p>");
        }
        sb.append("<p class=\"facts\">Score <strong>").append(num(e.score(), 2)).append("</strong> of ")
                .append(num(e.max(), 0));
        if (e.band() != null) {
            sb.append(" · band <strong>").append(esc(e.band())).append("</strong>");
        }
        sb.append(" · confidence ").append(num(e.confidence(), 2));
        if (entry.hasHuman()) {
            sb.append(" · human <strong>").append(num(entry.human().mean(), 2)).append("</strong>");
        }
        sb.append(" · flags: ").append(e.flags().isEmpty() ? "none" : flagList(e.flags())).append("</p>");

        List<Criterion> criteria = e.criteria();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if ("concept".equals(c.kind()) || "misconception".equals(c.kind())) {
                for (Evidence ev : c.evidence()) {
                    marks.add(new Mark(ev.start(), ev.end(), i + 1, c.label() == null ? c.id() : c.label(), ev.negated(),
                            "misconception".equals(c.kind())));
                }
            }
        }
        String text = entry.text();
        sb.append("<h4>Answer</h4>");
        if (text == null) {
            sb.append("<p class=\"note\">The answer text is not available (it is not in the answers file, or no"
                    + " <code>--answers</code> was given): the evidence below is quoted from the evaluations file.</p>");
            if (!e.segments().isEmpty()) {
                sb.append("<ul class=\"seglist\">");
                for (SegmentView s : e.segments()) {
                    sb.append("<li><span class=\"tag tag-").append(cls(s.label())).append("\">").append(esc(s.label()))
                            .append(" · ").append(title(s.label())).append("</span> characters ").append(s.start())
                            .append("–").append(s.end()).append(" (confidence ").append(num(s.confidence(), 2))
                            .append(")</li>");
                }
                sb.append("</ul>");
            }
        } else {
            sb.append(markedText(text, e.segments(), marks, a));
        }

        sb.append("<h4>Criteria</h4><table class=\"criteria\"><thead><tr><th scope=\"col\">#</th>"
                + "<th scope=\"col\">Criterion</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Weight</th>"
                + "<th scope=\"col\" class=\"num\">Credit</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            boolean yes = ReportStats.credited(c);
            sb.append("<tr id=\"").append(a).append("-c").append(i + 1).append("\"><td>").append(i + 1).append("</td><td>")
                    .append(esc(c.label())).append(" <code>").append(esc(c.id())).append("</code></td><td>")
                    .append(esc(c.kind())).append("</td><td class=\"num\">").append(num(c.weight(), 2))
                    .append("</td><td class=\"num\"><span class=\"credit ").append(yes ? "yes" : "no").append("\">")
                    .append(num(c.credit(), 2)).append("</span></td><td>");
            if (c.evidence().isEmpty()) {
                sb.append("<span class=\"muted\">—</span>");
            }
            for (Evidence ev : c.evidence()) {
                sb.append("<div class=\"quote\">").append(ev.negated() ? "<span class=\"neg\">negated, not credited:</span> " : "")
                        .append("“").append(esc(clip(ev.text(), 160))).append("”")
                        .append(String.format(Locale.ROOT, " <span class=\"muted\">@%d–%d, strength %s%s</span>",
                                ev.start(), ev.end(), num(ev.strength(), 2),
                                ev.meaning() == null ? "" : ", by meaning: " + esc(ev.meaning())))
                        .append("</div>");
            }
            sb.append("</td></tr>");
        }
        sb.append("</tbody></table>");

        SimilarityReport s = e.similarity();
        if (s != null) {
            sb.append("<p class=\"facts\">Similarity: cosine ").append(num(s.cosine(), 2)).append(", BM25 ")
                    .append(num(s.bm25Normalized(), 2)).append(" of the model's own, copy overlap ")
                    .append(num(s.copyOverlap(), 2)).append(", topic ").append(num(s.ownTopic(), 2));
            if (s.nearestOtherQuestion() != null) {
                sb.append(" (nearest other question: ").append(esc(s.nearestOtherQuestion())).append(' ')
                        .append(num(s.nearestOtherTopic(), 2)).append(')');
            }
            sb.append("</p>");
        }
        sb.append("<h4>Feedback</h4>");
        if (e.feedback().isEmpty()) {
            sb.append("<p class=\"muted\">Nothing to add: the answer covers what the rubric asks.</p>");
        } else {
            sb.append("<ul class=\"feedback\">");
            e.feedback().forEach(f -> sb.append("<li>").append(esc(f)).append("</li>"));
            sb.append("</ul>");
        }
        if (entry.hasHuman()) {
            sb.append("<h4>Human grades</h4><ul class=\"raters\">");
            for (HumanGrades.RaterScore r : entry.human().raters()) {
                sb.append("<li><strong>").append(esc(r.rater())).append("</strong>: ").append(num(r.score(), 1));
                if (r.hasPoints()) {
                    sb.append(" · points ").append(r.points().isEmpty() ? "none" : esc(String.join(", ", r.points())));
                }
                if (r.note() != null) {
                    sb.append(" · <q>").append(esc(r.note())).append("</q>");
                }
                sb.append("</li>");
            }
            sb.append("</ul>");
        }
        return sb.append("</div>").toString();
    }

    static String flagList(List<Flag> flags) {
        StringBuilder sb = new StringBuilder();
        for (Flag f : flags) {
            sb.append("<span class=\"flag flag-").append(f.wireName()).append("\">").append(f.wireName()).append("</span> ");
        }
        return sb.toString().strip();
    }

    static String cls(String label) {
        return switch (label) {
            case "S", "T", "A", "R" -> label;
            default -> "O";
        };
    }

    /**
     * The text cut at every segment and evidence boundary; each piece is written once, inside its
     * segment's span and a {@code <mark>} when evidence covers it. Spans outside the text (an answers
     * file that is not the one graded) are left out and said so.
     */
    static String markedText(String text, List<SegmentView> segments, List<Mark> marks, String anchor) {
        int len = text.length();
        List<SegmentView> segs = segments.stream().filter(s -> s.start() >= 0 && s.end() <= len && s.start() < s.end())
                .toList();
        List<Mark> ms = marks.stream().filter(m -> m.start() >= 0 && m.end() <= len && m.start() < m.end()).toList();
        boolean dropped = segs.size() < segments.size() || ms.size() < marks.size();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(len);
        segs.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        ms.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        StringBuilder sb = new StringBuilder("<div class=\"text\">");
        SegmentView open = null;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int from = prev;
                SegmentView seg = segs.stream().filter(s -> s.start() <= from && from < s.end()).findFirst().orElse(null);
                if (seg != open) {
                    if (open != null) {
                        sb.append("</span>");
                    }
                    if (seg != null) {
                        String l = cls(seg.label());
                        sb.append("<span class=\"seg seg-").append(l).append("\"><span class=\"tag tag-").append(l)
                                .append("\" title=\"").append(title(seg.label())).append(", confidence ")
                                .append(num(seg.confidence(), 2)).append("\">").append(esc(seg.label())).append(" · ")
                                .append(title(seg.label())).append("</span> ");
                    }
                    open = seg;
                }
                List<Mark> covering = ms.stream().filter(m -> m.start() <= from && from < m.end()).toList();
                String piece = esc(text.substring(from, cut));
                if (covering.isEmpty()) {
                    sb.append(piece);
                } else {
                    boolean neg = covering.stream().allMatch(Mark::negated);
                    boolean mis = covering.stream().anyMatch(m -> m.misconception() && !m.negated());
                    StringBuilder t = new StringBuilder();
                    covering.forEach(m -> t.append(t.length() == 0 ? "" : "; ").append(m.label())
                            .append(m.negated() ? " (negated, not credited)" : ""));
                    sb.append("<mark class=\"ev").append(neg ? " neg" : "").append(mis ? " mis" : "").append("\" title=\"")
                            .append(esc(t.toString())).append("\">").append(piece).append("</mark>");
                }
                for (Mark m : ms) {
                    if (m.end() == cut) {
                        sb.append("<a class=\"ref").append(m.negated() ? " neg" : "").append("\" href=\"#").append(anchor)
                                .append("-c").append(m.criterion()).append("\" title=\"").append(esc(m.label()))
                                .append("\">").append(m.negated() ? "not " : "").append(m.criterion()).append("</a>");
                    }
                }
            }
            prev = cut;
        }
        if (open != null) {
            sb.append("</span>");
        }
        sb.append("</div>");
        if (dropped) {
            sb.append("<p class=\"note\">Some segments or evidence fall outside this text and are not shown: the answers"
                    + " file may not be the one that was graded.</p>");
        }
        return sb.toString();
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
