package dev.assay.rubric.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Type-level checks on a bank tree: is this field there, is it a string, a number, a list; which
 * fields are unknown. Each failed check adds a located problem and returns null, so the caller can
 * go on and find the next problem instead of stopping at the first.
 */
final class NodeChecks {

    private final String file;
    private final Locator locator;
    private final List<Problem> problems = new ArrayList<>();

    NodeChecks(String file, Locator locator) {
        this.file = file;
        this.locator = locator;
    }

    List<Problem> problems() {
        return problems;
    }

    void error(NodePath path, String message) {
        Location at = locator.locate(path, false);
        problems.add(Problem.error(file, at.line(), at.column(), path.display(), message));
    }

    private void errorAtKey(NodePath path, String message) {
        Location at = locator.locate(path, true);
        problems.add(Problem.error(file, at.line(), at.column(), path.display(), message));
    }

    int lineOf(NodePath path) {
        return locator.locate(path, false).line();
    }

    /** True if {@code node} is an object; reports every field not in {@code allowed}. */
    boolean object(JsonNode node, NodePath path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            error(path, "must be a mapping of fields, got " + describe(node));
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String hint = closest(name, allowed);
                errorAtKey(path.field(name), "unknown field" + (hint == null ? "" : "; did you mean \"" + hint + "\"?")
                        + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return true;
    }

    /** A non-blank string, or null (reported). */
    String requiredText(JsonNode parent, String name, NodePath parentPath) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            error(parentPath.field(name), "is required");
            return null;
        }
        return text(n, parentPath.field(name), false);
    }

    /** A string if present; null if absent or wrong (reported). */
    String optionalText(JsonNode parent, String name, NodePath parentPath) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? null : text(n, parentPath.field(name), true);
    }

    private String text(JsonNode n, NodePath path, boolean blankAllowed) {
        if (!n.isTextual()) {
            error(path, "must be text, got " + describe(n));
            return null;
        }
        if (!blankAllowed && n.asText().isBlank()) {
            error(path, "must not be empty");
            return null;
        }
        return n.asText();
    }

    /** A number described as {@code what} ("a positive number"), or null (reported). */
    Double number(JsonNode parent, String name, NodePath parentPath, String what, boolean required) {
        JsonNode n = parent.get(name);
        NodePath path = parentPath.field(name);
        if (n == null || n.isNull()) {
            if (required) {
                error(path, "is required (" + what + ")");
            }
            return null;
        }
        if (!n.isNumber()) {
            error(path, "must be " + what + ", got " + describe(n));
            return null;
        }
        return n.doubleValue();
    }

    Boolean bool(JsonNode parent, String name, NodePath parentPath) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            error(parentPath.field(name), "must be true or false, got " + describe(n));
            return null;
        }
        return n.booleanValue();
    }

    /** The list's elements, empty when absent; null when present but not a list (reported). */
    List<JsonNode> list(JsonNode parent, String name, NodePath parentPath) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            error(parentPath.field(name), "must be a list, got " + describe(n));
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        n.elements().forEachRemaining(out::add);
        return out;
    }

    /** The strings of a list of strings; each non-string or blank element is reported. */
    List<String> texts(JsonNode parent, String name, NodePath parentPath) {
        List<JsonNode> items = list(parent, name, parentPath);
        List<String> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            String s = text(items.get(i), parentPath.field(name).index(i), false);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return n.toString();
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.asText();
    }

    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** The allowed name within two edits of a misspelt one, for a "did you mean" hint. */
    private static String closest(String name, Set<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int d = distance(name.toLowerCase(), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
