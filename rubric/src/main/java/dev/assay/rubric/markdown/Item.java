package dev.assay.rubric.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown list item: {@code - text}, {@code 1. text}, optionally led by a bold term
 * ({@code - **Situation:** text}), with its indented continuation text and sub-items.
 */
final class Item {

    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|(\\d+)[.)])\\s+(.*)$");

    final Line line;
    final int indent;
    /** The item's number when it is in a numbered list, else 0. */
    final int number;
    /** The bold lead term without its colon, or null. */
    final String lead;
    String body;
    final List<Item> children = new ArrayList<>();

    private Item(Line line, int indent, int number, String lead, String body) {
        this.line = line;
        this.indent = indent;
        this.number = number;
        this.lead = lead;
        this.body = body;
    }

    /** The item on this line, or null when the line is not a list item. */
    static Item parse(Line line) {
        Matcher m = ITEM.matcher(line.text());
        if (!m.matches()) {
            return null;
        }
        int number = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        Bold bold = Bold.parse(m.group(3));
        return bold == null ? new Item(line, line.indent(), number, null, m.group(3).strip())
                : new Item(line, line.indent(), number, bold.label(), bold.rest());
    }

    boolean numbered() {
        return number > 0;
    }

    void append(String more) {
        body = body.isEmpty() ? more.strip() : body + " " + more.strip();
    }

    /** The whole text: lead and body, as a reader would say it. */
    String fullText() {
        return lead == null ? body : body.isEmpty() ? lead : lead + ": " + body;
    }
}
