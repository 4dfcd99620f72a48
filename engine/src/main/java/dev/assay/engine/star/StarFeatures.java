package dev.assay.engine.star;

import dev.assay.engine.analysis.Token;
import dev.assay.engine.star.StarSegmenter.RubricProfile;
import dev.assay.engine.star.StarSegmenter.Unit;
import dev.assay.rubric.model.StarLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hand-set per-unit label scores for {@link StarSegmenter}. The cue lists and weights were set by
 * reading the development questions (Q1, Q3, Q4, Q5) of the interview-answers set and the STAR
 * wording of the seed bank; nothing here refers to a particular answer.
 */
final class StarFeatures {

    private static final int S = 0, T = 1, A = 2, R = 3, O = 4;
    /** Weight of lemma overlap with the rubric's section text (flat between 0 and 1.2 on DEV). */
    private static final double RUBRIC_WEIGHT = 0.6;

    private StarFeatures() {
    }

    /** The literals of every cue and story expression below, scanned for once per unit. */
    private static final CueLiterals LITERALS = new CueLiterals();

    /** A weighted regular expression over the unit's lower-cased text. */
    private record Cue(int label, double weight, CuePattern pattern) {
        static Cue of(int label, double weight, String regex) {
            return new Cue(label, weight, CuePattern.compile(regex, LITERALS));
        }
    }

    /** The expressions storyEvidence asks about (for tests). */
    static List<CuePattern> storyPatterns() {
        return List.of(SPECIFIC_TIME, GENERIC_ANY);
    }

    /** The cues' expressions (for tests). */
    static List<CuePattern> cuePatterns() {
        return java.util.Arrays.stream(CUES).map(Cue::pattern).toList();
    }

    private static final Cue[] CUES = {
            // ---- section headers written into the answer
            Cue.of(S, 4, "^\\W*(situation|context|background|the situation|the context)\\s*:"),
            Cue.of(T, 4, "^\\W*(task|my task|role|my role|me|responsibility)\\s*:"),
            Cue.of(A, 4, "^\\W*(actions?|what i did|what we did|did|steps)\\s*:"),
            Cue.of(R, 4, "^\\W*(results?|outcome|impact)\\s*:"),
            // ---- Situation: setting the scene
            Cue.of(S, 2.0, "^\\W*(so\\s+)?(last|one|early|late)\\s+(year|month|week|spring|summer|autumn|fall|winter|"
                    + "january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|day|quarter)\\b"),
            Cue.of(S, 2.0, "^\\W*(so\\s+)?(at|in|on)\\s+(my|our|a|an|this)\\s+(last|previous|old|former|current|first)?\\s*"
                    + "(job|company|team|role|employer|startup|agency|place|project|office)\\b"),
            Cue.of(S, 2.0, "^\\W*(so\\s+)?(this|it) (was|is|happened) (at|in|during|when|back)\\b"),
            Cue.of(S, 1.8, "^\\W*(so\\s+)?(during|back in|picture this|it started|it all started|when i was|while i was)\\b"),
            Cue.of(S, 1.5, "\\b(there (was|were|is|are)|we had (a|an|just|no|been|committed|promised)|we'd (promised|committed))\\b"),
            Cue.of(S, 1.2, "\\b(was|were|is|are|kept) (returning|timing out|failing|crashing|down|slow|breaking|getting|"
                    + "burning|spilling|piling)\\b"),
            Cue.of(S, 1.2, "\\b(disagreed|disagreement|clashed|conflict with|argument|promised|committed to|deadline was|"
                    + "was due|were supposed to|had been asked|nobody (owned|knew|in)|no (standards?|owner))\\b"),
            Cue.of(S, 1.0, "\\b(every (team|service|release)|the company|our (team|company|product|service|deployments?|"
                    + "release process))\\b"),
            // ---- Task: the candidate's part
            Cue.of(T, 2.5, "\\b(on[- ]call|my (job|role|responsibility|task|call|feature|script|decision|estimate|"
                    + "module|project)|responsible for|the responsible|in charge|accountable|"
                    + "it was (my|on me)|it's (my|on me)|on me to|fell to me|the call is mine|my call)\\b"),
            Cue.of(T, 2.0, "\\b(i|we) (owned|own)\\b"),
            Cue.of(T, 2.0, "\\b(i|we) (had|needed|need|have) to\\b|\\bi must\\b"),
            Cue.of(T, 2.0, "\\b(i was|i'm|i am|as) (the|a|an|just a|just the)?\\s*([\\w-]+ ){0,2}(engineer|developer|dev|lead|"
                    + "owner|consultant|manager|person|one|buddy|mentor|coordinator|architect|analyst|contact|champion|"
                    + "sre|dba|admin|administrator|tester|designer|scientist|specialist|maintainer|intern)\\b"),
            // the candidate named, then handed the job: "I was the SRE asked to make the case"
            Cue.of(T, 2.0, "\\b(i|we) (was|were) (the|a|an|our) ([\\w-]+ ){1,3}(asked|tasked|assigned|chosen|picked|"
                    + "expected|hired) (to|with)\\b"),
            // what the candidate had to win from someone: "I needed her approval", "we had to get buy-in"
            Cue.of(T, 2.0, "\\b(i|we) (needed|need|had to get|had to win|wanted) ([\\w'-]+ ){0,2}(approval|sign-off|"
                    + "signoff|buy-in|agreement|go-ahead|support|blessing)\\b"),
            Cue.of(T, 1.8, "\\b(no (authority|mandate|say)|not my call|(wasn't|was not|not|isn't) (the|a|his|her) "
                    + "(lead|manager)|i volunteered|i took (it|this) on|take a shot|i decided to)\\b"),
            Cue.of(T, 1.2, "\\b(my goal|(i|we) (need|needed|want|wanted) (us|to))\\b"),
            // someone handing the candidate the job: "my manager asked me to", "I was tasked with"
            Cue.of(T, 2.0, "\\b((asked|wanted|needed|told|expected|assigned|picked|chose) (me|us) to|"
                    + "(i|we) (was|were) (asked|tasked|assigned|expected|supposed|told|chosen|picked) (to|with)|"
                    + "tasked (me|us)? ?with|gave (me|us) the (job|task|goal)|(my|our) (brief|mandate|mission) was)\\b"),
            // the goal stated as such, or a deadline the candidate had to meet
            Cue.of(T, 2.4, "\\b((the|our) (goal|objective|task|challenge|mission|brief) (was|is)|up to me|"
                    + "(brought|hired|called) (me )?in to|took (ownership|the lead)|stepped up to|"
                    + "(i|we) had (only |just )?(a|an|one|two|three|four|five|ten|\\d+|a few|a couple of) "
                    + "(hours?|days?|weeks?|months?|sprints?) to)\\b"),
            // the job arriving, told from its side: "the upgrade was handed over to me", "the plan was for me to",
            // "I had been given one week to", "I needed their head of procurement to sign off", "My priority was"
            Cue.of(T, 2.4, "\\b((handed|passed|given|assigned|left) (over |back )?to me|(the|our) (plan|idea|expectation|"
                    + "understanding) was for (me|us) to|(i|we) (had been|was|were) given ([\\w'-]+ ){1,5}to|"
                    + "(i|we) needed ([\\w'-]+ ){1,4}to (sign off|approve|agree|say yes|commit|back|accept)|"
                    + "(my|our) (priority|first priority|main priority|focus|aim|main concern|first concern) (was|is)|"
                    + "i promised)\\b"),
            // a deadline or constraint the job came with: "I had three weeks until the release freeze to …", "it
            // must be done without any downtime"
            Cue.of(T, 2.4, "\\b((i|we) had (only |just )?[\\w-]+ (hours?|days?|weeks?|months?|sprints?) (until|before|till) "
                    + "([\\w'-]+ ){1,4}to|(must|had to|needed to) (be done|happen|go out|be finished) without)\\b"),
            // ---- Action
            Cue.of(A, 3.0, "(→|->|=>)"),
            Cue.of(A, 1.0, "^\\W*(so |and )?(first|then|next|after that|afterwards i|i then|we then|so i|so we)\\b"),
            // "I didn't roll back" is a (negated) deed; "we didn't have a single incident after that" an outcome
            Cue.of(A, 1.2, "\\b(i|we) (didn't|did not|never|wouldn't) (?!have\\b|had\\b|get\\b|got\\b|see\\b|saw\\b|hear\\b|lose\\b|lost\\b|miss\\b|missed\\b|need\\b|needed\\b)\\w+"),
            // ---- Result
            Cue.of(R, 2.5, "\\b(as a result|in the end|end result|ended up|end up|the outcome|the result|finally|"
                    + "since then|from then on|ever since|by the end)\\b"),
            // "within two hours we were back" reports an outcome; "review it within a day" is a promise
            Cue.of(R, 1.2, "\\bwithin (a|an|one|two|three|\\d+|a few|a couple)?\\b"),
            Cue.of(R, 2.0, "\\b(now (i|we)|(i|we) now|(i|we) (have )?since)\\b"),
            Cue.of(R, 2.0, "\\bfrom (about |around |~)?[\\w.$~]+ ?(%|ms|s|min|minutes|hours|days|weeks|seconds)? to "
                    + "(about |around |under |below |zero|\\d|~|\\$|same|one|two|three)"),
            Cue.of(R, 1.5, "\\b(came back|comes back|(was|were|is|are) back|back (up|to normal|in)|normal again|stable|"
                    + "went live|goes live|go live|cut (\\w+ )?(by|in half)|no more|zero|late|on time|early|worse|better|"
                    + "happy(?! to)|lost the|got (better|worse)|again|(can|could) log in|agreed to|took over|"
                    + "decided to keep|ended well|went well|worked out|smoothly)\\b"),
            Cue.of(R, 1.2, "\\b((days?|weeks?|months?|sprints?|quarters?|years?) later|over the next)\\b"),
            Cue.of(R, 1.5, "^\\W*(it )?took (about |around |nearly |almost |roughly )?(\\d+|a|an|one|two|three|four|five|six|"
                    + "several|a few|a couple of) (min|minutes|hours?|days?|weeks?|months?|sprints?|quarters?)\\b"),
            Cue.of(R, 0.8, "\\d+\\s?(%|percent|x\\b)|\\$\\s?\\d|\\b\\d+k\\b"),
            Cue.of(R, 0.6, "\\b(in|within|after) (about |around |under )?(\\d+|a|an|one|two|three|four|five|ten|twenty)"
                    + " (min|minutes|hours?|days?|weeks?|months?|sprints?|quarters?)\\b"),
            // receiving a reaction is an outcome: "I got an email from the director thanking me", "we got complaints"
            Cue.of(R, 1.8, "\\b(i|we|the team|they) (got|received) (a |an |the |several |some |lots of |many )?"
                    + "([\\w-]+ )?(email|note|message|thank-you|thanks|warning|award|bonus|promotion|letter|compliment|"
                    + "complaints?|feedback|shout-out|mention)\\b"),
            // ---- Other: filler, morals, offers
            // a lesson told as "I learned that …" is a moral, not a deed ("I learned Kafka in a week" is one)
            Cue.of(O, 2.0, "\\bi('ve| have)? (since |also |really )?(learned|learnt) (that|how important|to always|never to)\\b"
                    + "|\\b(it|this|that) taught (me|us) that\\b"),
            // an opening that answers the interviewer, not the question: "That's a good question", "Oh, good one."
            Cue.of(O, 3.5, "^\\W*((that's|that is|what) a (good|great|interesting|tough|nice) (question|one)|"
                    + "thank(s| you) for (the|this|that|asking)|(oh|ah|ha|haha|yeah|right|sure|hmm),? (good|great|nice|yeah|ok|"
                    + "okay|so|well|right)\\b|good one\\b|(oh,? |ah,? )?i (really )?(like|love) this one\\b)"),
            Cue.of(O, 3.5, "^\\W*(good|great|interesting|tough) question|^\\W*(oh man|oh boy|haha|hmm|um+|well,|okay|ok)\\b|"
                    + "^\\W*sure\\b|^\\W*so yeah\\b|that's my (war )?story|that's (it|about it)|happy to (go|talk|share)|"
                    + "(i can|i could) (go into|share|tell you) more|if you want|comes to mind|good one for this|"
                    + "(a|one) (good|great) example|(this|that)('s| is) a (good|great|tough|fun) one|embarrassing|proud of"),
            Cue.of(O, 3.5, "\\b(lesson|i('ve)? (since )?(learned|learnt|learn)|taught me|what i took (away )?from|"
                    + "looking back|in retrospect|i'd (handle|do) it|i would (handle|do)|the (biggest|main|key) thing i|"
                    + "i'm not sure what i would)\\b"),
            Cue.of(O, 2.0, "\\b(i always|i'm (a|an|very|really|actually|honestly|passionate)|i am (a|very)|"
                    + "i (really )?believe|i think (i|it's|that)|is key|is important|it's important|it's about|"
                    + "is really about|my strengths?|in my free time|i'm (very )?interested)\\b"),
            Cue.of(O, 1.5, "\\b(leverag\\w*|synerg\\w*|empower\\w*|stakeholders?|alignment|aligned|win-win|catalyst|"
                    + "culture of|mindset|passionate|excellence|data-driven|cross-functional|growth|fostering|"
                    + "emotional intelligence|empathy|positive intent|inspiration|compelling vision)\\b")};

    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "seem", "feel", "think",
            "want", "know", "believe", "like", "hope", "need", "mean", "guess", "say");
    private static final Set<String> STATE_VERBS = Set.of("think", "feel", "want", "know", "believe", "like",
            "realise", "realize", "notice", "see", "understand", "hope", "wish", "assume", "figure");
    /** Verbs that report an outcome, whoever the subject. */
    private static final Set<String> RESULT_VERBS = Set.of("restore", "recover", "drop", "fall", "reduce", "improve",
            "halve", "double", "ship", "launch", "deliver", "finish", "approve", "adopt", "renew", "sign", "save",
            "prevent", "avoid", "resolve", "stabilise", "stabilize", "catch", "block", "decrease", "increase",
            "lose", "win", "complete", "succeed", "stop", "become", "end");
    /** Verbs that set a scene rather than act in it. */
    private static final Set<String> SCENE_VERBS = Set.of("disagree", "clash", "argue", "work", "join", "promise",
            "commit", "inherit", "grow", "start", "begin", "use", "run", "depend");
    /** Verbs of owning a responsibility. */
    private static final Set<String> TASK_VERBS = Set.of("own", "lead", "volunteer");

    private static final Set<String> STOP_LEMMAS = Set.of("be", "have", "do", "get", "go", "make", "take", "what",
            "how", "why", "when", "who", "which", "e.g.", "etc", "also", "not", "then", "so", "very", "just",
            "only", "if", "did", "you", "your", "i", "we", "our", "my", "-lrb-", "-rrb-");

    static boolean isContentLemma(Token t) {
        return t.isContent() && !t.isPunctuation() && !STOP_LEMMAS.contains(t.lemma()) && t.lemma().length() > 1;
    }

    /**
     * What the features read off one unit, worked out once for both {@link #score} and
     * {@link #storyEvidence}: its normalised text and the cue literals it holds, its first clause and
     * whether it is a keyword list.
     */
    record UnitText(Unit unit, String lower, CueLiterals.Hits literals, Clause clause, boolean keywordList) {
        static UnitText of(Unit u, String text) {
            String lower = normalise(text.substring(u.begin(), u.end()));
            return new UnitText(u, lower, LITERALS.scan(lower), Clause.of(u.tokens()),
                    StarFeatures.keywordList(u.tokens()));
        }
    }

    /** {@link UnitText#of} of each unit, in order. */
    static List<UnitText> read(List<Unit> units, String text) {
        List<UnitText> out = new java.util.ArrayList<>(units.size());
        for (Unit u : units) {
            out.add(UnitText.of(u, text));
        }
        return out;
    }

    /** Per-label scores (S, T, A, R, O) for one unit. */
    static double[] score(UnitText ut, int index, int count, RubricProfile profile) {
        double[] s = {0.0, -0.6, 0.0, -0.2, -1.2};
        Unit u = ut.unit();
        String lower = ut.lower();

        for (Cue c : CUES) {
            if (c.pattern().find(lower, ut.literals())) {
                s[c.label()] += c.weight();
            }
        }

        Clause cl = ut.clause();
        if (cl.verbIndex >= 0) {
            String lemma = cl.verbLemma;
            boolean past = cl.tense == 'D';
            boolean present = cl.tense == 'P';
            if (cl.subject == 'I' || cl.subject == 'W') {
                if (cl.progressive) {
                    s[S] += 1.2;
                    s[A] += 0.3;
                } else if (lemma.equals("be")) {
                    s[S] += 0.6;
                    s[T] += 0.3;
                } else if (lemma.equals("have")) {
                    s[S] += 0.8;
                } else if (cl.passive) {
                    s[S] += 1.0;
                } else if (cl.perfect && past) {
                    s[S] += 0.8;
                    s[A] += 0.6;
                } else if (TASK_VERBS.contains(lemma)) {
                    s[T] += 1.5;
                } else if (SCENE_VERBS.contains(lemma)) {
                    s[S] += 1.2;
                    s[A] += 0.6;
                } else if (STATE_VERBS.contains(lemma)) {
                    s[A] += 0.6;
                    s[S] += 0.4;
                } else if (past || present) {
                    s[A] += past ? 2.2 : 1.6;
                    if (cl.subject == 'W') {
                        s[R] += 0.3;
                    }
                } else if (cl.tense == 'M') {
                    s[O] += 0.8;
                }
            } else if (cl.subject == '-') {
                // no subject: a verb-first item ("Checked metrics", "- set up a call")
                if (!LIGHT_VERBS.contains(lemma)) {
                    s[A] += 1.8;
                }
            } else {
                // someone or something else is the subject
                if (past) {
                    s[S] += 1.0;
                    s[R] += 0.4;
                } else if (present) {
                    s[S] += 0.6;
                    s[O] += 0.4;
                }
            }
        } else {
            // no finite verb: a fragment ("Checkout API p99 jumped …" has one; "Mobile release for …" not)
            s[S] += 0.5;
        }
        for (Token t : u.tokens()) {
            if (t.isVerb() && RESULT_VERBS.contains(t.lemma())) {
                s[R] += 1.5;
                break;
            }
        }
        if (cl.bullet) {
            s[A] += 1.0;
        }
        if (ut.keywordList()) {
            s[O] += 6;
        }

        // position in the answer
        double p = count == 1 ? 0.5 : (double) index / (count - 1);
        s[S] += 1.0 * (0.5 - p);
        s[T] += 0.6 * (0.3 - Math.abs(p - 0.25));
        s[R] += 1.0 * (p - 0.5);

        // overlap with the rubric's own section text
        if (!profile.lemmas().isEmpty()) {
            Set<String> mine = new HashSet<>();
            for (Token t : u.tokens()) {
                if (isContentLemma(t)) {
                    mine.add(t.lemma());
                }
            }
            if (!mine.isEmpty()) {
                for (StarLabel l : StarLabel.STORY) {
                    Set<String> theirs = profile.lemmas().getOrDefault(l, Set.of());
                    int hit = 0;
                    for (String m : mine) {
                        if (theirs.contains(m)) {
                            hit++;
                        }
                    }
                    s[l.ordinal()] += RUBRIC_WEIGHT * hit / Math.sqrt(mine.size());
                }
            }
        }
        return s;
    }

    private static final Pattern BULLET = Pattern.compile("[-•*·–]|\\d+\\.?");
    private static final Set<String> STAR_WORDS = Set.of("situation", "task", "action", "result", "star");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

    /**
     * Lower case, ’ as ', every run of white space ({@code \\s}: space, tab, line breaks, form feed,
     * vertical tab) as one space, trimmed; the same as replaceAll("\\s+", " ").trim(), in one pass.
     */
    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '’' ? '\'' : c);
        }
        if (space) {
            b.append(' ');
        }
        return b.toString().trim();
    }

    /** Many commas, few finite verbs: "Incident, on-call, metrics, logs, …". */
    static boolean keywordList(List<Token> tokens) {
        int commas = 0;
        int finite = 0;
        int words = 0;
        for (Token t : tokens) {
            if (t.word().equals(",")) {
                commas++;
            } else if (!t.isPunctuation()) {
                words++;
            }
            if (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
                finite++;
            }
        }
        if (commas >= 5 && commas * 3 >= words && finite <= 1) {
            return true;
        }
        // "Situation task action result." — the method's own words, nothing else
        int starWords = 0;
        for (Token t : tokens) {
            if (STAR_WORDS.contains(t.lemma())) {
                starWords++;
            }
        }
        return words > 0 && starWords >= 3 && starWords * 2 >= words;
    }

    private static final CuePattern SPECIFIC_TIME = CuePattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|a\\.m|p\\.m|\\d+:\\d\\d|next (morning|day|week)|"
                    + "that (morning|day|week|night)|the week before|weeks? (from|before)|then|tonight|yesterday|"
                    + "\\d+ (minutes|hours|days|weeks|months))\\b", LITERALS);
    private static final String GENERIC_REGEX =
            "\\b(always|usually|often|generally|i believe|i think|is key|important|leverag\\w*|passionate|"
                    + "strengths?|culture|mindset|empathy|synerg\\w*|stakeholders?|alignment|excellence|"
                    + "natural|free time|interested in|this role|working here|your (team|company|focus|culture)|"
                    + "certification|fit (well )?(with|in)|in my experience|my approach|this approach|i prefer|i like to|"
                    + "i try to|as a rule)\\b";
    private static final Pattern GENERIC = Pattern.compile(GENERIC_REGEX);
    private static final CuePattern GENERIC_ANY = CuePattern.compile(GENERIC_REGEX, LITERALS);

    /**
     * Evidence that the answer tells a concrete story: past-tense or present-narrative clauses,
     * specific times, minus generic claims. Negative means "no story": the answer is all O.
     */
    /**
     * A present tense that tells a habit, not an occasion: "When this happens I usually …", "I always
     * …". The present of a story told as it happened ("so I call the DBA") has none of these.
     */
    static final java.util.regex.Pattern HABITUAL = java.util.regex.Pattern.compile(
            "\\b(usually|typically|normally|generally|always|often|whenever|every time|each time|tend to)\\b"
            + "|^(when|if|once) (this|that|it|something|there|a|an|the|we|i|you|things)\\b[^,.]*\\b"
            + "(happens|happen|is|are|gets|get|occurs|comes|goes)\\b");

    static double storyEvidence(List<UnitText> units) {
        double story = 0;
        double generic = 0;
        int storyUnits = 0;
        for (int k = 0; k < units.size(); k++) {
            UnitText u = units.get(k);
            if (u.keywordList()) {
                generic += 2;
                continue;
            }
            String lower = u.lower();
            if (k < 2 && Refusals.STORY.matcher(lower).find()) {
                // "I can't really think of a time I …": the answer opens by declining to tell a story
                generic += 3;
            }
            Clause cl = u.clause();
            boolean pastVerbs = false;
            for (Token t : u.unit().tokens()) {
                pastVerbs |= t.pos().equals("VBD");
            }
            boolean specific = SPECIFIC_TIME.find(lower, u.literals());
            boolean arrow = lower.contains("→") || lower.contains("->");
            double unit = 0;
            if (pastVerbs) {
                unit += 1;
            }
            if (cl.tense == 'P' && specific) {
                unit += 1;
            } else if (cl.tense == 'P' && (cl.subject == 'I' || cl.subject == 'W') && !cl.verbLemma.equals("be")
                    && !cl.perfect
                    && !STATE_VERBS.contains(cl.verbLemma) && !HABITUAL.matcher(lower).find()) {
                unit += 0.7;
            }
            if (arrow || cl.bullet && cl.subject == '-') {
                unit += 1;
            }
            if (unit > 0) {
                storyUnits++;
            }
            story += unit;
            if (GENERIC_ANY.find(lower, u.literals())) { // most units have none: skip counting them
                var m = GENERIC.matcher(lower);
                while (m.find()) {
                    generic += 1;
                }
            }
        }
        return story - 0.5 - 0.7 * generic + (storyUnits >= 3 ? 1 : 0);
    }

    /** The first clause's subject, main verb and tense, read off POS tags. */
    static final class Clause {
        /** 'I' first person singular, 'W' we, 'X' someone else, '-' none (verb first). */
        char subject = '-';
        int verbIndex = -1;
        String verbLemma = "";
        /** 'D' past, 'P' present, 'M' modal, '?' other. */
        char tense = '?';
        boolean progressive;
        boolean passive;
        boolean perfect;
        boolean bullet;

        private static final Set<String> SKIP = Set.of("so", "then", "and", "also", "first", "oh", "but", "after",
                "finally", "next", "eventually", "once", "that", "this", "ok", "okay", "well", "yeah");

        static Clause of(List<Token> tokens) {
            Clause c = new Clause();
            int i = 0;
            // skip bullets, numbering and a "Header:" prefix
            while (i < tokens.size() && (tokens.get(i).isPunctuation() || tokens.get(i).pos().equals("LS")
                    || tokens.get(i).pos().equals("CD") && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equals("."))) {
                if (BULLET.matcher(tokens.get(i).word()).matches()) {
                    c.bullet = true;
                }
                i++;
            }
            for (int k = i; k < Math.min(tokens.size(), i + 4); k++) {
                if (tokens.get(k).word().equals(":")) {
                    i = k + 1;
                    break;
                }
            }
            while (i < tokens.size() && (SKIP.contains(tokens.get(i).lemma()) && !tokens.get(i).isVerb()
                    || tokens.get(i).isPunctuation())) {
                i++;
            }
            i = mainClauseStart(tokens, i);
            // find the first verb
            int v = -1;
            for (int k = i; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.isVerb()) {
                    v = k;
                    break;
                }
                if (t.pos().equals("IN") && k == i) {
                    // "After a tense meeting I suggested …": skip to the comma
                    int comma = -1;
                    for (int q = k; q < Math.min(tokens.size(), k + 12); q++) {
                        if (tokens.get(q).word().equals(",")) {
                            comma = q;
                            break;
                        }
                    }
                    if (comma > 0) {
                        // the main clause comes after the comma unless the prefix has its own verb
                        boolean verbInPrefix = false;
                        for (int q = k; q < comma; q++) {
                            verbInPrefix |= tokens.get(q).isVerb();
                        }
                        if (!verbInPrefix) {
                            k = comma;
                            i = comma + 1;
                        }
                    }
                }
            }
            if (v < 0) {
                return c;
            }
            c.subject = '-';
            for (int k = i; k < v; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                if (w.equals("i")) {
                    c.subject = 'I';
                } else if (w.equals("we") && c.subject != 'I') {
                    c.subject = 'W';
                } else if (c.subject == '-' && !tokens.get(k).isPunctuation()) {
                    c.subject = 'X';
                }
            }
            if (c.subject == 'X') {
                // "My teammate and I", and the informal "Me and another guy", count as first person
                for (int k = i; k < v; k++) {
                    String w = tokens.get(k).word();
                    if (w.equals("I") || w.equalsIgnoreCase("me") && k + 1 < v
                            && tokens.get(k + 1).word().equalsIgnoreCase("and")) {
                        c.subject = 'W';
                    }
                }
            }
            Token first = tokens.get(v);
            c.tense = switch (first.pos()) {
                case "VBD" -> 'D';
                case "VBZ", "VBP" -> 'P';
                case "MD" -> 'M';
                default -> c.subject == '-' && (first.pos().equals("VBN") || first.pos().equals("VB")) ? 'D' : '?';
            };
            if (c.tense == 'M' && first.word().equalsIgnoreCase("'d") && v + 1 < tokens.size()
                    && tokens.get(v + 1).pos().equals("VBN")) {
                c.tense = 'D'; // "I'd been burned" is a past perfect, not "would"
            }
            // the content verb ends the verb group: "didn't roll", "was working", "have increased"
            int main = v;
            for (int k = v + 1; k < Math.min(tokens.size(), v + 4); k++) {
                Token t = tokens.get(k);
                if (t.isVerb()) {
                    Token head = tokens.get(main);
                    boolean aux = head.pos().equals("MD") || AUXILIARIES.contains(head.lemma());
                    if (!aux) {
                        break;
                    }
                    if (t.pos().equals("VBG") && tokens.get(main).lemma().equals("be")) {
                        c.progressive = true;
                    }
                    if (t.pos().equals("VBN") && tokens.get(main).lemma().equals("be")) {
                        c.passive = true;
                    }
                    if (t.pos().equals("VBN") && tokens.get(main).lemma().equals("have")) {
                        c.perfect = true;
                    }
                    if (t.lemma().equals("to")) {
                        break;
                    }
                    main = k;
                } else if (!(t.pos().startsWith("RB") || t.word().equalsIgnoreCase("n't")
                        || t.word().equalsIgnoreCase("not"))) {
                    break;
                }
            }
            c.verbIndex = main;
            c.verbLemma = tokens.get(main).lemma();
            return c;
        }

        private static final Set<String> SUBORDINATORS = Set.of("when", "once", "after", "before", "while",
                "because", "since", "until", "if", "whenever");

        /**
         * Where the main clause starts when the unit opens with a subordinate clause that has its own
         * verb: after its comma, or, with no comma, at the first "I" or "we" followed by a verb
         * ("When the diffs were clean for a week I moved each job over"). Otherwise {@code i}.
         */
        private static int mainClauseStart(List<Token> tokens, int i) {
            if (i >= tokens.size() || !SUBORDINATORS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
                return i;
            }
            int firstVerb = -1;
            for (int k = i + 1; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.word().equals(",")) {
                    return firstVerb > 0 && k + 1 < tokens.size() ? k + 1 : i;
                }
                if (firstVerb < 0 && t.isVerb()) {
                    firstVerb = k;
                } else if (firstVerb > 0 && k + 1 < tokens.size() && tokens.get(k + 1).isVerb()
                        && (t.word().equals("I") || t.word().equalsIgnoreCase("we"))) {
                    return k;
                }
            }
            return i;
        }
    }
}
