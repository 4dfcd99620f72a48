package dev.assay.rubric.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrasings from small expected points written for these tests (not the bundled banks' lines). */
class PhrasingExtractorTest {

    private static List<String> of(String body) {
        return PhrasingExtractor.forPoint(null, body, List.of());
    }

    @Test
    void coordinationsOfNounsAndPlacesStayWhole() {
        // a third reviewer's bank: "alerts cost reviews with owners", "in CI", "remove noisy alerts every alert"
        List<String> keep = PhrasingExtractor.forPoint("Keep it in check", "Budgets, alerts and regular cost reviews with owners",
                List.of());
        assertTrue(keep.stream().noneMatch(p -> p.startsWith("alerts cost")), keep.toString());
        assertTrue(keep.contains("alerts") && keep.stream().anyMatch(p -> p.startsWith("regular cost reviews")), keep.toString());
        List<String> rerun = PhrasingExtractor.forPoint(null, "Rerun the test many times locally and in CI", List.of());
        assertTrue(rerun.stream().noneMatch(p -> p.equals("in CI")), rerun.toString());
        List<String> alerts = PhrasingExtractor.forPoint("Review alerts", "Remove noisy alerts and check every alert is actionable",
                List.of());
        assertTrue(alerts.stream().noneMatch(p -> p.contains("alerts every")), alerts.toString());
        assertTrue(alerts.contains("remove noisy alerts"), alerts.toString());
    }

    @Test
    void aGoodAndBadExampleReadAsAdviceInFeedback() {
        assertEquals("Cover \"Blameless culture\": Focus on process/system failures, not human error; for example"
                + " \"Better testing would have caught this\", not \"QA was careless\"",
                ConceptFeedback.forConcept("Blameless culture", "", List.of("Focus on process/system failures, not human error",
                        "Examples: \"Better testing would have caught this\" vs \"QA was careless\"")));
    }

    @Test
    void aWarningThatSomethingFallsShortIsNoPhrasing() {
        // a reviewer's bank: "Deleting the commit is not enough" credited "delete the file in a new commit"
        List<String> p = PhrasingExtractor.forPoint("Revoke the secret immediately",
                "Rotate or revoke the key at the provider first", List.of(
                        "Deleting the commit is not enough, bots scan public repositories within minutes",
                        "A restart alone won't fix it"));
        assertTrue(p.stream().noneMatch(x -> x.contains("deleting") || x.contains("restart")), p.toString());
        assertTrue(p.contains("revoke the key at the provider first") || p.stream().anyMatch(x -> x.startsWith("revoke")),
                p.toString());
        assertTrue(PhrasingExtractor.forPoint(null, "One rollback is enough to recover", List.of()).stream()
                .anyMatch(x -> x.contains("rollback")), "a positive 'is enough' stays");
    }

    @Test
    void aLongClauseIsNotCutInsideItsVerbGroup() {
        // a fifth reviewer's bank: "check whether the change can" credited "change the v1 endpoint in place"
        List<String> p = PhrasingExtractor.forPoint("Assess impact", "",
                List.of("Check whether the change can be made additive (non-breaking) instead"));
        assertTrue(p.stream().noneMatch(x -> x.endsWith(" can")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.contains("made additive")), p.toString());
    }

    @Test
    void verbsCoordinatedAroundASubjectAndObjectKeepBoth() {
        List<String> p = of("Which clients call or cache the endpoint");
        assertTrue(p.containsAll(List.of("clients call the endpoint", "clients cache the endpoint")), p.toString());
        assertFalse(p.contains("clients call"), p.toString());
    }

    @Test
    void shortAlternativesAreStillSplit() {
        assertEquals(List.of("restart", "redeploy"), of("Restart or redeploy"));
        assertEquals(List.of("queue depth", "error budget"), of("Queue depth and error budget"));
        List<String> p = of("Scale up or fail over before paging anyone");
        assertTrue(p.contains("scale up") && p.stream().anyMatch(s -> s.startsWith("fail over")), p.toString());
    }

    @Test
    void commaBetweenAdjectivesOfOneNounIsNotABreak() {
        List<String> p = of("Ship in short, reversible steps");
        assertTrue(p.contains("ship in short reversible steps"), p.toString());
        assertFalse(p.contains("reversible steps"), p.toString());
        // a real list is still split
        assertEquals(List.of("logs", "metrics", "traces"), of("Logs, metrics, traces"));
    }

    @Test
    void aLoneCoordinatedVerbGetsTheSharedObject() {
        List<String> p = of("Draft and review the release notes");
        assertEquals(List.of("draft the release notes", "review the release notes"), p);
        List<String> q = of("Snapshot the volume and confirm that it mounts");
        assertEquals(List.of("snapshot the volume", "confirm that it mounts"), q);
        // a phrasal verb's particle is not an object
        assertEquals(List.of("pause", "clean up"), of("Pause and clean up"));
    }

    @Test
    void aLoneSlashedPairNamesOneThing() {
        List<String> p = PhrasingExtractor.forPoint("Use blue/green", "Switch traffic (blue/green)", List.of());
        assertTrue(p.contains("blue/green"), p.toString());
        assertFalse(p.contains("green"), p.toString());
        assertFalse(p.contains("blue"), p.toString());
        // slashes inside a longer phrase are still alternatives
        assertEquals(List.of("update wiki", "update changelog"), of("Update wiki/changelog"));
        // ... but "I/O" is one term, not "I" or "O" (a teacher's review: "schedule disk I" and "schedule disk o")
        assertEquals(List.of("schedule disk I/O"), of("Schedule disk I/O"));
        assertEquals(List.of("run an A/B test on reads", "run an A/B test on writes"), of("Run an A/B test on reads/writes"));
    }

    @Test
    void negatedAdviceIsKeptAsNotPhrasings() {
        List<String> p = of("Blame the process, not the on-call engineer");
        assertTrue(p.contains("not on-call engineer"), p.toString());
        List<String> q = of("Find the trigger (usually several causes, not one mistake)");
        assertTrue(q.contains("not one mistake"), q.toString());
        assertTrue(q.contains("several causes"), q.toString());
        List<String> r = of("Never delete or rewrite shared history");
        assertTrue(r.containsAll(List.of("not delete shared history", "not rewrite shared history")), r.toString());
        // a negation ends with its own clause: the next one, joined by "and", is said plainly
        List<String> t = of("No useful work is done and caches/TLB become cold");
        assertTrue(t.contains("caches become cold") && t.contains("TLB become cold"), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.startsWith("not caches") || x.startsWith("not TLB")), t.toString());
    }

    @Test
    void genericYesNoQuestionsAreNotPhrasings() {
        List<String> p = of("Is it reproducible? Which browsers, versions?");
        assertFalse(p.stream().anyMatch(s -> s.startsWith("is it")), p.toString());
        assertTrue(p.containsAll(List.of("browsers", "versions")), p.toString());
        // a question with enough content stays
        assertTrue(of("Is the cache cold after deploys?").stream().anyMatch(s -> s.contains("cache cold")));
    }

    @Test
    void coordinationInsideOneNounPhraseIsKept() {
        List<String> p = of("Write code that handles both the old and the new format");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("write code"), p.toString());
    }

    @Test
    void aColonOrSemicolonInsideATokenIsNotAClauseBreak() {
        List<String> p = of("Dump it: jstack, kill -3 PID, or -XX:+PrintConcurrentLocks; then compare:");
        assertTrue(p.contains("-XX:+PrintConcurrentLocks"), p.toString());
        assertTrue(p.contains("kill -3 PID"), p.toString());
        assertFalse(p.stream().anyMatch(s -> s.equals("XX") || s.endsWith("-XX") || s.startsWith("or ")), p.toString());
        assertEquals(List.of("pin the version", "lib:core;2"), of("Pin the version; lib:core;2"));
    }

    @Test
    void aLoneVerbSharesTheObjectOfAPhrasalVerbWithoutItsParticle() {
        assertEquals(List.of("reboot the canary hosts", "roll back the canary hosts"),
                of("Reboot or roll back the canary hosts"));
        assertEquals(List.of("archive the old buckets", "clean up the old buckets"),
                of("Archive and clean up the old buckets"));
        // "in" after the right verb opens a phrase both verbs share; it is kept
        assertEquals(List.of("build in a clean container", "test in a clean container"),
                of("Build and test in a clean container"));
    }

    @Test
    void aCutNeverLeavesLessThanTwoContentWords() {
        // "The" opens the left side, so it is not "subject verb" shared with the right one
        List<String> p = of("The replica is in CATCH-UP and replays the missing log entries from its primary");
        assertTrue(p.contains("replica is in CATCH-UP"), p.toString());
        assertTrue(p.contains("replays the missing log entries"), p.toString());
        assertFalse(p.contains("replica"), p.toString());
        // a cut at "that" would keep only a generic verb and a noun: no cut then
        List<String> q = of("Find the handles that leak between two restarts");
        assertEquals(List.of("find the handles that leak between two restarts"), q);
        // a cut that keeps the content is still made
        assertEquals(List.of("schedule the post-mortem meeting"), of("Schedule the post-mortem meeting for the day after the incident"));
    }

    @Test
    void aOneWordRightConjunctAfterALongLeftSideIsPartOfANounPhrase() {
        List<String> p = of("Retry budget, exponential backoff (jitter) are tuned in the client and gateway");
        assertFalse(p.contains("gateway"), p.toString());
        assertTrue(p.contains("exponential backoff are tuned"), p.toString());
        // short sides are still alternatives of their own
        assertEquals(List.of("restart", "redeploy"), of("Restart or redeploy"));
        assertEquals(List.of("drain the node", "cordon"), of("Drain the node and cordon"));
    }

    @Test
    void aLoneGenericVerbIsNotAPhrasingButTheLeadStillGivesOne() {
        List<String> p = PhrasingExtractor.forPoint("Test and confirm", "Replay the traffic, compare latency", List.of());
        assertFalse(p.contains("test") || p.contains("confirm"), p.toString());
        assertEquals(List.of("test and confirm", "replay the traffic", "compare latency"), p);
        // a lead with a distinctive word keeps it, and a distinctive lone word stays
        assertEquals(List.of("check and scope", "scope"), PhrasingExtractor.forPoint("Check and scope", "", List.of()));
        assertEquals(List.of("rollback", "stabilize service"), of("Rollback, stabilize service"));
        assertEquals(List.of("restart"), of("Check or restart"));
    }
}
