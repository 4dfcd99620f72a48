package dev.assay.cli.report;

import static dev.assay.cli.report.Html.anchor;
import static dev.assay.cli.report.Html.esc;
import static dev.assay.cli.report.Html.num;
import static dev.assay.cli.report.Html.pct;

import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.Evidence;
import dev.assay.engine.evaluation.Flag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the report as one self-contained HTML page: inline CSS, inline SVG charts, a few lines of
 * inline script (sorting, opening a linked answer, opening every answer for print) that the page
 * does not need to be read. A Content-Security-Policy forbids every fetch, so the page cannot reach
 * the network even if some text in it names an address.
 */
public final class ReportPage {

    /** The page's Content-Security-Policy: nothing may be loaded; inline style and script only. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
            + " img-src data:; base-uri 'none'; form-action 'none'";
    static final int TOP_MISSED = 15;
    static final int IDS_SHOWN = 12;

    private final ReportData data;
    private final ReportStats stats;
    private final StringBuilder sb = new StringBuilder(1 << 16);

    private ReportPage(ReportData data) {
        this.data = data;
        this.stats = new ReportStats(data);
    }

    /** The page for the joined data. */
    static String render(ReportData data, String title) {
        return new ReportPage(data).page(title);
    }

    private String page(String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"generator\" content=\"Assay report\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(ReportCss.CSS)
                .append("</style></head><body><main>\n");
        header(title);
        notices();
        if (data.hasGrades) {
            agreement();
        }
        distribution();
        coverage();
        flags();
        review();
        answers();
        sb.append("<footer><p>Made by <code>assay report</code>. Scores, bands, criteria, evidence and flags are"
                + " the engine's, read from the evaluations file; nothing is re-graded. Assay is free software under"
                + " GPL-3.0-or-later.</p></footer>\n");
        sb.append("</main><script>").append(SCRIPT).append("</script></body></html>\n");
        return sb.toString();
    }

    private void header(String title) {
        List<ReportData.Entry> es = data.entries;
        sb.append("<header class=\"top\"><h1>").append(esc(title)).append("</h1><p class=\"sub\">Evaluations: <code>")
                .append(esc(name(data.inputs.evaluations()))).append("</code>");
        if (data.inputs.answers() != null) {
            sb.append(" · answers: <code>").append(esc(name(data.inputs.answers()))).append("</code>");
        }
        for (Path g : data.inputs.grades()) {
            sb.append(" · grades: <code>").append(esc(name(g))).append("</code>");
        }
        if (data.inputs.bank() != null) {
            sb.append(" · bank: <code>").append(esc(name(data.inputs.bank()))).append("</code>");
        }
        sb.append("</p>");
        Set<String> versions = new LinkedHashSet<>();
        for (ReportData.Entry e : es) {
            if (e.evaluation().versions() != null) {
                var v = e.evaluation().versions();
                versions.add("engine " + v.engine() + ", weights " + v.weights() + ", rubric "
                        + (v.rubricHash() == null ? "?" : v.rubricHash().substring(0, Math.min(v.rubricHash().length(), 19)))
                        + (v.encoder() == null ? "" : ", semantic mode (" + v.encoder() + ")"));
            }
        }
        if (!versions.isEmpty()) {
            sb.append("<p class=\"sub\">Graded by ").append(esc(String.join("; ", versions))).append("</p>");
        }
        sb.append("<div class=\"cards\">");
        card(Integer.toString(es.size()), "answers graded");
        card(Integer.toString(data.evaluationProblems.size()), "error records");
        card(Integer.toString(data.questions.size()), "questions");
        card(num(es.stream().mapToDouble(e -> e.evaluation().score()).average().orElse(Double.NaN), 2), "mean score");
        card(Long.toString(es.stream().filter(e -> !e.evaluation().flags().isEmpty()).count()), "answers flagged");
        card(Integer.toString(stats.review.size()), "for human review");
        if (stats.overall != null) {
            card(num(stats.overall.agreement().qwk(), 3), "QWK with humans");
            card(num(stats.overall.agreement().pearson(), 3), "Pearson r");
        }
        sb.append("</div>");
        sb.append("<nav class=\"toc\" aria-label=\"Sections\">");
        if (data.hasGrades) {
            sb.append("<a href=\"#agreement\">Agreement</a><a href=\"#disagreements\">Largest disagreements</a>");
        }
        sb.append("<a href=\"#distribution\">Scores</a><a href=\"#coverage\">Coverage</a><a href=\"#flags\">Flags</a>"
                + "<a href=\"#review\">Human review</a><a href=\"#answers\">All answers</a></nav></header>\n");
    }

    private void card(String value, String label) {
        sb.append("<div class=\"card\"><span class=\"v\">").append(esc(value)).append("</span><span class=\"k\">")
                .append(esc(label)).append("</span></div>");
    }

    private void notices() {
        if (data.entries.isEmpty()) {
            sb.append("<div class=\"notice bad\" id=\"no-evaluations\" role=\"status\"><h3>No evaluations</h3><p>The"
                    + " evaluations file <code>").append(esc(name(data.inputs.evaluations()))).append("</code> holds no"
                    + " graded answer").append(data.evaluationProblems.isEmpty() ? " (it is empty)" : "")
                    .append(", so there are no scores to show.</p></div>");
        }
        if (!data.evaluationProblems.isEmpty()) {
            sb.append("<div class=\"notice bad\" id=\"error-records\"><h3>").append(data.evaluationProblems.size())
                    .append(data.evaluationProblems.size() == 1 ? " line is" : " lines are")
                    .append(" not graded answers</h3><p>Error records of <code>assay grade</code> and lines that could"
                            + " not be read are left out of every figure below.</p>");
            sb.append("<table><thead><tr><th scope=\"col\" class=\"num\">Line</th><th scope=\"col\">Answer id</th>"
                    + "<th scope=\"col\">Problem</th></tr></thead><tbody>");
            for (EvaluationsFile.Problem p : data.evaluationProblems) {
                sb.append("<tr><td class=\"num\">").append(p.line()).append("</td><td>")
                        .append(p.answerId() == null ? "<span class=\"muted\">unknown</span>" : esc(p.answerId()))
                        .append("</td><td>").append(p.fromGrader() ? "" : "<em>unreadable line:</em> ")
                        .append(esc(p.message())).append("</td></tr>");
            }
            sb.append("</tbody></table></div>");
        }
        if (!data.gradesWithoutEvaluation.isEmpty()) {
            sb.append("<div class=\"notice\" id=\"grades-without-evaluation\"><h3>")
                    .append(data.gradesWithoutEvaluation.size())
                    .append(data.gradesWithoutEvaluation.size() == 1 ? " human grade is" : " human grades are")
                    .append(" for answers not in the evaluations</h3><p>They are left out of the agreement figures: ")
                    .append(esc(String.join(", ", data.gradesWithoutEvaluation))).append(".</p></div>");
        }
        if (!data.gradeProblems.isEmpty()) {
            sb.append("<div class=\"notice\" id=\"grade-problems\"><h3>Unusable lines in the grades files</h3><ul>");
            data.gradeProblems.forEach(p -> sb.append("<li><code>").append(esc(name(p.file()))).append("</code> line ")
                    .append(p.line()).append(": ").append(esc(p.message())).append("</li>"));
            sb.append("</ul></div>");
        }
        if (data.inputs.answers() == null && !data.entries.isEmpty()) {
            sb.append("<div class=\"notice\" id=\"texts-missing\"><h3>Answer texts not given</h3><p>The evaluations"
                    + " file says where in each answer the evidence lies, not what the answer says. Pass the graded"
                    + " answers file with <code>--answers</code> to see each answer with its ")
                    .append(hasSegments() ? "STAR segments and " : "").append("evidence marked; until then the"
                            + " evidence is quoted from the evaluations file.</p></div>");
        } else if (!data.missingTexts.isEmpty()) {
            sb.append("<div class=\"notice\" id=\"texts-missing\"><h3>").append(data.missingTexts.size())
                    .append(" answer texts missing</h3><p>Not in <code>").append(esc(name(data.inputs.answers())))
                    .append("</code>: ").append(idLinks(data.missingTexts)).append("</p></div>");
        }
        if (!data.answerProblems.isEmpty()) {
            sb.append("<div class=\"notice\" id=\"answer-problems\"><h3>Unreadable records in the answers file</h3><ul>");
            data.answerProblems.stream().limit(50).forEach(p -> sb.append("<li>").append(esc(p)).append("</li>"));
            sb.append("</ul></div>");
        }
    }

    private void distribution() {
        sb.append("<section aria-labelledby=\"distribution\"><h2 id=\"distribution\">Score distribution</h2>");
        sb.append("<div class=\"charts\"><figure>").append(Svg.histogram("chart-histogram-all", "Scores of all answers",
                stats.histograms.get(0), 460, 230)).append("<figcaption>All answers, in ").append(ReportStats.BINS)
                .append(" equal score ranges (a score on a range's upper edge counts in the next range; the top"
                        + " range includes the maximum).</figcaption></figure>");
        List<Svg.Bar> bandBars = new ArrayList<>();
        int total = data.entries.size();
        stats.bands.forEach((b, n) -> bandBars.add(new Svg.Bar(b, n, n + " (" + pct(total == 0 ? Double.NaN
                : n / (double) total) + ")", null)));
        int most = stats.bands.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        sb.append("<figure>").append(Svg.bars("chart-bands", "Answers per band", "Number of answers in each band",
                bandBars, most, 460, 110, Svg.BAR)).append("<figcaption>Answers per band.</figcaption></figure></div>");
        sb.append("<h3>Per question</h3><div class=\"small-multiples\">");
        for (ReportStats.Histogram h : stats.histograms.subList(1, stats.histograms.size())) {
            sb.append("<figure>").append(Svg.histogram("chart-histogram-" + Html.anchor(h.scope()).substring(7),
                    "Scores of " + h.scope(), h, 280, 160)).append("<figcaption>").append(esc(h.scope()));
            ReportData.QuestionInfo q = data.questions.get(h.scope());
            if (q != null && q.prompt() != null) {
                sb.append(": ").append(esc(AnswerView.clip(q.prompt(), 90)));
            }
            sb.append("</figcaption></figure>");
        }
        sb.append("</div>");
        Set<String> bandNames = stats.bands.keySet();
        sb.append("<table id=\"table-questions\"><caption>Scores and bands per question</caption><thead><tr>"
                + "<th scope=\"col\">Question</th><th scope=\"col\" class=\"num\">Answers</th><th scope=\"col\" class=\"num\">"
                + "Mean</th><th scope=\"col\" class=\"num\">Min</th><th scope=\"col\" class=\"num\">Max</th>");
        bandNames.forEach(b -> sb.append("<th scope=\"col\" class=\"num\">").append(esc(b)).append("</th>"));
        sb.append("</tr></thead><tbody>");
        for (ReportData.QuestionInfo q : data.questions.values()) {
            double[] scores = data.entries.stream().filter(e -> e.evaluation().questionId().equals(q.id()))
                    .mapToDouble(e -> e.evaluation().score()).toArray();
            sb.append("<tr><th scope=\"row\">").append(esc(q.id())).append("</th><td class=\"num\">").append(scores.length)
                    .append("</td><td class=\"num\">").append(num(java.util.Arrays.stream(scores).average().orElse(Double.NaN), 2))
                    .append("</td><td class=\"num\">").append(num(java.util.Arrays.stream(scores).min().orElse(Double.NaN), 2))
                    .append("</td><td class=\"num\">").append(num(java.util.Arrays.stream(scores).max().orElse(Double.NaN), 2))
                    .append("</td>");
            Map<String, Integer> counts = stats.bandsByQuestion.get(q.id());
            bandNames.forEach(b -> sb.append("<td class=\"num\">").append(counts.getOrDefault(b, 0)).append("</td>"));
            sb.append("</tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private void coverage() {
        sb.append("<section aria-labelledby=\"coverage\"><h2 id=\"coverage\">Criterion coverage</h2>")
                .append("<p class=\"explain\">How often each rubric criterion got credit: a concept")
                .append(hasKind("star") ? hasKind("structure") ? ", STAR part" : " or STAR part" : "")
                .append(hasKind("structure") ? " or structural criterion" : "")
                .append(" counts as covered at a credit of ")
                .append(num(ReportStats.CREDITED, 1))
                .append(" or more (half of what it can earn; a concept earns nothing until the answer is found"
                        + " to cover it); a misconception counts when the answer states it."
                        + " The chart shows what candidates miss most.</p>");
        List<ReportStats.Coverage> missed = stats.mostMissed();
        List<Svg.Bar> bars = new ArrayList<>();
        for (ReportStats.Coverage c : missed.subList(0, Math.min(TOP_MISSED, missed.size()))) {
            bars.add(new Svg.Bar(c.questionId() + " · " + (c.label() == null ? c.criterionId() : c.label()),
                    c.missedShare(), pct(c.missedShare()) + ("misconception".equals(c.kind()) ? " state it" : " miss it"),
                    "#" + coverageAnchor(c)));
        }
        if (bars.isEmpty()) {
            sb.append("<p class=\"muted\">No criteria to show.</p>");
        } else {
            sb.append("<figure>").append(Svg.bars("chart-coverage", "Most missed criteria",
                    "Share of answers missing each criterion (for misconceptions: stating it), most missed first",
                    bars, 1.0, 900, 330, "#e8590c")).append("<figcaption>The ").append(bars.size())
                    .append(" most missed criteria; each bar links to its row below.</figcaption></figure>");
        }
        sb.append("<table id=\"table-coverage\"><caption>Coverage per question and criterion</caption><thead><tr>"
                + "<th scope=\"col\">Question</th><th scope=\"col\">Criterion</th><th scope=\"col\">Kind</th>"
                + "<th scope=\"col\" class=\"num\">Answers</th><th scope=\"col\">Covered</th>"
                + "<th scope=\"col\" class=\"num\">Mean credit</th><th scope=\"col\">Answers missing it (misconception:"
                + " stating it)</th></tr></thead><tbody>");
        for (ReportStats.Coverage c : stats.coverage) {
            sb.append("<tr id=\"").append(coverageAnchor(c)).append("\"><td>").append(esc(c.questionId()))
                    .append("</td><td>").append(esc(c.label())).append(" <code>").append(esc(c.criterionId()))
                    .append("</code></td><td>").append(esc(c.kind())).append("</td><td class=\"num\">").append(c.n())
                    .append("</td><td class=\"nowrap\">").append(meter(c.share())).append(c.credited()).append(" · ").append(pct(c.share()))
                    .append("</td><td class=\"num\">").append(num(c.meanCredit(), 2)).append("</td><td class=\"ids\">")
                    .append(idLinks(c.missing())).append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private static String coverageAnchor(ReportStats.Coverage c) {
        return "coverage-" + anchor(c.questionId() + "." + c.criterionId()).substring(7);
    }

    private void flags() {
        sb.append("<section aria-labelledby=\"flags\"><h2 id=\"flags\">Flags</h2>");
        if (stats.flags.isEmpty()) {
            sb.append("<p>No answer was flagged.</p></section>\n");
            return;
        }
        sb.append("<table id=\"table-flags\"><thead><tr><th scope=\"col\">Flag</th><th scope=\"col\" class=\"num\">"
                + "Answers</th><th scope=\"col\">Flagged answers</th></tr></thead><tbody>");
        for (Map.Entry<Flag, List<String>> f : stats.flags.entrySet()) {
            sb.append("<tr><th scope=\"row\">").append(AnswerView.flagList(List.of(f.getKey())))
                    .append("</th><td class=\"num\">").append(f.getValue().size()).append("</td><td class=\"ids\">")
                    .append(idLinks(f.getValue(), Integer.MAX_VALUE)).append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private void review() {
        sb.append("<section aria-labelledby=\"review\"><h2 id=\"review\">Routed to human review</h2>");
        if (stats.review.isEmpty()) {
            sb.append("<p>No answer carries <code>needs_human_review</code>.</p></section>\n");
            return;
        }
        sb.append("<p class=\"explain\">Answers whose confidence fell below the review threshold of the grading run,"
                + " least confident first.</p><table id=\"table-review\"><thead><tr><th scope=\"col\">Answer</th>"
                + "<th scope=\"col\">Question</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\" class=\"num\">"
                + "Confidence</th><th scope=\"col\">Other flags</th></tr></thead><tbody>");
        for (ReportData.Entry e : stats.review) {
            Evaluation ev = e.evaluation();
            sb.append("<tr><td>").append(idLink(e.id())).append("</td><td>").append(esc(ev.questionId()))
                    .append("</td><td class=\"num\">").append(num(ev.score(), 2)).append("</td><td class=\"num\">")
                    .append(num(ev.confidence(), 2)).append("</td><td>")
                    .append(AnswerView.flagList(ev.flags().stream().filter(f -> f != Flag.NEEDS_HUMAN_REVIEW).toList()))
                    .append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private void agreement() {
        sb.append("<section aria-labelledby=\"agreement\"><h2 id=\"agreement\">Agreement with human grades</h2>");
        int raters = data.raters.size();
        sb.append("<p class=\"explain\">").append(stats.pairs.size()).append(" of ").append(data.entries.size())
                .append(" graded answers have a human grade");
        if (raters > 1) {
            sb.append(" (the mean of the ").append(raters).append(" raters' grades: ")
                    .append(esc(String.join(", ", data.raters))).append(")");
        }
        sb.append(". QWK, exact and adjacent agreement compare scores rounded to whole points (half up) and clamped"
                + " to the scale; Pearson, Spearman and RMSE use the unrounded scores. The figures are"
                + " computed as <code>assay eval</code> computes them; correlations need at least 3 pairs (–"
                + " otherwise).</p>");
        if (stats.pairs.isEmpty()) {
            sb.append("<p>No answer in the evaluations has a human grade.</p></section>\n");
            return;
        }
        sb.append("<table id=\"table-agreement\"><caption>Engine score against the human grade</caption><thead><tr>"
                + "<th scope=\"col\">Answers</th><th scope=\"col\">Scale</th><th scope=\"col\" class=\"num\">n</th>"
                + "<th scope=\"col\" class=\"num\">QWK</th><th scope=\"col\" class=\"num\">Pearson</th>"
                + "<th scope=\"col\" class=\"num\">Spearman</th><th scope=\"col\" class=\"num\">RMSE</th>"
                + "<th scope=\"col\" class=\"num\">Exact</th><th scope=\"col\" class=\"num\">Adjacent</th></tr></thead><tbody>");
        agreementRow(stats.overall, true);
        stats.agreements.forEach(s -> agreementRow(s, false));
        if (stats.raterVsRater != null) {
            agreementRow(stats.raterVsRater, true);
        }
        sb.append("</tbody></table>");
        if (stats.raterVsRater != null) {
            sb.append("<p class=\"explain\">The last row compares the first two raters with each other: how far people"
                    + " agree is the ceiling to read the engine's figures against.</p>");
        }
        sb.append("<div class=\"charts\"><figure>").append(Svg.heatmap("chart-confusion",
                "Confusion matrix: engine × human", stats.confusion, 46)).append("<figcaption>Rows: engine score;"
                        + " columns: human grade; both rounded. Hover a cell for its answers.</figcaption></figure>");
        List<Svg.Point> points = stats.pairs.stream().map(p -> new Svg.Point(p.human(), p.engine(), p.id(),
                "#" + anchor(p.id()))).toList();
        sb.append("<figure>").append(Svg.scatter("chart-scatter", "Engine score against human grade", points,
                stats.scaleMin, stats.scaleMax, 420)).append("<figcaption>Each mark is an answer and links to it; red"
                        + " diamonds are more than one point apart, blue circles within one. Points at the same place are spread slightly sideways."
                        + "</figcaption></figure></div>");
        criteriaAgreement();
        disagreements();
        sb.append("</section>\n");
    }

    private void agreementRow(ReportStats.Scoped s, boolean strong) {
        Agreement a = s.agreement();
        String scope = esc(s.scope());
        sb.append("<tr data-scope=\"").append(scope).append("\"><th scope=\"row\">")
                .append(strong ? "<strong>" + scope + "</strong>" : scope).append("</th><td>").append(s.min()).append("–")
                .append(s.max()).append("</td><td class=\"num\" data-metric=\"n\">").append(a.n())
                .append("</td><td class=\"num\" data-metric=\"qwk\">").append(num(a.qwk(), 3))
                .append("</td><td class=\"num\" data-metric=\"pearson\">").append(num(a.pearson(), 3))
                .append("</td><td class=\"num\" data-metric=\"spearman\">").append(num(a.spearman(), 3))
                .append("</td><td class=\"num\" data-metric=\"rmse\">").append(num(a.rmse(), 3))
                .append("</td><td class=\"num\" data-metric=\"exact\">").append(pct(a.exact()))
                .append("</td><td class=\"num\" data-metric=\"adjacent\">").append(pct(a.adjacent()))
                .append("</td></tr>");
    }

    private void criteriaAgreement() {
        sb.append("<h3 id=\"criteria-agreement\">Agreement per rubric criterion</h3><p class=\"explain\">For each"
                + " criterion, over the answers with a human grade: how often the engine credited it, and the mean human"
                + " grade of the answers it credited against those it did not — a criterion that tracks what humans"
                + " value shows a clear gap. Where the raters listed the points they found (")
                .append(hasKind("star") ? "STAR parts, or " : "").append("the numbers of the expected points), the"
                        + " engine's yes/no is compared with theirs: ")
                .append(hasKind("star") ? "a STAR criterion with the rater's letter, " : "")
                .append("the question's n-th concept in rubric order with point n; a point counts as found"
                        + " when at least half the raters listed it. Match is the share of answers where both say the"
                        + " same; κ is Cohen's kappa of the two judgements.</p>");
        sb.append("<table id=\"table-criteria-agreement\"><thead><tr><th scope=\"col\">Question</th>"
                + "<th scope=\"col\">Criterion</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">"
                + "Engine credits</th><th scope=\"col\" class=\"num\">Human mean when credited</th>"
                + "<th scope=\"col\" class=\"num\">… when not</th><th scope=\"col\" class=\"num\">Gap</th>"
                + "<th scope=\"col\">Raters' point</th><th scope=\"col\" class=\"num\">Raters find it</th>"
                + "<th scope=\"col\" class=\"num\">Match</th><th scope=\"col\" class=\"num\">κ</th></tr></thead><tbody>");
        for (ReportStats.CriterionAgreement c : stats.criteria) {
            double gap = c.meanHumanCredited() - c.meanHumanMissed();
            sb.append("<tr><td>").append(esc(c.questionId())).append("</td><td>").append(esc(c.label()))
                    .append(" <code>").append(esc(c.criterionId())).append("</code></td><td class=\"num\">").append(c.n())
                    .append("</td><td class=\"num\">").append(pct(c.engineShare())).append("</td><td class=\"num\">")
                    .append(num(c.meanHumanCredited(), 2)).append("</td><td class=\"num\">")
                    .append(num(c.meanHumanMissed(), 2)).append("</td><td class=\"num\">")
                    .append(Double.isNaN(gap) ? "–" : (gap > 0 ? "+" : "") + num(gap, 2)).append("</td><td>")
                    .append(c.pointKey() == null ? "<span class=\"muted\">—</span>" : esc(c.pointKey()))
                    .append("</td><td class=\"num\">").append(pct(c.humanShare())).append("</td><td class=\"num\">")
                    .append(pct(c.match())).append("</td><td class=\"num\">").append(num(c.kappa(), 2)).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    private void disagreements() {
        sb.append("<h3 id=\"disagreements\">The ").append(stats.disagreements.size())
                .append(" largest disagreements</h3><p class=\"explain\">Ordered by the absolute difference between"
                        + " engine score and human grade. Each shows every criterion with its credit (✓ credited,"
                        + " ✗ not), the evidence quoted for concepts, the flags and the raters' notes; the id links to"
                        + " the full answer.</p>");
        sb.append("<table id=\"table-disagreements\"><thead><tr><th scope=\"col\">Answer</th><th scope=\"col\">"
                + "Question</th><th scope=\"col\" class=\"num\">Engine</th><th scope=\"col\" class=\"num\">Human</th>"
                + "<th scope=\"col\" class=\"num\">Difference</th><th scope=\"col\">Evidence and flags</th></tr></thead>"
                + "<tbody>");
        Map<String, ReportData.Entry> byId = new java.util.HashMap<>();
        data.entries.forEach(e -> byId.put(e.id(), e));
        for (ReportStats.Pair p : stats.disagreements) {
            ReportData.Entry e = byId.get(p.id());
            sb.append("<tr><td>").append(idLink(p.id())).append("</td><td>").append(esc(p.questionId()))
                    .append("</td><td class=\"num\">").append(num(p.engine(), 2)).append("</td><td class=\"num\">")
                    .append(num(p.human(), 2)).append("</td><td class=\"num ").append(p.diff() > 0 ? "diff-pos" : "diff-neg")
                    .append("\">").append(p.diff() > 0 ? "+" : "").append(num(p.diff(), 2)).append("</td><td>")
                    .append(evidenceSummary(e)).append("</td></tr>");
        }
        sb.append("</tbody></table>");
    }

    /**
     * Every coverage criterion as a chip (✓ credited, ✗ not, ! a misconception stated), the concept
     * evidence quoted, the flags and the raters' notes: why engine and humans part.
     */
    private static String evidenceSummary(ReportData.Entry e) {
        StringBuilder chips = new StringBuilder("<div>");
        StringBuilder quotes = new StringBuilder();
        for (var c : e.evaluation().criteria()) {
            if (!ReportStats.COVERAGE_KINDS.contains(c.kind())) {
                continue;
            }
            boolean yes = ReportStats.credited(c);
            boolean mis = "misconception".equals(c.kind());
            if (mis && !yes) {
                continue;
            }
            String label = c.label() == null ? c.id() : c.label();
            chips.append("<span class=\"chip ").append(mis ? "mis" : yes ? "yes" : "no").append("\">")
                    .append(mis ? "! misconception: " : "").append(esc(label)).append(' ').append(num(c.credit(), 2))
                    .append(mis ? "" : yes ? " ✓" : " ✗").append("</span>");
            if ((yes || mis) && !"star".equals(c.kind())) {
                c.evidence().stream().filter(ev -> !ev.negated()).findFirst().ifPresent(ev -> quotes
                        .append("<div class=\"quote\">").append(esc(label)).append(": “")
                        .append(esc(AnswerView.clip(ev.text(), 110))).append("”</div>"));
            }
            c.evidence().stream().filter(Evidence::negated).findFirst().ifPresent(ev -> quotes
                    .append("<div class=\"quote\"><span class=\"neg\">negated:</span> ").append(esc(label))
                    .append(": “").append(esc(AnswerView.clip(ev.text(), 110))).append("”</div>"));
        }
        StringBuilder out = new StringBuilder(chips).append("</div>").append(quotes);
        if (!e.evaluation().flags().isEmpty()) {
            out.append("<div>").append(AnswerView.flagList(e.evaluation().flags())).append("</div>");
        }
        if (e.hasHuman()) {
            for (HumanGrades.RaterScore r : e.human().raters()) {
                if (r.note() != null) {
                    out.append("<div class=\"quote\">Rater ").append(esc(r.rater())).append(" (")
                            .append(num(r.score(), 1)).append("): <q>").append(esc(r.note())).append("</q></div>");
                }
            }
        }
        return out.toString();
    }

    private void answers() {
        sb.append("<section aria-labelledby=\"answers\"><h2 id=\"answers\">All answers</h2>");
        if (data.entries.isEmpty()) {
            sb.append("<p>No graded answers.</p></section>\n");
            return;
        }
        sb.append("<p class=\"explain\">One row per answer, in the order of the evaluations file; open a row for the"
                + " answer as <code>assay explain</code> shows it. Click a column heading to sort.</p>");
        sb.append("<p class=\"legend\" aria-label=\"Legend\">");
        if (hasSegments()) {
            sb.append("<span><span class=\"tag tag-S\">S · Situation</span></span>"
                    + "<span><span class=\"tag tag-T\">T · Task</span></span><span><span class=\"tag tag-A\">A · Action"
                    + "</span></span><span><span class=\"tag tag-R\">R · Result</span></span><span><span class=\"tag"
                    + " tag-O\">O · Other</span></span>");
        }
        sb.append("<span><mark class=\"ev\">evidence</mark><a class=\"ref\">n</a> = criterion n</span>"
                + "<span><mark class=\"ev neg\">negated</mark> not credited</span><span><mark class=\"ev mis\">"
                + "misconception</mark></span></p>");
        boolean grades = data.hasGrades;
        int cols = grades ? 9 : 7;
        sb.append("<table class=\"answers\" id=\"table-answers\"><thead><tr>");
        th("Answer", "id", "text");
        th("Question", "q", "text");
        th("Score", "score", "num");
        th("Band", "band", "text");
        th("Confidence", "conf", "num");
        if (grades) {
            th("Human", "human", "num");
            th("Engine − human", "diff", "num");
        }
        th("Flags", "flags", "text");
        sb.append("<th scope=\"col\">Criteria credited</th></tr></thead>");
        for (ReportData.Entry e : data.entries) {
            Evaluation ev = e.evaluation();
            long credited = ev.criteria().stream().filter(c -> ReportStats.COVERAGE_KINDS.contains(c.kind())
                    && !"misconception".equals(c.kind()) && ReportStats.credited(c)).count();
            long all = ev.criteria().stream().filter(c -> ReportStats.COVERAGE_KINDS.contains(c.kind())
                    && !"misconception".equals(c.kind())).count();
            double diff = e.hasHuman() ? ev.score() - e.human().mean() : Double.NaN;
            sb.append("<tbody id=\"").append(anchor(e.id())).append("\" data-id=\"").append(esc(e.id()))
                    .append("\" data-q=\"").append(esc(ev.questionId())).append("\" data-score=\"").append(ev.score())
                    .append("\" data-band=\"").append(esc(Objects.toString(ev.band(), ""))).append("\" data-conf=\"")
                    .append(ev.confidence()).append("\" data-flags=\"").append(ev.flags().size());
            if (grades) {
                sb.append("\" data-human=\"").append(e.hasHuman() ? e.human().mean() : -1e9).append("\" data-diff=\"")
                        .append(Double.isNaN(diff) ? -1e9 : Math.abs(diff));
            }
            sb.append("\"><tr class=\"summary\"><th scope=\"row\"><a href=\"#").append(anchor(e.id())).append("\">")
                    .append(esc(e.id())).append("</a></th><td>").append(esc(ev.questionId())).append("</td><td class=\"num\">")
                    .append(num(ev.score(), 2)).append("</td><td>").append(esc(Objects.toString(ev.band(), "—")))
                    .append("</td><td class=\"num\">").append(num(ev.confidence(), 2)).append("</td>");
            if (grades) {
                sb.append("<td class=\"num\">").append(e.hasHuman() ? num(e.human().mean(), 2) : "—")
                        .append("</td><td class=\"num").append(Double.isNaN(diff) ? "" : diff > 0 ? " diff-pos" : " diff-neg")
                        .append("\">").append(Double.isNaN(diff) ? "—" : (diff > 0 ? "+" : "") + num(diff, 2)).append("</td>");
            }
            sb.append("<td>").append(ev.flags().isEmpty() ? "<span class=\"muted\">none</span>" : AnswerView.flagList(ev.flags()))
                    .append("</td><td>").append(credited).append(" of ").append(all).append("</td></tr>");
            sb.append("<tr class=\"more\"><td colspan=\"").append(cols).append("\"><details><summary>Text, ")
                    .append(ev.segments().isEmpty() ? "" : "STAR segments, ").append("criteria and evidence of ")
                    .append(esc(e.id())).append("</summary>")
                    .append(AnswerView.render(e, data.questions.get(ev.questionId()))).append("</details></td></tr></tbody>\n");
        }
        sb.append("</table></section>\n");
    }

    /** Whether any answer was read as a story: only then does the page speak of STAR segments. */
    private boolean hasSegments() {
        return data.entries.stream().anyMatch(e -> !e.evaluation().segments().isEmpty());
    }

    /** Whether any answer has a criterion of this kind ({@code star}, {@code structure}…). */
    private boolean hasKind(String kind) {
        return data.entries.stream().anyMatch(e -> e.evaluation().criteria().stream().anyMatch(c -> kind.equals(c.kind())));
    }

    private void th(String label, String key, String type) {
        sb.append("<th scope=\"col\"").append("num".equals(type) ? " class=\"num\"" : "").append(" data-key=\"")
                .append(key).append("\" data-type=\"").append(type).append("\"><button type=\"button\">").append(label)
                .append("</button></th>");
    }

    private String idLinks(List<String> ids) {
        return idLinks(ids, IDS_SHOWN);
    }

    private String idLinks(List<String> ids, int max) {
        Set<String> evaluated = new java.util.HashSet<>();
        data.entries.forEach(e -> evaluated.add(e.id()));
        StringBuilder out = new StringBuilder();
        for (String id : ids.subList(0, Math.min(max, ids.size()))) {
            out.append(evaluated.contains(id) ? idLink(id) : esc(id)).append(' ');
        }
        if (ids.size() > max) {
            out.append("<span class=\"muted\">and ").append(ids.size() - max).append(" more</span>");
        }
        return out.toString().strip();
    }

    private static String idLink(String id) {
        return "<a href=\"#" + anchor(id) + "\">" + esc(id) + "</a>";
    }

    private static String meter(double share) {
        double w = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share)) * 100;
        return "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:" + Html.c(w) + "%\"></span></span>";
    }

    private static String name(Path p) {
        return p == null ? "" : p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    /**
     * Sorting by column, opening the answer a link points at, and opening every answer before
     * printing. The page reads the same without it.
     */
    static final String SCRIPT = """
            (function () {
              var table = document.getElementById('table-answers');
              if (table) {
                table.querySelectorAll('th[data-key] button').forEach(function (b) {
                  b.addEventListener('click', function () {
                    var th = b.parentNode, key = th.getAttribute('data-key'), num = th.getAttribute('data-type') === 'num';
                    var asc = th.getAttribute('aria-sort') !== 'ascending';
                    table.querySelectorAll('th[aria-sort]').forEach(function (o) { o.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                    var bodies = Array.prototype.slice.call(table.tBodies);
                    bodies.sort(function (x, y) {
                      var a = x.getAttribute('data-' + key), c = y.getAttribute('data-' + key);
                      var r = num ? parseFloat(a) - parseFloat(c) : a.localeCompare(c, undefined, {numeric: true});
                      return asc ? r : -r;
                    });
                    bodies.forEach(function (t) { table.appendChild(t); });
                  });
                });
              }
              function openTarget() {
                var id = decodeURIComponent(location.hash.slice(1));
                var t = id && document.getElementById(id);
                if (t && t.tagName === 'TBODY') { var d = t.querySelector('details'); if (d) { d.open = true; } }
              }
              window.addEventListener('hashchange', openTarget);
              openTarget();
              window.addEventListener('beforeprint', function () {
                document.querySelectorAll('details').forEach(function (d) { d.open = true; });
              });
            })();
            """;
}
