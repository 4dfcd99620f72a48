package dev.assay.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.Datasets;
import dev.assay.corpus.datasets.MohlerReader;
import dev.assay.corpus.datasets.SafReader;
import dev.assay.corpus.datasets.SemEvalReader;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's lemmas are those of CoreNLP's stock {@code lemma} annotator, token for token. */
class LemmaCacheTest {

    private static StanfordCoreNLP stock;

    @BeforeAll
    static void stockPipeline() {
        stock = new StanfordCoreNLP(TextAnalyzer.pipelineProperties());
    }

    @Test
    void awkwardTokensGetTheStockLemmas() {
        assertSameLemmasAsStock(List.of(
                "I rolled back the deploy → checked logs; we'd've shipped it. The mice ran, geese flew.",
                "She has been setting_up the turned_off servers, then wound up re-writing 3 post-mortems.",
                "  \u00ad \u200d e\u0301 naïve café — “quoted” words, URLs like https://x.org/a_b and C++ / C#.",
                "Ich habe gestern das Deployment zurückgerollt. 我们回滚了。 😀😀",
                "better best worse worst was were am is are been being has had does did done",
                ""));
    }

    @Test
    void everyBundledAndSharedTextGetsTheStockLemmas() throws Exception {
        List<String> texts = new ArrayList<>();
        var interview = Datasets.dataset("interview-answers").resolve("answers.jsonl");
        assumeTrue(Files.isRegularFile(interview), "no shared datasets at " + Datasets.datasetsDir());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(interview)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).get("text").asText());
            }
        }
        // every third answer of the public sets: their vocabulary, in a third of the time
        List<String> shared = Stream.of(MohlerReader.read(), SafReader.read(), SemEvalReader.read())
                .flatMap(d -> d.records()).map(AnswerRecord::text).toList();
        for (int i = 0; i < shared.size(); i += 3) {
            texts.add(shared.get(i));
        }
        assertTrue(texts.size() > 5_000, "texts read: " + texts.size());
        assertSameLemmasAsStock(texts);
    }

    private static void assertSameLemmasAsStock(List<String> texts) {
        LemmaCache cache = new LemmaCache();
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            stock.annotate(doc);
            List<String> expected = new ArrayList<>();
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    assertEquals(t.lemma(), cache.lemma(t.word(), t.tag()), () -> t.word() + "/" + t.tag() + " in: " + text);
                    expected.add(t.lemma().toLowerCase(java.util.Locale.ROOT));
                }
            }
            List<String> actual = TextAnalyzer.shared().analyze(text).tokens().stream().map(Token::lemma).toList();
            assertEquals(expected, actual, () -> "lemmas of: " + text);
        }
    }
}
