package dev.assay.engine.features;

import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.Sentence;
import dev.assay.engine.analysis.Token;
import dev.assay.engine.star.Segment;
import dev.assay.rubric.model.StarLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose deeds a story's action tells: the teller's or another person's. A story told as what a colleague did ("He
 * sat with her, moved her to a quiet room …; I called the night manager") earns action credit for the teller's
 * share only (feature {@link Features#OTHERS_DEEDS}).
 *
 * @param own              the teller's deeds in the action and task parts
 * @param other            another person's deeds there
 * @param otherInSituation another person's deeds in the situation part
 */
record StoryDeeds(int own, int other, int otherInSituation) {

    /** Verbs of state, not deeds ("I was on call", "she had a flight"). */
    private static final Set<String> AGENT_STATES = Set.of("be", "have", "do", "get", "seem", "want",
            "need", "feel", "think", "know", "like");

    /** Others talking ("he said", "my manager asked") is the story's context, not their deed. */
    private static final Set<String> SPEECH = Set.of("say", "tell", "ask", "reply", "complain",
            "admit", "mention");

    /** What opens a step of an action told without "I": "Action: Dropped …", "-> came back …", "• asked …". */
    private static final Set<String> STEP_MARKS = Set.of(":", ";", "-", "--", "•", "*", "→", "=>");

    /**
     * Another person's share of the deeds, when theirs are two or more and outnumber the teller's; else 0. A
     * colleague's work told as the situation ("Our safety advisor, Mark, did a spot check, found the trench
     * unshored and stopped the job …; I helped by moving the drainage work back") counts too when the teller's own
     * part is no more than {@link #FEW_OWN_DEEDS} deeds: on the reviewers' banks and the interview dev answers the
     * five stories with three or more of another's deeds in the situation and at most two of the teller's were all
     * rated 1.5–2 (scored 1.4–3.5), while a situation's one or two deeds of another are the problem the teller
     * then solves (a colleague who rejected a design, an angry customer).
     */
    double othersShare() {
        if (other >= 2 && other > own) {
            return other / (double) (own + other);
        }
        return otherInSituation >= SITUATION_DEEDS && own <= FEW_OWN_DEEDS
                ? otherInSituation / (double) (own + otherInSituation) : 0;
    }

    static final int SITUATION_DEEDS = 3;
    static final int FEW_OWN_DEEDS = 2;

    /**
     * The story's deeds (past-tense verbs other than states) whose subject, within three words before
     * it, is the candidate ("I", "we") or another person ("she", "he", a name), in the action and task parts only:
     * what anyone did in the situation is the problem ("Mark rejected my design"), in the result the outcome ("She
     * went home after 9 days"). A deed coordinated with the one before shares its subject; a step opening a line, a
     * label or an arrow in the action part is the teller's; other deeds count for neither.
     */
    static StoryDeeds count(Analysis analysis, List<Segment> segments) {
        int own = 0;
        int other = 0;
        int otherInSituation = 0;
        for (Sentence s : analysis.sentences()) {
            List<Token> t = s.tokens();
            int lastWho = 0; // the subject of the sentence's previous deed, which a coordinated one shares
            for (int v = 0; v < t.size(); v++) {
                if (!t.get(v).pos().equals("VBD") || AGENT_STATES.contains(t.get(v).lemma())) {
                    continue;
                }
                StarLabel part = labelAt(segments, t.get(v).begin());
                if (part == null || part == StarLabel.O) {
                    continue;
                }
                int who = 0;
                for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
                    String w = t.get(k).word().toLowerCase(Locale.ROOT);
                    if (w.equals("i") || w.equals("we")) {
                        who = 1;
                        break;
                    }
                    if (w.equals("she") || w.equals("he") || t.get(k).pos().equals("NNP") && !t.get(k).word().equals("I")) {
                        who = 2;
                        break;
                    }
                    if (t.get(k).isPunctuation()) {
                        break;
                    }
                }
                boolean stepStart = v == 0 || STEP_MARKS.contains(t.get(v - 1).word()) || t.get(v - 1).word().contains(">");
                if (who == 0 && !stepStart) {
                    who = lastWho; // "I set up pairing sessions and walked her through …", "She called maintenance, got …"
                }
                lastWho = who;
                boolean acting = part == StarLabel.A || part == StarLabel.T;
                if (!acting) {
                    // what anyone did in the result is the outcome; in the situation, the problem (or, when the
                    // teller did little, the work itself: see othersShare)
                    if (part == StarLabel.S && who == 2 && !SPEECH.contains(t.get(v).lemma())) {
                        otherInSituation++;
                    }
                    continue;
                }
                if (who == 1 || who == 0 && stepStart && part == StarLabel.A) {
                    own++; // "Dropped the questionnaire -> came back at 10am": a step told without "I" is the teller's
                } else if (who == 2 && !SPEECH.contains(t.get(v).lemma())) {
                    other++; // "he said", "my manager asked": others talking, not their deed
                }
            }
        }
        return new StoryDeeds(own, other, otherInSituation);
    }

    /**
     * Whether a story is told as "we" throughout: "we" at least twice and never "I", "me", "my", "myself" or
     * "mine" anywhere in it. The raters gave such stories 3 ("told entirely as 'we', so personal role and
     * actions are unclear") where the engine gave 4–5. One "I" anywhere ("I was the lead") is enough to
     * say whose story it is; a step list without subjects is not "we".
     */
    static boolean toldAsWeOnly(Analysis analysis) {
        int we = 0;
        for (Token t : analysis.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (FIRST_SINGULAR.contains(w)) {
                return false;
            }
            if (w.equals("we")) {
                we++;
            }
        }
        return we >= 2;
    }

    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "myself", "mine", "i'm", "i've", "i'd",
            "i'll");

    /** The STAR label of the segment holding a character offset, or null. */
    private static StarLabel labelAt(List<Segment> segments, int offset) {
        for (Segment seg : segments) {
            if (seg.begin() <= offset && offset < seg.end()) {
                return seg.label();
            }
        }
        return null;
    }
}
