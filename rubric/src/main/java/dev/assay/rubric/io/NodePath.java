package dev.assay.rubric.io;

/**
 * Where a node sits in a bank tree, in two spellings: a JSON pointer for looking up its location
 * and the dotted form a bank author reads ({@code questions[2].concepts[0].weight}).
 */
public record NodePath(String pointer, String display) {

    public static final NodePath ROOT = new NodePath("", "");

    public NodePath field(String name) {
        String escaped = name.replace("~", "~0").replace("/", "~1");
        return new NodePath(pointer + "/" + escaped, display.isEmpty() ? name : display + "." + name);
    }

    public NodePath index(int i) {
        return new NodePath(pointer + "/" + i, display + "[" + i + "]");
    }

    /** The enclosing node's path; the root is its own parent. */
    public NodePath parent() {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            return ROOT;
        }
        int cut = Math.max(display.lastIndexOf('.'), display.lastIndexOf('['));
        return new NodePath(pointer.substring(0, slash), cut < 0 ? "" : display.substring(0, cut));
    }

    @Override
    public String toString() {
        return display;
    }
}
