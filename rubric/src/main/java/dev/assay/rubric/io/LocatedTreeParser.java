package dev.assay.rubric.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON into a {@link LocatedTree} with Jackson's streaming parser, recording the
 * location of every value and field name on the way (the tree model alone forgets them). Duplicate
 * field names, which the tree model would silently collapse, are reported.
 */
final class LocatedTreeParser {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String file;
    private final List<Problem> problems;
    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, Location> keys = new HashMap<>();

    private LocatedTreeParser(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The tree, or null with the syntax error (or the empty file) added to {@code problems}. */
    static LocatedTree parse(JsonFactory factory, String file, String text, List<Problem> problems) {
        LocatedTreeParser reader = new LocatedTreeParser(file, problems);
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() == null) {
                problems.add(Problem.error(file, 1, 1, "", "file is empty; expected a question bank"));
                return null;
            }
            JsonNode root = reader.value(p, NodePath.ROOT);
            if (p.nextToken() != null) {
                Location extra = location(p.currentTokenLocation());
                problems.add(Problem.error(file, extra.line(), extra.column(), "",
                        "unexpected content after the bank (one file holds one bank)"));
                return null;
            }
            return new LocatedTree(root, Map.copyOf(reader.values), Map.copyOf(reader.keys));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(Problem.error(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), "", "syntax error: " + syntaxMessage(e)));
            return null;
        } catch (IOException e) {
            problems.add(Problem.error(file, 0, 0, "", "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private JsonNode value(JsonParser p, NodePath path) throws IOException {
        values.put(path.pointer(), location(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    NodePath child = path.field(name);
                    Location keyAt = location(p.currentTokenLocation());
                    if (object.has(name)) {
                        Location first = keys.get(child.pointer());
                        problems.add(Problem.error(file, keyAt.line(), keyAt.column(), child.display(),
                                "duplicate field \"" + name + "\" (first at line " + first.line() + ")"));
                        p.nextToken();
                        p.skipChildren();
                        continue;
                    }
                    keys.put(child.pointer(), keyAt);
                    p.nextToken();
                    object.set(name, value(p, child));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p, path.index(i++)));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // YAML binary (!!binary) and the like: keep the text so the validator can name it.
                return NODES.textNode(p.getText());
        }
    }

    private static Location location(JsonLocation l) {
        return new Location(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }

    /** SnakeYAML's message opens with its context ("while parsing a flow sequence"); the problem says more. */
    private static String syntaxMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext()
                    + (yaml.getContextMark() == null ? "" : " started at line " + (yaml.getContextMark().getLine() + 1)) + ")";
            return firstLine(yaml.getProblem()) + context;
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
