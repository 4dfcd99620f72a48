package dev.assay.rubric.markdown;

import dev.assay.rubric.io.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the lines of one question section into a {@link QuestionDraft}. Line-based: a bold label
 * line opens a block (context, STAR structure, example answer, expected points, misconceptions)
 * and list items go to the open block. Any line it cannot place becomes a warning, never lost
 * silently.
 */
final class QuestionParser {

    private enum Block { NONE, CONTEXT, STAR, EXAMPLE, POINTS, MISCONCEPTIONS }

    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--.*-->\\s*$");

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
        if (l.startsWith("misconception") || l.startsWith("red flag") || l.startsWith("common mistake")
                || l.startsWith("pitfall") || l.startsWith("anti-pattern") || l.startsWith("weak answer")) {
            open(Block.MISCONCEPTIONS);
            return trailingText(line, bold);
        }
        return false;
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
        };
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
