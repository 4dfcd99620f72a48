package dev.assay.rubric.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A bank parsed to a tree, with where each value and each field name was in the file, so problems
 * found in the tree can be reported at their line and column.
 */
record LocatedTree(JsonNode root, Map<String, Location> values, Map<String, Location> keys) implements Locator {

    @Override
    public Optional<Location> find(NodePath path, boolean key) {
        Location l = key ? keys.get(path.pointer()) : null;
        return Optional.ofNullable(l != null ? l : values.get(path.pointer()));
    }
}
