package dev.assay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.agreement.Agreement;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.engine.evaluation.EvaluationJson;
import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankReader;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPageTest {

    @TempDir
    Path dir;

    static String render(Path evaluations, List<Path> grades, Path answers) throws Exception {
        return Report.render(new Report.Request(evaluations, grades, answers, null, null, "Test report")).html();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ReportPageTest.class.getResource("/report/" + name).toURI());
    }

    @Test
    void evaluationsReadBackEqualToWhatWasWritten() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 6);
        EvaluationsFile.Contents c = EvaluationsFile.read(f.evaluations());
        assertEquals(6, c.evaluations().size());
        assertTrue(c.problems().isEmpty());
        List<String> lines = Files.readAllLines(f.evaluations());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), EvaluationJson.line(c.evaluations().get(i)), "round trip of line " + (i + 1));
        }
    }

    @Test
    void batchPageHasChartsTableAnchorsAndLabelledSegments() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 12);
        String html = render(f.evaluations(), List.of(), f.answers());
        for (String id : List.of("chart-histogram-all", "chart-histogram-Q1", "chart-histogram-Q2", "chart-bands",
                "chart-coverage")) {
            assertTrue(html.contains("<svg id=\"" + id + "\""), id);
        }
        assertTrue(html.contains("id=\"table-answers\""));
        for (int i = 1; i <= 12; i++) {
            assertTrue(html.contains(String.format(Locale.ROOT, "<tbody id=\"answer-a-%03d\"", i)), "anchor " + i);
        }
        // STAR segments coloured and labelled, evidence marked and numbered, negation said in words
        assertTrue(html.contains("<span class=\"seg seg-S\"><span class=\"tag tag-S\""));
        assertTrue(html.contains("S · Situation</span>"));
        assertTrue(html.contains("<mark class=\"ev\""));
        assertTrue(html.contains("negated, not credited"));
        assertFalse(html.contains("id=\"table-agreement\""), "no agreement without grades");
        assertTrue(html.contains("id=\"table-flags\"") && html.contains("id=\"table-review\""));
    }

    @Test
    void everyUserTextIsEscaped() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 8);
        String html = render(f.evaluations(), List.of(f.gradesA()), f.answers());
        assertFalse(html.contains("<script>alert"), "answer text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more."));
        assertFalse(html.contains("<em>yourself</em>"), "feedback is escaped");
        assertFalse(html.contains("Concept 1 <b>"), "criterion labels are escaped");
        assertEquals(1, count(html, "<script>"), "only the page's own script");
    }

    @Test
    void agreementNumbersEqualAgreementOfOnTheSameFiles() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 40);
        String html = render(f.evaluations(), List.of(f.gradesA(), f.gradesB()), f.answers());

        // Independently of the report's code: read the files, pair engine with the raters' mean.
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Map<String, List<Double>> human = new LinkedHashMap<>();
        for (Path g : List.of(f.gradesA(), f.gradesB())) {
            for (String line : Files.readAllLines(g)) {
                JsonNode n = json.readTree(line);
                human.computeIfAbsent(n.get("id").asText(), k -> new ArrayList<>()).add(n.get("score").asDouble());
            }
        }
        List<Evaluation> evals = new ArrayList<>();
        for (String line : Files.readAllLines(f.evaluations())) {
            evals.add(EvaluationJson.mapper().readerFor(Evaluation.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(line));
        }
        assertAgreementRow(html, "all answers", agreement(evals, human, q -> true));
        assertAgreementRow(html, "Q1", agreement(evals, human, "Q1"::equals));
        assertAgreementRow(html, "Q2", agreement(evals, human, "Q2"::equals));
        assertTrue(html.contains("data-scope=\"rater A vs rater B\""));
        for (String id : List.of("chart-confusion", "chart-scatter")) {
            assertTrue(html.contains("<svg id=\"" + id + "\""), id);
        }
        assertTrue(html.contains("id=\"table-criteria-agreement\""));
        assertEquals(ReportStats.DISAGREEMENTS, count(between(html, "id=\"table-disagreements\"", "</table>"),
                "<a href=\"#answer-"), "20 disagreements, each linked to its answer");
    }

    static Agreement agreement(List<Evaluation> evals, Map<String, List<Double>> human, Predicate<String> question) {
        List<double[]> pairs = new ArrayList<>();
        for (Evaluation e : evals) {
            if (question.test(e.questionId()) && human.containsKey(e.answerId())) {
                pairs.add(new double[] {e.score(),
                        human.get(e.answerId()).stream().mapToDouble(Double::doubleValue).average().orElseThrow()});
            }
        }
        return Agreement.of(pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray(),
                0, 5);
    }

    /** The row's printed numbers are Agreement's, at the page's precision (that of {@code Agreement.row}). */
    static void assertAgreementRow(String html, String scope, Agreement a) {
        Matcher m = Pattern.compile("<tr data-scope=\"" + Pattern.quote(scope) + "\">(.*?)</tr>").matcher(html);
        assertTrue(m.find(), "row " + scope);
        String row = m.group(1);
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher c = Pattern.compile("data-metric=\"(\\w+)\">([^<]*)<").matcher(row);
        while (c.find()) {
            cells.put(c.group(1), c.group(2));
        }
        assertEquals(Integer.toString(a.n()), cells.get("n"), scope + " n");
        assertEquals(String.format(Locale.ROOT, "%.3f", a.qwk()), cells.get("qwk"), scope + " qwk");
        assertEquals(String.format(Locale.ROOT, "%.3f", a.pearson()), cells.get("pearson"), scope + " pearson");
        assertEquals(String.format(Locale.ROOT, "%.3f", a.spearman()), cells.get("spearman"), scope + " spearman");
        assertEquals(String.format(Locale.ROOT, "%.3f", a.rmse()), cells.get("rmse"), scope + " rmse");
        assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * a.exact()), cells.get("exact"), scope + " exact");
        assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * a.adjacent()), cells.get("adjacent"), scope + " adjacent");
        assertTrue(a.n() > 0);
    }

    @Test
    void errorRecordsAreListedAndTheRestRenders() throws Exception {
        String html = render(resource("with-errors.jsonl"), List.of(), resource("with-errors-answers.jsonl"));
        String notice = between(html, "id=\"error-records\"", "</div>");
        assertTrue(notice.contains("3 lines are not graded answers"), notice);
        assertTrue(notice.contains("unknown question id &#39;Q99&#39;"));
        assertTrue(notice.contains("missing required field &#39;text&#39;"));
        assertTrue(notice.contains("unreadable line:"));
        assertTrue(html.contains("<tbody id=\"answer-h-1\"") && html.contains("<tbody id=\"answer-h-4\""));
        assertTrue(html.contains("<svg id=\"chart-histogram-all\""));
        // the negated evidence of h-4 is marked as such in the text
        assertTrue(html.contains("<mark class=\"ev neg\" title=\"Replica count (negated, not credited)\">replicas</mark>"));
    }

    @Test
    void bandsAreOrderedByTheScaleLowestFirst() throws Exception {
        String md = "## Q1: Why do we need a mutex?\n\n### Answer:\n1. **Not atomic:** counter++ is a read-modify-write\n"
                + "2. **Race condition:** both threads read the same value and one update is lost\n";
        QuestionBank bank = BankReader.read("bank.md", md.getBytes(StandardCharsets.UTF_8), BankFormat.MARKDOWN).bank()
                .orElseThrow();
        Path evals = Files.write(dir.resolve("graded.jsonl"), List.of(
                EvaluationJson.line(ReportFixture.evaluation("a", "Q1", 4.8, List.of(), List.of(), List.of())),
                EvaluationJson.line(ReportFixture.evaluation("b", "Q1", 0.5, List.of(), List.of(), List.of())),
                EvaluationJson.line(ReportFixture.evaluation("c", "Q1", 2.8, List.of(), List.of(), List.of()))),
                StandardCharsets.UTF_8);
        String html = Report.render(new Report.Request(evals, List.of(), null, dir.resolve("bank.md"), bank, "t")).html();
        String head = between(html, "id=\"table-questions\"", "</thead>");
        List<String> columns = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"col\" class=\"num\">([a-z]+)</th>").matcher(head);
        while (m.find()) {
            columns.add(m.group(1));
        }
        List<String> scale = List.of("poor", "weak", "adequate", "strong", "outstanding");
        assertEquals(scale, columns, "the band columns, lowest first, unused ones too");
        String chart = between(html, "<svg id=\"chart-bands\"", "</svg>");
        for (int i = 1; i < scale.size(); i++) {
            assertTrue(chart.indexOf(scale.get(i - 1) + ":") < chart.indexOf(scale.get(i) + ":"), chart);
        }
        // without a bank: the bands seen, in the order of their lowest score
        String noBank = render(evals, List.of(), null);
        assertEquals(List.of("poor", "adequate", "outstanding"), List.copyOf(
                new ReportStats(ReportData.load(new ReportData.Inputs(evals, List.of(), null, null, null, null)))
                        .bands.keySet()));
        assertTrue(noBank.indexOf(">poor</th>") < noBank.indexOf(">adequate</th>"));
    }

    @Test
    void thePageSpeaksToUsersNotInTheCodesNames() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 8);
        List<String> lines = new ArrayList<>(Files.readAllLines(f.evaluations(), StandardCharsets.UTF_8));
        lines.add(lines.get(0).replace("\"a-001\"", "\"a-100\"").replaceFirst("\"score\":[0-9.]+", "\"score\":\"high\""));
        lines.add("{\"id\":\"a-101\",\"question_id\":\"Q1\",\"text\":\"an answer, not its evaluation\"}");
        Path evals = Files.write(dir.resolve("graded.jsonl"), lines, StandardCharsets.UTF_8);
        String html = render(evals, List.of(f.gradesA(), f.gradesB()), null);
        String text = html.replaceAll("(?s)<script>.*?</script>|<style>.*?</style>|<[^>]+>", " ");
        Matcher code = Pattern.compile("\\b[A-Z][a-z]\\w*\\.[a-z]\\w*|dev\\.assay|java\\.|Cannot construct|matcher|`").matcher(text);
        assertFalse(code.find(), () -> "a name from the code on the page: " + code.group() + " in " + text.substring(Math.max(0, code.start() - 80),
                Math.min(text.length(), code.end() + 80)));
        String notice = between(html, "id=\"error-records\"", "</div>");
        assertTrue(notice.contains("not an Evaluation: the field score is not as &#39;assay grade&#39; writes it"), notice);
        assertTrue(notice.contains("not an Evaluation: needs answer_id, question_id and criteria"), notice);
    }

    @Test
    void starWordingOnlyForAnswersWithStarSegments() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 8);
        List<String> all = Files.readAllLines(f.evaluations(), StandardCharsets.UTF_8);
        List<String> listed = all.stream().filter(l -> l.contains("\"question_id\":\"Q2\"")).toList();
        Path procedural = Files.write(dir.resolve("procedural.jsonl"), listed, StandardCharsets.UTF_8);
        for (Path answers : java.util.Arrays.asList(null, f.answers())) {
            String html = render(procedural, List.of(f.gradesA(), f.gradesB()), answers);
            String text = html.replaceAll("(?s)<script>.*?</script>|<style>.*?</style>|<[^>]+>", " ");
            assertFalse(text.contains("STAR") || text.contains("Situation"), () -> "STAR wording for listed answers: "
                    + text.substring(Math.max(0, text.indexOf("STAR") - 120), text.indexOf("STAR") + 40));
            assertTrue(text.contains("Text, criteria and evidence of a-002"));
        }
        // a mixed batch: the legend, and STAR segments named for the stories only
        String mixed = render(f.evaluations(), List.of(), f.answers());
        assertTrue(mixed.contains("S · Situation</span></span>"), "legend");
        assertTrue(mixed.contains("Text, STAR segments, criteria and evidence of a-001"));
        assertTrue(mixed.contains("Text, criteria and evidence of a-002"));
    }

    @Test
    void emptyFileSaysSoAndStillRenders() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        String html = render(empty, List.of(), null);
        assertTrue(html.contains("id=\"no-evaluations\""));
        assertTrue(html.contains("holds no graded answer (it is empty)"));
        assertTrue(html.contains("<svg id=\"chart-histogram-all\""), "charts render, empty");
        assertTrue(html.contains("No graded answers."));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void gradesForUnknownIdsAreCountedAndNamed() throws Exception {
        String html = render(resource("with-errors.jsonl"), List.of(resource("with-errors-grades.jsonl")),
                resource("with-errors-answers.jsonl"));
        String notice = between(html, "id=\"grades-without-evaluation\"", "</div>");
        assertTrue(notice.contains("2 human grades are for answers not in the evaluations"), notice);
        assertTrue(notice.contains("ghost-1, ghost-2"));
        assertTrue(html.contains("<tr data-scope=\"all answers\">"), "agreement of the 2 joined answers still shown");
        assertTrue(html.contains("data-metric=\"n\">2<"));
    }

    @Test
    void missingTextsAreSaidAndEvidenceQuoted() throws Exception {
        ReportFixture.Files3 f = ReportFixture.write(dir, 6);
        String html = render(f.evaluations(), List.of(), null);
        assertTrue(html.contains("id=\"texts-missing\""));
        assertTrue(html.contains("The answer text is not available"));
        assertTrue(html.contains("“Last spring our checkout service started failing for a third of users.”"));
        List<String> some = Files.readAllLines(f.answers()).subList(0, 3);
        Path partial = Files.write(dir.resolve("partial.jsonl"), some, StandardCharsets.UTF_8);
        String html2 = render(f.evaluations(), List.of(), partial);
        assertTrue(html2.contains("3 answer texts missing"), "count of the missing texts");
    }

    @Test
    void answersFileGradesAreUsedWithoutGradesFiles() throws Exception {
        Path answers = Files.writeString(dir.resolve("answers.jsonl"),
                "{\"id\":\"h-1\",\"question_id\":\"Q1\",\"text\":\"Our search was timing out. I raised the shard replicas to three.\",\"grade\":4}\n"
                        + "{\"id\":\"h-4\",\"question_id\":\"Q1\",\"text\":\"We didn't replicas anything.\",\"grades\":[1,2]}\n");
        String html = render(resource("with-errors.jsonl"), List.of(), answers);
        assertTrue(html.contains("<tr data-scope=\"all answers\">"));
        assertTrue(html.contains("human <strong>1.50</strong>"), "mean of the record's grades");
    }

    static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        assertTrue(i >= 0, "no " + from);
        int j = s.indexOf(to, i);
        return s.substring(i, j < 0 ? s.length() : j);
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
