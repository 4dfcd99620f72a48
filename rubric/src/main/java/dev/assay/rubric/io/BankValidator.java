package dev.assay.rubric.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.rubric.model.QuestionKind;
import dev.assay.rubric.model.StarLabel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a bank tree (wire form, snake_case) against the rubric format and reports every problem
 * in one pass. Works on the tree rather than the records so it can name wrong types ("high" as a
 * weight) and unknown fields, which binding would turn into a single exception.
 */
public final class BankValidator {

    private static final Set<String> BANK = Set.of("title", "questions");
    private static final Set<String> QUESTION = Set.of("id", "title", "prompt", "context", "kind", "scale",
            "concepts", "misconceptions", "structure", "model_answers");
    private static final Set<String> SCALE = Set.of("min", "max", "bands");
    private static final Set<String> BAND = Set.of("name", "min", "max");
    private static final Set<String> CONCEPT = Set.of("id", "label", "weight", "phrasings", "required", "feedback");
    private static final Set<String> MISCONCEPTION = Set.of("id", "label", "phrasings", "penalty", "feedback");
    private static final Set<String> STRUCTURE = Set.of("star", "steps");
    private static final Set<String> STAR_SECTION = Set.of("label", "weight", "cues", "example");
    private static final Set<String> STEP = Set.of("order", "concept");
    private static final Set<String> MODEL_ANSWER = Set.of("id", "text", "score", "sections");
    private static final String KINDS = Arrays.stream(QuestionKind.values())
            .map(QuestionKind::wireName).collect(Collectors.joining(", "));

    private final NodeChecks check;

    private BankValidator(String file, Locator locator) {
        this.check = new NodeChecks(file, locator);
    }

    /** Every problem in {@code root}, located through {@code locator}; empty when the bank is valid. */
    public static List<Problem> validate(JsonNode root, String file, Locator locator) {
        BankValidator v = new BankValidator(file, locator);
        v.bank(root);
        return List.copyOf(v.check.problems());
    }

    private void bank(JsonNode root) {
        NodePath path = NodePath.ROOT;
        if (!check.object(root, path, BANK)) {
            return;
        }
        check.optionalText(root, "title", path);
        List<JsonNode> questions = check.list(root, "questions", path);
        if (questions != null && questions.isEmpty()) {
            check.error(path.field("questions"), "a bank needs at least one question");
        }
        if (questions == null) {
            return;
        }
        Ids ids = new Ids("question");
        for (int i = 0; i < questions.size(); i++) {
            NodePath qPath = path.field("questions").index(i);
            question(questions.get(i), qPath, ids);
        }
    }

    private void question(JsonNode q, NodePath path, Ids questionIds) {
        if (!check.object(q, path, QUESTION)) {
            return;
        }
        questionIds.add(check.requiredText(q, "id", path), path.field("id"));
        check.optionalText(q, "title", path);
        check.requiredText(q, "prompt", path);
        check.optionalText(q, "context", path);
        kind(q, path);
        double[] range = scale(q.get("scale"), path.field("scale"));
        Set<String> conceptIds = concepts(q, path);
        misconceptions(q, path);
        boolean structured = structure(q.get("structure"), path.field("structure"), conceptIds);
        boolean answered = modelAnswers(q, path, range);
        if (conceptIds.isEmpty() && !structured && !answered) {
            check.error(path, "nothing to grade against: give concepts, structure or model_answers");
        }
    }

    private void kind(JsonNode q, NodePath path) {
        String kind = check.requiredText(q, "kind", path);
        if (kind != null && Arrays.stream(QuestionKind.values()).noneMatch(k -> k.wireName().equals(kind))) {
            check.error(path.field("kind"), "unknown kind \"" + kind + "\", expected one of " + KINDS);
        }
    }

    /** The scale's range for later checks; the default 0–5 when absent or unusable. */
    private double[] scale(JsonNode scale, NodePath path) {
        double[] fallback = {0, 5};
        if (scale == null || scale.isNull()) {
            return fallback;
        }
        if (!check.object(scale, path, SCALE)) {
            return fallback;
        }
        Double min = check.number(scale, "min", path, "a number", true);
        Double max = check.number(scale, "max", path, "a number", true);
        boolean ordered = min != null && max != null && min < max;
        if (min != null && max != null && !ordered) {
            check.error(path, "min (" + NodeChecks.format(min) + ") must be less than max (" + NodeChecks.format(max) + ")");
        }
        List<JsonNode> bands = check.list(scale, "bands", path);
        for (int i = 0; bands != null && i < bands.size(); i++) {
            NodePath bPath = path.field("bands").index(i);
            JsonNode b = bands.get(i);
            if (!check.object(b, bPath, BAND)) {
                continue;
            }
            check.requiredText(b, "name", bPath);
            Double bMin = check.number(b, "min", bPath, "a number", true);
            Double bMax = check.number(b, "max", bPath, "a number", true);
            if (bMin != null && bMax != null && bMin > bMax) {
                check.error(bPath, "min (" + NodeChecks.format(bMin) + ") is above max (" + NodeChecks.format(bMax) + ")");
            } else if (ordered && bMin != null && bMax != null && (bMin < min || bMax > max)) {
                check.error(bPath, "band " + NodeChecks.format(bMin) + "–" + NodeChecks.format(bMax)
                        + " lies outside the scale " + NodeChecks.format(min) + "–" + NodeChecks.format(max));
            }
        }
        return ordered ? new double[] {min, max} : fallback;
    }

    private Set<String> concepts(JsonNode q, NodePath path) {
        List<JsonNode> concepts = check.list(q, "concepts", path);
        Ids ids = new Ids("concept");
        for (int i = 0; concepts != null && i < concepts.size(); i++) {
            NodePath cPath = path.field("concepts").index(i);
            JsonNode c = concepts.get(i);
            if (!check.object(c, cPath, CONCEPT)) {
                continue;
            }
            ids.add(check.requiredText(c, "id", cPath), cPath.field("id"));
            check.optionalText(c, "label", cPath);
            positive(c, "weight", cPath);
            phrasings(c, cPath, "concept");
            check.bool(c, "required", cPath);
            check.optionalText(c, "feedback", cPath);
        }
        return ids.seen.keySet();
    }

    private void misconceptions(JsonNode q, NodePath path) {
        List<JsonNode> items = check.list(q, "misconceptions", path);
        Ids ids = new Ids("misconception");
        for (int i = 0; items != null && i < items.size(); i++) {
            NodePath mPath = path.field("misconceptions").index(i);
            JsonNode m = items.get(i);
            if (!check.object(m, mPath, MISCONCEPTION)) {
                continue;
            }
            ids.add(check.requiredText(m, "id", mPath), mPath.field("id"));
            check.optionalText(m, "label", mPath);
            phrasings(m, mPath, "misconception");
            Double penalty = check.number(m, "penalty", mPath, "a share of the scale between 0 and 1", true);
            if (penalty != null && (penalty <= 0 || penalty > 1)) {
                check.error(mPath.field("penalty"), "must be above 0 and at most 1, got " + NodeChecks.format(penalty));
            }
            check.optionalText(m, "feedback", mPath);
        }
    }

    private void phrasings(JsonNode node, NodePath path, String what) {
        List<String> phrasings = check.texts(node, "phrasings", path);
        JsonNode raw = node.get("phrasings");
        if (phrasings.isEmpty() && (raw == null || raw.isNull() || (raw.isArray() && raw.isEmpty()))) {
            check.error(path.field("phrasings"), "a " + what + " needs at least one phrasing to be matched by");
        }
    }

    private void positive(JsonNode node, String name, NodePath path) {
        Double w = check.number(node, name, path, "a positive number", true);
        if (w != null && !(w > 0)) {
            check.error(path.field(name), "must be a positive number, got " + NodeChecks.format(w));
        }
    }

    /** True when the structure gives STAR sections or steps. */
    private boolean structure(JsonNode s, NodePath path, Set<String> conceptIds) {
        if (s == null || s.isNull() || !check.object(s, path, STRUCTURE)) {
            return false;
        }
        List<JsonNode> star = check.list(s, "star", path);
        Map<String, NodePath> labels = new HashMap<>();
        for (int i = 0; star != null && i < star.size(); i++) {
            NodePath sPath = path.field("star").index(i);
            JsonNode sec = star.get(i);
            if (!check.object(sec, sPath, STAR_SECTION)) {
                continue;
            }
            String label = check.requiredText(sec, "label", sPath);
            if (label != null) {
                NodePath first = labels.putIfAbsent(label, sPath);
                if (!StarLabel.STORY.stream().map(Enum::name).toList().contains(label)) {
                    check.error(sPath.field("label"), "unknown STAR label \"" + label + "\", expected S, T, A or R");
                } else if (first != null) {
                    check.error(sPath.field("label"), "section \"" + label + "\" appears twice (first at "
                            + first.display() + ", line " + check.lineOf(first) + ")");
                }
            }
            positive(sec, "weight", sPath);
            check.texts(sec, "cues", sPath);
            check.optionalText(sec, "example", sPath);
        }
        List<JsonNode> steps = check.list(s, "steps", path);
        steps(steps, path.field("steps"), conceptIds);
        return (star != null && !star.isEmpty()) || (steps != null && !steps.isEmpty());
    }

    private void steps(List<JsonNode> steps, NodePath path, Set<String> conceptIds) {
        if (steps == null || steps.isEmpty()) {
            return;
        }
        Map<Integer, NodePath> orders = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            NodePath sPath = path.index(i);
            JsonNode step = steps.get(i);
            if (!check.object(step, sPath, STEP)) {
                continue;
            }
            Double order = check.number(step, "order", sPath, "a whole number from 1", true);
            if (order != null) {
                if (order != Math.rint(order) || order < 1) {
                    check.error(sPath.field("order"), "must be a whole number from 1, got " + NodeChecks.format(order));
                } else {
                    NodePath first = orders.putIfAbsent(order.intValue(), sPath);
                    if (first != null) {
                        check.error(sPath.field("order"), "order " + order.intValue() + " is used twice (first at "
                                + first.display() + ")");
                    }
                }
            }
            String concept = check.requiredText(step, "concept", sPath);
            if (concept != null && !conceptIds.contains(concept)) {
                check.error(sPath.field("concept"), "names unknown concept \"" + concept + "\""
                        + (conceptIds.isEmpty() ? "; the question has no concepts" : "; known: "
                        + String.join(", ", new TreeSet<>(conceptIds))));
            }
        }
        Set<Integer> missing = new TreeSet<>();
        int top = orders.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int n = 1; n <= top; n++) {
            if (!orders.containsKey(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            check.error(path, "step orders must run 1.." + top + " without gaps; missing "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    /** True when there is at least one model answer. */
    private boolean modelAnswers(JsonNode q, NodePath path, double[] range) {
        List<JsonNode> answers = check.list(q, "model_answers", path);
        Ids ids = new Ids("model answer");
        for (int i = 0; answers != null && i < answers.size(); i++) {
            NodePath aPath = path.field("model_answers").index(i);
            JsonNode a = answers.get(i);
            if (!check.object(a, aPath, MODEL_ANSWER)) {
                continue;
            }
            ids.add(check.requiredText(a, "id", aPath), aPath.field("id"));
            check.requiredText(a, "text", aPath);
            Double score = check.number(a, "score", aPath, "a number on the question's scale", false);
            if (score != null && (score < range[0] || score > range[1])) {
                check.error(aPath.field("score"), "must lie on the scale " + NodeChecks.format(range[0]) + "–"
                        + NodeChecks.format(range[1]) + ", got " + NodeChecks.format(score));
            }
            sections(a.get("sections"), aPath.field("sections"));
        }
        return answers != null && !answers.isEmpty();
    }

    private void sections(JsonNode sections, NodePath path) {
        if (sections == null || sections.isNull()) {
            return;
        }
        Set<String> labels = new HashSet<>();
        StarLabel.STORY.forEach(l -> labels.add(l.name()));
        if (!check.object(sections, path, labels)) {
            return;
        }
        for (Iterator<String> it = sections.fieldNames(); it.hasNext(); ) {
            String label = it.next();
            if (labels.contains(label)) {
                check.optionalText(sections, label, path);
            }
        }
    }

    /** Ids seen so far in one scope; a repeat is reported with the line of the first. */
    private final class Ids {
        private final String what;
        private final Map<String, NodePath> seen = new HashMap<>();

        Ids(String what) {
            this.what = what;
        }

        void add(String id, NodePath path) {
            if (id == null) {
                return;
            }
            NodePath first = seen.putIfAbsent(id, path);
            if (first != null) {
                check.error(path, "duplicate " + what + " id \"" + id + "\" (first at line " + check.lineOf(first) + ")");
            }
        }
    }
}
