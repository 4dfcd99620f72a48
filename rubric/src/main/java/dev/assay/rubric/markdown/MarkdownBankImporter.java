package dev.assay.rubric.markdown;

import dev.assay.rubric.io.Problem;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a question bank written in Markdown in the seed's style:
 *
 * <pre>
 * # Optional bank title
 * ## Q2: Your deployment caused an outage. How do you approach the post-mortem?
 * **Why ask:** Tests blameless culture, ...          (or **Scenario:**) → context
 * ### Answer:
 * **Expected structure (STAR):**  - **Situation:** cue ...     → STAR sections, kind behavioral
 * **Example answer:**  - **Situation:** "quoted text" ... or a paragraph → one model answer
 * **Expected approach:** (optional)  1. **Lead term:** text   → one concept per point, steps if numbered
 *    - sub-bullet                                              → more phrasings of that concept
 * **Misconceptions:** / **Red flags:**  - bullet               → misconceptions
 * **Scoring (0–10):**  - 10: …  - 0: …                        → the scale 0–10 (levels skipped, warned)
 * </pre>
 *
 * Every line it cannot place becomes a warning with its line number; an unterminated quote in an
 * example answer is an error. The result is not validated here: {@code BankReader} does that.
 */
public final class MarkdownBankImporter {

    private static final Pattern QUESTION = Pattern.compile("^##\\s+(?:([A-Za-z]*\\d+[A-Za-z0-9_-]*)(?:\\s*[:.)]|\\s+[-–—])\\s*)?(.+?)\\s*$");
    private static final Pattern TITLE = Pattern.compile("^#\\s+(.+?)\\s*$");
    /**
     * "# Q5: …", "### Q5: …" or "##Q5: …": a question heading at another level or without its space, read as
     * one with a warning.
     */
    private static final Pattern MISLEVELLED_QUESTION =
            Pattern.compile("^(?:#\\s+|#{3,6}\\s+|#{1,6})([Qq]\\d+[A-Za-z0-9_-]*)\\s*[:.)]\\s*(.+?)\\s*$");

    private MarkdownBankImporter() {
    }

    /** @param file the file name, used for the default bank title and in problems */
    public static ImportResult importBank(String file, String markdown) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        String title = null;
        List<Question> questions = new ArrayList<>();
        QuestionDraft draft = null;
        List<Line> body = new ArrayList<>();
        String[] raw = markdown.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            Line line = new Line(i + 1, raw[i]);
            unclosedBold(file, line, problems);
            Matcher q = QUESTION.matcher(line.text());
            Matcher misLevelled = MISLEVELLED_QUESTION.matcher(line.text());
            if (misLevelled.matches()) {
                // a typo in the heading must not merge this question into the one before it
                problems.add(Problem.warning(file, line.number(), 0, "", "a question heading is \"## \" (two #, then"
                        + " a space): read \"" + line.text().strip() + "\" as \"## " + misLevelled.group(1) + ": …\""));
                q = QUESTION.matcher("## " + misLevelled.group(1) + ": " + misLevelled.group(2));
            }
            if (q.matches() && (misLevelled.matches() || !line.text().startsWith("###"))) {
                if (draft != null) {
                    questions.add(finish(file, draft, body, questions.size(), problems, lines));
                }
                String id = q.group(1);
                if (id == null) {
                    id = "Q" + (questions.size() + 1);
                    problems.add(Problem.warning(file, line.number(), 0, "",
                            "question heading has no id like \"Q3:\"; using " + id));
                }
                draft = new QuestionDraft(line, id, q.group(2));
                body = new ArrayList<>();
            } else if (draft != null) {
                body.add(line);
            } else if (title == null && TITLE.matcher(line.text()).matches()) {
                Matcher t = TITLE.matcher(line.text());
                t.matches();
                title = t.group(1);
            } else if (!line.isBlank()) {
                problems.add(Problem.warning(file, line.number(), 0, "",
                        "unrecognised line before the first question, ignored: " + line.text().strip()));
            }
        }
        if (draft != null) {
            questions.add(finish(file, draft, body, questions.size(), problems, lines));
        }
        if (questions.isEmpty()) {
            problems.add(Problem.error(file, 1, 0, "", "no questions found; expected headings like \"## Q1: prompt\""));
        }
        return new ImportResult(new QuestionBank(title != null ? title : stem(file), questions), problems, lines);
    }

    /**
     * An odd number of "**" on a line: a bold lead left open ("**Check the address: The kernel …") runs the
     * point's label into its description, and a literal "**" would reach the feedback.
     */
    private static void unclosedBold(String file, Line line, List<Problem> problems) {
        int count = 0;
        for (int at = line.text().indexOf("**"); at >= 0; at = line.text().indexOf("**", at + 2)) {
            count++;
        }
        if (count % 2 == 1) {
            problems.add(Problem.warning(file, line.number(), line.text().indexOf("**") + 1, "",
                    "unclosed ** (bold): close it after the point's label, as in \"**Label:** description\""));
        }
    }

    private static Question finish(String file, QuestionDraft draft, List<Line> body, int index,
                                   List<Problem> problems, Map<String, Integer> lines) {
        QuestionParser.parse(file, draft, body, problems);
        return QuestionAssembler.assemble(file, draft, "/questions/" + index, problems, lines);
    }

    private static String stem(String file) {
        Path name = Path.of(file).getFileName();
        String n = name == null ? file : name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
