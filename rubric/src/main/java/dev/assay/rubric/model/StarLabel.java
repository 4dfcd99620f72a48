package dev.assay.rubric.model;

import java.util.List;

/** A role a piece of an answer plays in a STAR story; {@code O} is anything else. */
public enum StarLabel {
    S("Situation"), T("Task"), A("Action"), R("Result"), O("Other");

    /** The four story roles, in their expected order. */
    public static final List<StarLabel> STORY = List.of(S, T, A, R);

    private final String title;

    StarLabel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
