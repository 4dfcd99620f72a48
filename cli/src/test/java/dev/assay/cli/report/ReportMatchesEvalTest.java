package dev.assay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.cli.AssayCommand;
import dev.assay.corpus.Datasets;
import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import dev.assay.engine.agreement.Agreement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The page's agreement figures are the ones {@code assay eval} prints for the same files. */
class ReportMatchesEvalTest {

    @TempDir
    Path dir;

    @Test
    void theReportsAgreementRowEqualsEvalOnTheSameFiles() throws Exception {
        // A graded file: 40 interview answers with the raters' mean as their grade.
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<InterviewAnswer> answers = InterviewSet.load(Datasets.dataset("interview-answers")).answers();
        for (int i = 0; i < answers.size(); i += 3) {
            InterviewAnswer a = answers.get(i);
            ObjectNode n = json.createObjectNode();
            n.put("id", a.id());
            n.put("question_id", a.questionId());
            n.put("text", a.answer().text());
            n.put("grade", a.meanScore());
            lines.add(json.writeValueAsString(n));
        }
        Path graded = dir.resolve("graded.jsonl");
        Files.write(graded, lines, StandardCharsets.UTF_8);
        String bank = Datasets.dataset("interview-answers").resolve("bank.md").toString();

        Path evaluations = dir.resolve("evaluations.jsonl");
        assertEquals(0, run(null, "grade", "--bank", bank, "--answers", graded.toString(), "--out",
                evaluations.toString(), "--quiet"));
        StringWriter evalOut = new StringWriter();
        assertEquals(0, run(evalOut, "eval", "--bank", bank, "--answers", graded.toString(), "--json"));
        Path page = dir.resolve("report.html");
        assertEquals(0, run(null, "report", "--evaluations", evaluations.toString(), "--answers", graded.toString(),
                "-o", page.toString()));

        JsonNode all = json.readTree(evalOut.toString()).get("all");
        Agreement fromEval = new Agreement(all.get("n").asInt(), all.get("qwk").asDouble(),
                all.get("pearson").asDouble(), all.get("spearman").asDouble(), all.get("rmse").asDouble(),
                all.get("exact").asDouble(), all.get("adjacent").asDouble());
        assertEquals(lines.size(), fromEval.n());
        ReportPageTest.assertAgreementRow(Files.readString(page, StandardCharsets.UTF_8), "all answers", fromEval);
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cl = AssayCommand.newCommandLine();
        cl.setOut(new PrintWriter(out == null ? new StringWriter() : out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }
}
