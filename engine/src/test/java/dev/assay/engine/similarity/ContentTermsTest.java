package dev.assay.engine.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** {@link ContentTerms} gives the terms the CONTENT analyzer gives, text after text. */
class ContentTermsTest {

    private static final String[] PIECES = {"The", "customer's", "customers'", "CUSTOMER’S", "rolled", "back", "roll-back",
            "post-mortem", "it's", "don't", "Databases", "running", "ran", "3.5", "10,000", "v2", "e-mail", "a.b.c",
            "user@example.com", "http://x.org/a?b=c", "naïve", "café", "Straße", "ΣΊΣΥΦΟΣ", "日本語", "😀", "\u0000",
            "and", "AND", "the's", "s", "'s", "’", "—", "x".repeat(300), "connection", "connections", "connected",
            "generalizations", "\n", "\t", ",", ".", "!", "(", ")", "I", "we", "was", "Was"};

    private static List<String> analyzer(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = TextAnalyzers.CONTENT.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Test
    void sameTermsAsTheAnalyzerOnGeneratedTexts() {
        Random r = new Random(5);
        ContentTerms small = new ContentTerms(40); // forgets often: misses and hits both run
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = r.nextInt(30); w > 0; w--) {
                text.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertEquals(analyzer(t), small.terms(t), t);
            assertEquals(analyzer(t), ContentTerms.of(t), t);
        }
    }

    @Test
    void sameTermsAsTheAnalyzerOnTheInterviewAnswers() throws IOException {
        Path answers = Path.of(System.getProperty("assay.shared", "../shared"), "datasets", "interview-answers",
                "answers.jsonl");
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (String line : Files.readAllLines(answers)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(line).get("text");
            if (text != null) {
                assertEquals(analyzer(text.asText()), ContentTerms.of(text.asText()));
                checked++;
            }
        }
        assertTrue(checked >= 100, "answers checked: " + checked);
    }
}
