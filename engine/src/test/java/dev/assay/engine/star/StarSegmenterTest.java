package dev.assay.engine.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.rubric.model.StarLabel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StarSegmenterTest {

    private final StarSegmenter segmenter = new StarSegmenter();

    private List<Segment> segment(String text) {
        return segmenter.segment(TextAnalyzer.shared().analyze(text), null);
    }

    private static StarLabel labelAt(List<Segment> segments, String text, String phrase) {
        int at = text.indexOf(phrase);
        for (Segment s : segments) {
            if (s.begin() <= at && at < s.end()) {
                return s.label();
            }
        }
        return null;
    }

    private static void assertWellFormed(String text, List<Segment> segments) {
        int last = 0;
        for (Segment s : segments) {
            assertTrue(s.begin() >= last && s.begin() < s.end() && s.end() <= text.length(), s.toString());
            assertFalse(Character.isWhitespace(text.charAt(s.begin())), "starts on whitespace: " + s);
            assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)), "ends on whitespace: " + s);
            assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
            last = s.end();
        }
        for (int i = 1; i < segments.size(); i++) {
            assertTrue(segments.get(i).label() != segments.get(i - 1).label(), "adjacent same labels merge");
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                final int c = i;
                assertTrue(segments.stream().anyMatch(s -> s.begin() <= c && c < s.end()), "uncovered at " + i);
            }
        }
    }

    @Test
    void arrowsAndLineBreaksAreFoundAsTheRegexFindsThemInTheRange() {
        java.util.regex.Pattern arrow = java.util.regex.Pattern.compile("→|->|=>");
        String text = "a -> b, c => d\ne → f - > g = >h -";
        for (int b = 0; b <= text.length(); b++) {
            for (int e = b; e <= text.length(); e++) {
                String range = text.substring(b, e);
                assertEquals(arrow.matcher(range).find() || range.contains("\n"),
                        StarSegmenter.hasArrowOrLineBreak(text, b, e), range);
            }
        }
    }

    @Test
    void emptyAnalysisGivesNoSegments() {
        assertEquals(List.of(), segmenter.segment(new Analysis("", List.of()), null));
        assertEquals(List.of(), segment("   "));
    }

    @Test
    void aCompleteStoryRunsSituationTaskActionResult() {
        String text = "Last November our checkout service was returning errors for a third of users. "
                + "I was on call that week, so it was my job to lead the response. "
                + "I checked the dashboards and rolled back the release from that morning. "
                + "As a result, errors went from 30% to under 1% in ten minutes.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertEquals(List.of(StarLabel.S, StarLabel.T, StarLabel.A, StarLabel.R),
                segs.stream().map(Segment::label).toList());
    }

    @Test
    void anArrowChainStaysOneActionSpan() {
        String text = "The payment API started timing out during the sale. I was on call.\n"
                + "Checked metrics → found the connection pool exhausted → killed the long transaction → "
                + "scaled the pool.\nService was restored in 15 minutes.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        int begin = text.indexOf("Checked");
        int end = text.indexOf("pool.") + "pool.".length();
        assertTrue(segs.stream().anyMatch(s -> s.label() == StarLabel.A && s.begin() == begin && s.end() == end),
                segs.toString());
    }

    @Test
    void aNegatedActionIsStillAnAction() {
        String text = "Our order workers started crash-looping after an upgrade on Friday. I was the on-call engineer. "
                + "I didn't roll back, I waited to see if the crashes would settle. "
                + "After three hours the queue had 50,000 unprocessed orders.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertEquals(StarLabel.A, labelAt(segs, text, "I didn't roll back"));
    }

    @Test
    void aGreetingIsOther() {
        String text = "Good question. Last year our search cluster ran out of disk during a launch. "
                + "I was on call. I deleted old indices and added disk alerts. Search was back within an hour.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertEquals(StarLabel.O, labelAt(segs, text, "Good question."));
        assertEquals(StarLabel.S, labelAt(segs, text, "Last year"));
    }

    @Test
    void aClauseCarryingTheResultIsSplitOff() {
        String text = "Restarted the crashed Kafka broker and rebalanced the partitions, service was back in 10 min.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertEquals(2, segs.size(), segs.toString());
        assertEquals(StarLabel.A, segs.get(0).label());
        assertEquals(text.indexOf("partitions,") + "partitions,".length(), segs.get(0).end());
        assertEquals(StarLabel.R, segs.get(1).label());
        assertEquals(text.indexOf("service"), segs.get(1).begin());
    }

    @Test
    void aKeywordListIsAllOther() {
        String text = "Incident, on-call, metrics, logs, root cause, connection pool exhaustion, slow query, "
                + "scaled, deployed fix, monitoring, post-mortem, restored service, prevented revenue loss.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertTrue(segs.stream().allMatch(s -> s.label() == StarLabel.O), segs.toString());
    }

    @Test
    void buzzwordsWithoutAStoryAreAllOther() {
        String text = "I always approach conflict with empathy and a growth mindset. "
                + "I leverage active listening to align stakeholders on shared goals. "
                + "Communication is key, and I make sure everyone feels heard.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertTrue(segs.stream().allMatch(s -> s.label() == StarLabel.O), segs.toString());
    }

    @Test
    void aListHeaderStaysWithItsFirstBullet() {
        String text = "Context: releases needed three sign-offs by email.\nWhat I did:\n- tracked wait times for a month\n"
                + "- showed the data to the managers\nResult: releases now ship the same day.";
        List<Segment> segs = segment(text);
        assertWellFormed(text, segs);
        assertEquals(StarLabel.A, labelAt(segs, text, "What I did:"));
        assertEquals(StarLabel.A, labelAt(segs, text, "- tracked"));
        assertEquals(StarLabel.R, labelAt(segs, text, "Result:"));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "Last year the billing job failed every night. I owned it. I rewrote the retry logic. "
                + "Failures dropped from 12% to 0.5%.";
        Analysis analysis = TextAnalyzer.shared().analyze(text);
        List<Segment> expected = segmenter.segment(analysis, null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Segment>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> segmenter.segment(analysis, null)));
            }
            for (Future<List<Segment>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
