package dev.assay.engine.scoring;

import dev.assay.engine.concepts.ConceptMatch;
import dev.assay.engine.concepts.MisconceptionHit;
import dev.assay.engine.evaluation.Flag;
import dev.assay.engine.features.ConceptCredit;
import dev.assay.engine.features.Features;
import dev.assay.rubric.model.Concept;
import dev.assay.rubric.model.Misconception;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.StarLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes feedback a candidate can act on: what is missing and how to add it. */
public final class FeedbackWriter {

    private final ConceptCredit credit;

    public FeedbackWriter(ConceptCredit credit) {
        this.credit = credit;
    }

    /** A STAR part with less presence than this is reported as missing. */
    static final double PART_PRESENT = 0.5;

    public List<String> write(Question question, Features f, ConceptMatch concepts, Set<Flag> flags) {
        List<String> out = new ArrayList<>();
        if (flags.contains(Flag.EMPTY)) {
            out.add(question.structure().isStar() ? "There is no answer to grade: tell what you did, on one real occasion."
                    : "There is no answer to grade: answer the question in a few sentences.");
            return out;
        }
        if (flags.contains(Flag.NOT_ENGLISH)) {
            out.add("This answer does not read as English, the only language this grader reads: it was not graded."
                    + " Answer in English, or ask for a person to grade it.");
            return out;
        }
        if (flags.contains(Flag.OFF_TOPIC)) {
            out.add("This answer does not address the question asked (\"" + question.prompt()
                    + "\"): answer that question.");
            return out;
        }
        if (flags.contains(Flag.COPIED_REFERENCE)) {
            // a question without a model answer is compared with its own expected points (ReferenceIndex)
            String copied = question.modelAnswers().isEmpty() ? "the rubric's expected points" : "the model answer";
            out.add(question.structure().isStar()
                    ? "This reads as a near copy of " + copied + ": describe your own experience in your own words."
                    : "This reads as a near copy of " + copied + ": say it in your own words.");
        }
        if (flags.contains(Flag.KEYWORD_STUFFING)) {
            out.add(question.structure().isStar()
                    ? "Listing terms is not an answer: write sentences that say what was done, why, and what happened."
                    : "Listing terms is not an answer: write sentences that explain each point, and why it matters.");
        }
        if (question.structure().isStar()) {
            starFeedback(question, f, out);
        }
        for (Concept c : question.concepts()) {
            if (credit.of(concepts, c.id()) == 0) {
                String advice = c.feedback() != null && !c.feedback().isBlank() ? c.feedback() : cover(c);
                // a weak negated word ("not needed") is no mention: only a negation that would have counted
                out.add(credit.denied(concepts, c.id())
                        ? "You mention " + lowerFirst(c.label()) + " only "
                                + (question.structure().isStar() ? "to say it was not done. " : "to rule it out. ") + advice
                        : advice);
            }
        }
        for (Misconception m : question.misconceptions()) {
            if (credit.stated(concepts, m.id())) {
                out.add(misconceptionAdvice(m, concepts));
            }
        }
        if (flags.contains(Flag.TOO_SHORT) && out.size() < 2) {
            out.add("The answer is very short: add the specifics a grader needs to give credit.");
        }
        return out;
    }

    /** "Cover X: e.g. <a phrasing>", the example left out when it only repeats the label ("Cover battery: e.g. battery."). */
    static String cover(Concept c) {
        String label = c.label() == null ? c.id() : c.label().strip();
        String example = c.phrasings().stream().filter(p -> !p.strip().equalsIgnoreCase(label)).findFirst().orElse(null);
        return "Cover " + lowerFirst(label) + (example == null ? "." : ": e.g. " + example + ".");
    }

    /** Names the wrong idea and where the answer says it, then the bank's own advice, if any. */
    private static String misconceptionAdvice(Misconception m, ConceptMatch concepts) {
        String where = concepts.misconceptions().stream()
                .filter(h -> h.misconceptionId().equals(m.id()) && !h.negated())
                .max(java.util.Comparator.comparingDouble(MisconceptionHit::strength))
                .map(h -> " (\"" + h.matchedText() + "\")").orElse("");
        String label = m.label() == null || m.label().isBlank() ? m.id() : m.label().strip();
        // an imported bank's feedback often only restates the label ("Avoid: …"): then say what to do instead
        boolean own = m.feedback() != null && m.feedback().toLowerCase(Locale.ROOT)
                .replace(stripFinalStop(label).toLowerCase(Locale.ROOT), "").replaceAll("\\bavoid\\b", "")
                .chars().anyMatch(Character::isLetter);
        String advice = own ? m.feedback().strip() : "rethink this point, or say why it does not apply.";
        return "The answer states a known misconception, \"" + stripFinalStop(label) + "\"" + where + ": " + advice
                + (advice.endsWith(".") || advice.endsWith("\"") ? "" : ".");
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static void starFeedback(Question question, Features f, List<String> out) {
        if (f.get(Features.WE_ONLY) == 1) {
            out.add("You tell the story as \"we\" throughout: say what you did yourself (\"I …\"), so your own part"
                    + " is clear.");
        }
        if (f.get(Features.OTHERS_DEEDS) > 0) {
            out.add("Most of what is done in your story is done by someone else: tell what you did yourself, and why.");
        }
        List<StarLabel> present = new ArrayList<>();
        List<StarLabel> missing = new ArrayList<>();
        for (StarLabel l : StarLabel.STORY) {
            (f.get(Features.star(l)) >= PART_PRESENT ? present : missing).add(l);
        }
        if (missing.isEmpty()) {
            if (f.get(Features.QUANTIFIED_RESULT) == 0) {
                out.add("Your story is complete; make the result concrete: say what changed, with a number if you can.");
            }
            return;
        }
        List<String> advice = missing.stream().map(l -> adviceFor(question, l)).toList();
        if (present.isEmpty()) {
            out.add("You do not yet tell a story about one real occasion: pick one, then "
                    + String.join("; ", advice) + ".");
            return;
        }
        out.add("You describe " + names(present) + " but not " + names(missing) + ": " + String.join("; ", advice) + ".");
    }

    private static String names(List<StarLabel> labels) {
        List<String> words = labels.stream().map(FeedbackWriter::phrase).collect(Collectors.toList());
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String phrase(StarLabel l) {
        return switch (l) {
            case S -> "the situation";
            case T -> "your own task";
            case A -> "your actions";
            case R -> "the result";
            case O -> "other";
        };
    }

    /** The rubric's own question for a STAR part ("What was your role, and what did you need to achieve?"), if any. */
    private static java.util.Optional<String> askedFor(Question question, StarLabel l) {
        return question.structure().star().stream().filter(s -> s.label() == l)
                .flatMap(s -> s.cues().stream()).map(String::strip).filter(c -> c.endsWith("?") && c.length() > 3)
                .findFirst().map(FeedbackWriter::lowerFirst);
    }

    /** What to add for a missing part: the rubric's own question for it, else a generic hint. */
    private static String adviceFor(Question question, StarLabel l) {
        String lead = switch (l) {
            case S -> "set the scene in a sentence or two";
            case T -> "say what your own part was";
            case A -> "walk through the steps you took yourself, in order, with \"I\"";
            case R -> "say what changed, with a number if you can";
            case O -> "";
        };
        String hint = switch (l) {
            case S -> "where, when, what was at stake";
            case T -> "\"I was on call\", \"it was my decision\"";
            default -> null;
        };
        return askedFor(question, l).or(() -> java.util.Optional.ofNullable(hint)).map(h -> lead + " (" + h + ")")
                .orElse(lead);
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "this point";
        }
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
