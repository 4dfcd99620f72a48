package dev.assay.rubric.markdown;

import dev.assay.rubric.io.Problem;
import dev.assay.rubric.model.Band;
import dev.assay.rubric.model.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of one question section into a {@link QuestionDraft}. Line-based: a bold label
 * line opens a block (context, STAR structure, example answer, expected points, misconceptions)
 * and list items go to the open block. Any line it cannot place becomes a warning, never lost
 * silently.
 */
final class QuestionParser {

    private enum Block { NONE, CONTEXT, STAR, EXAMPLE, POINTS, MISCONCEPTIONS, SCORING }

    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--.*-->\\s*$");
    /** "Scoring (0–10)", "Scoring guide", "Grading rubric", "Marking scheme". */
    private static final Pattern SCORING = Pattern.compile("^(?:scoring|score|grading|marking)\\b.*");
    private static final Pattern RANGE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:[-–—]|to)\\s*(\\d+(?:\\.\\d+)?)");

    private final String file;
    private final List<Problem> problems;
    private final QuestionDraft draft;
    private Block block = Block.NONE;
    private boolean inAnswer;
    private Item lastTop;
    private Item lastItem;

    private QuestionParser(String file, List<Problem> problems, QuestionDraft draft) {
        this.file = file;
        this.problems = problems;
        this.draft = draft;
    }

    static QuestionDraft parse(String file, QuestionDraft draft, List<Line> body, List<Problem> problems) {
        QuestionParser p = new QuestionParser(file, problems, draft);
        body.forEach(p::line);
        return draft;
    }

    private void line(Line line) {
        String t = line.text().strip();
        if (t.isEmpty()) {
            lastItem = null; // a blank line ends continuation text; sub-items may still follow
            return;
        }
        if (RULE.matcher(t).matches() || COMMENT.matcher(t).matches()) {
            return;
        }
        if (t.startsWith("#")) {
            heading(line, t);
            return;
        }
        Item item = Item.parse(line);
        if (item != null) {
            item(item);
            return;
        }
        Bold bold = line.indent() == 0 ? Bold.parse(t) : null;
        if (bold != null) {
            if (!label(line, bold)) {
                unrecognised(line);
            }
            return;
        }
        if (line.indent() > 0 && lastItem != null) {
            lastItem.append(t);
            return;
        }
        text(line, t);
    }

    private void heading(Line line, String t) {
        String title = t.replaceFirst("^#+", "").strip();
        String lower = title.toLowerCase(Locale.ROOT);
        if (!t.startsWith("###")) {
            unrecognised(line);
        } else if (lower.startsWith("answer")) {
            inAnswer = true;
            open(Block.NONE);
        } else if (!label(line, new Bold(title.replaceFirst(":$", ""), ""))) { // "### Example answer" etc.
            unrecognised(line);
        }
    }

    /** True when the bold label opened a block. */
    private boolean label(Line line, Bold bold) {
        String l = bold.label().toLowerCase(Locale.ROOT);
        if (l.equals("scenario") || l.startsWith("why ask") || l.equals("context") || l.equals("background")
                || l.startsWith("why we ask") || l.equals("tests") || l.equals("purpose")) {
            open(Block.CONTEXT);
            if (!bold.rest().isEmpty()) {
                draft.context.add(bold.rest());
            }
            return true;
        }
        if (l.contains("star") && (l.startsWith("expected") || l.startsWith("structure") || l.equals("star"))) {
            open(Block.STAR);
            return trailingText(line, bold);
        }
        if (l.matches("(example|sample|model|reference|good|strong) answer.*")) {
            open(Block.EXAMPLE);
            if (!bold.rest().isEmpty()) {
                draft.exampleParagraph.add(new Line(line.number(), bold.rest()));
            }
            return true;
        }
        if (l.matches("(expected|key) (approach|points|answer|steps).*") || l.equals("approach")
                || l.startsWith("what to look for") || l.startsWith("look for")) {
            open(Block.POINTS);
            inAnswer = true;
            return trailingText(line, bold);
        }
        if (SCORING.matcher(l).matches()) {
            scoring(line, bold);
            return true;
        }
        if (l.startsWith("misconception") || l.startsWith("red flag") || l.startsWith("common mistake")
                || l.startsWith("pitfall") || l.startsWith("anti-pattern") || l.startsWith("weak answer")) {
            open(Block.MISCONCEPTIONS);
            return trailingText(line, bold);
        }
        return false;
    }

    /**
     * A scoring guide ("**Scoring (0–10):**" and its levels "10: all three points", "0: no answer")
     * sets the question's scale from the range in its label; its levels are never concepts (the
     * score comes from the concepts and the structure), so they are skipped with a warning.
     */
    private void scoring(Line line, Bold bold) {
        open(Block.SCORING);
        Matcher range = RANGE.matcher(bold.label() + " " + bold.rest());
        String name = "\"" + bold.label() + "\"";
        if (range.find() && Double.parseDouble(range.group(2)) > Double.parseDouble(range.group(1))) {
            double min = Double.parseDouble(range.group(1));
            double max = Double.parseDouble(range.group(2));
            draft.scale = scaledDefault(min, max);
            warn(line, "scoring guide " + name + ": scale set to " + range.group(1) + "–" + range.group(2)
                    + "; its levels are not imported (the score comes from the expected points)");
        } else {
            warn(line, "scoring guide " + name + " skipped (no range like \"0–10\" in its label, scale stays "
                    + "0–5); its levels are not imported");
        }
    }

    /** The default 0–5 bands stretched onto another range. */
    static Scale scaledDefault(double min, double max) {
        Scale d = Scale.DEFAULT;
        double f = (max - min) / (d.max() - d.min());
        return new Scale(min, max, d.bands().stream()
                .map(b -> new Band(b.name(), min + (b.min() - d.min()) * f, min + (b.max() - d.min()) * f)).toList());
    }

    /** Block labels carry their content in the list below; text after them would be lost. */
    private boolean trailingText(Line line, Bold bold) {
        if (!bold.rest().isEmpty()) {
            warn(line, "text after \"" + bold.label() + ":\" ignored (put it in the list below): " + bold.rest());
        }
        return true;
    }

    private void open(Block b) {
        block = b;
        lastTop = null;
        lastItem = null;
    }

    private void item(Item item) {
        boolean top = lastTop == null || item.indent <= lastTop.indent + 1;
        if (!top) {
            lastTop.children.add(item);
            lastItem = item;
            return;
        }
        List<Item> target = switch (block) {
            case STAR -> draft.star;
            case EXAMPLE -> draft.exampleItems;
            case POINTS -> draft.points;
            case MISCONCEPTIONS -> draft.misconceptions;
            case NONE -> inAnswer ? draft.points : null;
            case CONTEXT -> null;
            case SCORING -> draft.scoringLevels; // warned once at the label
        };
        if (block == Block.SCORING) {
            target.add(item);
            lastTop = item;
            lastItem = item;
            return;
        }
        if (target == null) {
            unrecognised(item.line);
            return;
        }
        if (block == Block.NONE) {
            block = Block.POINTS;
        }
        target.add(item);
        lastTop = item;
        lastItem = item;
    }

    private void text(Line line, String t) {
        switch (block) {
            case CONTEXT -> draft.context.add(t);
            case EXAMPLE -> draft.exampleParagraph.add(new Line(line.number(), t));
            case NONE -> {
                if (inAnswer) { // a bare paragraph under "### Answer:" is the reference answer
                    open(Block.EXAMPLE);
                    draft.exampleParagraph.add(new Line(line.number(), t));
                } else { // a bare paragraph under the heading says why the question is asked
                    draft.context.add(t);
                }
            }
            case SCORING -> { } // a level written as a paragraph: warned once at the label
            default -> unrecognised(line);
        }
    }

    private void unrecognised(Line line) {
        warn(line, "unrecognised line, ignored: " + line.text().strip());
    }

    private void warn(Line line, String message) {
        problems.add(Problem.warning(file, line.number(), 0, "", message));
    }
}
