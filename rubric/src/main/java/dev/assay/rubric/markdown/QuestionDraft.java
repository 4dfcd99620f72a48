package dev.assay.rubric.markdown;

import dev.assay.rubric.model.Scale;
import java.util.ArrayList;
import java.util.List;

/** What the parser found in one {@code ## Qn:} section, before it becomes a {@code Question}. */
final class QuestionDraft {

    final Line heading;
    final String id;
    final String prompt;
    final List<String> context = new ArrayList<>();
    final List<Item> star = new ArrayList<>();
    final List<Item> exampleItems = new ArrayList<>();
    final List<Line> exampleParagraph = new ArrayList<>();
    final List<Item> points = new ArrayList<>();
    final List<Item> misconceptions = new ArrayList<>();
    /** The levels of a scoring guide: kept apart, never concepts. */
    final List<Item> scoringLevels = new ArrayList<>();
    /** The scale a scoring guide's label gives ("Scoring (0–10)"), else the default 0–5. */
    Scale scale = Scale.DEFAULT;

    QuestionDraft(Line heading, String id, String prompt) {
        this.heading = heading;
        this.id = id;
        this.prompt = prompt;
    }

    boolean hasExample() {
        return !exampleItems.isEmpty() || !exampleParagraph.isEmpty();
    }
}
