package dev.assay.engine.star;

import java.util.regex.Pattern;

/** Openings that decline the question, read by the segmenter (no story) and by the features (no answer). */
public final class Refusals {

    /** Declining to tell a story: "I can't really think of a time I …", "I've never missed …". */
    public static final Pattern STORY = Pattern.compile(
            "\\b(can't|cannot|can not|couldn't) (really |honestly )?(think of|remember|recall|come up with) (a|an|any|one)\\b"
            + "|\\b(don't|do not) (really |honestly )?have (a|an|any) (good |real )?(example|story|stories)\\b"
            + "|\\b(i've|i have) (honestly |really )?never (really )?(had|made|faced|missed|failed)\\b"
            + "|\\b(don't|do not) (really )?have (projects|deadlines|conflicts|failures) that\\b");

    /** Declining a knowledge question, read by the features only: "I haven't actually done one myself", "I'm not sure". */
    public static final Pattern KNOWLEDGE = Pattern.compile(
            "\\bi (haven't|have not) (actually |really |ever |personally )*(done|used|run|worked|had to|dealt)\\b"
            + "|\\b(i'm|i am) (honestly |really )?not (really |entirely |totally )?sure\\b"
            + "|\\bi (honestly |really )?(don't|do not) (really )?know\\b"
            + "|\\b(no|not much|little) (real )?experience (with|in|of)\\b");

    private Refusals() {
    }
}
