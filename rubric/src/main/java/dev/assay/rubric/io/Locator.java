package dev.assay.rubric.io;

import java.util.Map;
import java.util.Optional;

/** Finds where in the source file a node of the bank tree came from. */
@FunctionalInterface
public interface Locator {

    /**
     * @param key true for the location of the field's name (unknown fields), false for its value
     */
    Optional<Location> find(NodePath path, boolean key);

    /** The node's own location, or the nearest enclosing node's, or nothing. */
    default Location locate(NodePath path, boolean key) {
        NodePath p = path;
        Optional<Location> found = find(p, key);
        while (found.isEmpty() && !p.pointer().isEmpty()) {
            p = p.parent();
            found = find(p, false);
        }
        return found.orElse(new Location(0, 0));
    }

    /** A locator over a map from JSON pointer to location, the same for keys and values. */
    static Locator of(Map<String, Location> byPointer) {
        return (path, key) -> Optional.ofNullable(byPointer.get(path.pointer()));
    }
}
