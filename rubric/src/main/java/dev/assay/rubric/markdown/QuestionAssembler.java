package dev.assay.rubric.markdown;

import dev.assay.rubric.io.Problem;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.ModelAnswer;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.StarLabel;
import dev.assay.rubric.model.StarSection;
import dev.assay.rubric.model.Step;
import dev.assay.rubric.model.Structure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a {@link QuestionDraft} into a {@link Question}: concepts, steps, STAR sections, model answer. */
final class QuestionAssembler {

    /**
     * Share of the structure credit per STAR section: equal, because a holistic grader docks about
     * the same for a missing task as for a missing result ("the core is there but with one clear
     * gap"); how much was done, and how well, is judged by the action's own features, not by its
     * section weight. A bank can set other weights in its YAML.
     */
    private static final Map<StarLabel, Double> STAR_WEIGHTS = Map.of(
            StarLabel.S, 0.25, StarLabel.T, 0.25, StarLabel.A, 0.25, StarLabel.R, 0.25);
    /** Default misconception penalty: a fifth of the scale, enough to drop a band. */
    static final double MISCONCEPTION_PENALTY = 0.2;

    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");

    private final String file;
    private final List<Problem> problems;
    private final Map<String, Integer> lines;
    private final String base;

    private QuestionAssembler(String file, List<Problem> problems, Map<String, Integer> lines, String base) {
        this.file = file;
        this.problems = problems;
        this.lines = lines;
        this.base = base;
    }

    /**
     * @param base  the JSON pointer of this question, e.g. {@code /questions/3}
     * @param lines receives the source line of each generated node
     */
    static Question assemble(String file, QuestionDraft d, String base, List<Problem> problems,
                             Map<String, Integer> lines) {
        return new QuestionAssembler(file, problems, lines, base).question(d);
    }

    private Question question(QuestionDraft d) {
        lines.put(base, d.heading.number());
        List<Concept> concepts = concepts(d.points);
        List<Step> steps = steps(d.points, concepts);
        ModelAnswer answer = modelAnswer(d);
        List<StarSection> star = star(d.star, answer);
        QuestionKind kind = !star.isEmpty() ? QuestionKind.BEHAVIORAL
                : !concepts.isEmpty() ? QuestionKind.PROCEDURAL : QuestionKind.SHORT_ANSWER;
        String context = d.context.isEmpty() ? null : String.join(" ", d.context);
        List<Misconception> misconceptions = new ArrayList<>(misconceptions(d.misconceptions));
        misconceptions.addAll(badExamples(d.points, misconceptions.size()));
        return new Question(d.id, d.prompt, d.prompt, context, kind, d.scale, concepts,
                misconceptions, new Structure(star, steps),
                answer == null ? List.of() : List.of(answer));
    }

    private List<Concept> concepts(List<Item> points) {
        List<Concept> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Item p = points.get(i);
            List<String> details = p.children.stream().map(Item::fullText).toList();
            // A point with no bold lead term is labelled by its first words but matched by all of them.
            String label = p.lead != null ? p.lead : shortLabel(p.body);
            List<String> phrasings = PhrasingExtractor.forPoint(p.lead, p.body, details);
            lines.put(base + "/concepts/" + i, p.line.number());
            out.add(new Concept("c" + (i + 1), label, 1.0, phrasings, false,
                    ConceptFeedback.forConcept(p.lead, p.body, details)));
        }
        return out;
    }

    /** A numbered point's number is its step order; bulleted points carry no order. */
    private List<Step> steps(List<Item> points, List<Concept> concepts) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).numbered()) {
                lines.put(base + "/structure/steps/" + out.size(), points.get(i).line.number());
                out.add(new Step(points.get(i).number, concepts.get(i).id()));
            }
        }
        return out;
    }

    private List<StarSection> star(List<Item> items, ModelAnswer answer) {
        List<StarSection> out = new ArrayList<>();
        for (Item item : items) {
            StarLabel label = starLabel(item.lead);
            if (label == null) {
                warn(item.line, "not a STAR section (expected **Situation:**, **Task:**, **Action:** or **Result:**), ignored: "
                        + item.line.text().strip());
                continue;
            }
            List<String> cues = new ArrayList<>();
            String main = ASIDE.matcher(item.body).replaceAll("").replaceAll("\\s+", " ").strip();
            if (!main.isEmpty()) {
                cues.add(main);
            }
            Matcher aside = ASIDE.matcher(item.body);
            while (aside.find()) {
                String cue = aside.group(1).replaceFirst("^(?i)(e\\.g\\.|for example)\\s*,?\\s*", "").strip();
                if (!cue.isEmpty()) {
                    cues.add(cue);
                }
            }
            item.children.forEach(c -> cues.add(c.fullText()));
            lines.put(base + "/structure/star/" + out.size(), item.line.number());
            out.add(new StarSection(label, STAR_WEIGHTS.get(label), cues,
                    answer == null ? null : answer.sections().get(label)));
        }
        return out;
    }

    private ModelAnswer modelAnswer(QuestionDraft d) {
        if (!d.hasExample()) {
            return null;
        }
        Map<StarLabel, String> sections = new EnumMap<>(StarLabel.class);
        List<String> loose = new ArrayList<>();
        int firstLine = d.exampleItems.isEmpty() ? d.exampleParagraph.get(0).number()
                : d.exampleItems.get(0).line.number();
        for (Item item : d.exampleItems) {
            StarLabel label = starLabel(item.lead);
            String text = unquote(item.body + childText(item), item.line);
            if (label == null) {
                loose.add(unquote(item.fullText() + childText(item), item.line));
            } else if (sections.containsKey(label)) {
                warn(item.line, "second example \"" + item.lead + "\" section appended to the first");
                sections.put(label, sections.get(label) + " " + text);
            } else {
                sections.put(label, text);
            }
        }
        if (!d.exampleParagraph.isEmpty()) {
            String para = String.join(" ", d.exampleParagraph.stream().map(Line::text).toList());
            loose.add(unquote(para, d.exampleParagraph.get(0)));
        }
        List<String> parts = new ArrayList<>();
        StarLabel.STORY.stream().filter(sections::containsKey).forEach(l -> parts.add(sentence(sections.get(l))));
        loose.forEach(t -> parts.add(sentence(t)));
        lines.put(base + "/model_answers/0", firstLine);
        return new ModelAnswer("ma1", String.join(" ", parts), null, sections);
    }

    private static String childText(Item item) {
        return item.children.isEmpty() ? "" : " " + String.join(" ", item.children.stream().map(Item::fullText).toList());
    }

    /** The text without its surrounding quotes; an opening quote with no closing one is an error. */
    private String unquote(String text, Line line) {
        String t = text.strip();
        if (t.startsWith("\"") || t.startsWith("“")) {
            char close = t.charAt(0) == '“' ? '”' : '"';
            int end = t.indexOf(close, 1);
            if (end < 0 && close == '”') {
                end = t.indexOf('"', 1);
            }
            if (end < 0) {
                problems.add(Problem.error(file, line.number(), 0, "",
                        "unterminated quote in example answer: " + abbreviate(t)));
                return t.substring(1).strip();
            }
            if (end == t.length() - 1) {
                return t.substring(1, end).strip();
            }
        }
        return t;
    }

    /**
     * The bad half of a point's good-vs-bad example ({@code Examples: "Better testing would have caught
     * this" vs "QA was careless"}) is what the bank warns against: a misconception of its own, matched by
     * its words.
     */
    private List<Misconception> badExamples(List<Item> points, int numbered) {
        List<Misconception> out = new ArrayList<>();
        for (Item p : points) {
            List<Item> lines = new ArrayList<>();
            lines.add(p);
            lines.addAll(p.children);
            for (Item line : lines) {
                String text = line == p ? p.body : line.fullText();
                ConceptFeedback.goodAndBad(text).ifPresent(gb -> {
                    int i = numbered + out.size();
                    this.lines.put(base + "/misconceptions/" + i, line.line.number());
                    out.add(new Misconception("mc" + (i + 1), gb[1], List.of(gb[1]), MISCONCEPTION_PENALTY,
                            "Avoid: \"" + gb[1] + "\"; say it like \"" + gb[0] + "\"."));
                });
            }
        }
        return out;
    }

    private List<Misconception> misconceptions(List<Item> items) {
        List<Misconception> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item m = items.get(i);
            List<String> details = m.children.stream().map(Item::fullText).toList();
            List<String> quoted = PhrasingExtractor.quotes(m.fullText());
            if (m.lead != null) {
                // Quoted words are what a weak answer says; without quotes, the point's own words are.
                List<String> phrasings = !quoted.isEmpty() ? quoted : PhrasingExtractor.forPoint(m.lead, m.body, details);
                lines.put(base + "/misconceptions/" + i, m.line.number());
                out.add(new Misconception("mc" + (i + 1), m.lead, phrasings, MISCONCEPTION_PENALTY,
                        ConceptFeedback.forMisconception(m.lead, m.body)));
                continue;
            }
            // A plain item is the misconception itself: labelled and quoted whole, matched by its core claim.
            String label = m.body.replaceAll("[\"“”*`]", "").replaceAll("\\s+", " ").strip();
            List<String> phrasings = new ArrayList<>(!quoted.isEmpty() ? quoted : PhrasingExtractor.coreClaim(m.body));
            details.forEach(d -> PhrasingExtractor.coreClaim(d).stream().filter(p -> !phrasings.contains(p))
                    .forEach(phrasings::add));
            if (phrasings.isEmpty()) { // no claim found: the item's own words, as for a point
                phrasings.addAll(PhrasingExtractor.forPoint(null, m.body, details));
            }
            lines.put(base + "/misconceptions/" + i, m.line.number());
            out.add(new Misconception("mc" + (i + 1), label, phrasings, MISCONCEPTION_PENALTY,
                    ConceptFeedback.forMisconceptionText(label)));
        }
        return out;
    }

    static StarLabel starLabel(String lead) {
        if (lead == null) {
            return null;
        }
        return switch (lead.strip().toLowerCase(Locale.ROOT)) {
            case "situation", "s" -> StarLabel.S;
            case "task", "t" -> StarLabel.T;
            case "action", "actions", "a" -> StarLabel.A;
            case "result", "results", "outcome", "r" -> StarLabel.R;
            default -> null;
        };
    }

    /** A label for a point with no bold lead term: its first few words. */
    private static String shortLabel(String body) {
        String[] words = body.replaceAll("[\"“”*]", "").strip().split("\\s+");
        List<String> first = new ArrayList<>(List.of(words).subList(0, Math.min(words.length, PhrasingExtractor.MAX_WORDS)));
        if (words.length > PhrasingExtractor.MAX_WORDS) {
            PhrasingExtractor.trimTrailing(first);
        }
        return String.join(" ", first).replaceAll("[\\p{Punct}&&[^%$]]+$", "");
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.isEmpty() || t.matches(".*[.?!]$") ? t : t + ".";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private void warn(Line line, String message) {
        problems.add(Problem.warning(file, line.number(), 0, "", message));
    }
}
