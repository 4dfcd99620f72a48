package dev.assay.rubric.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bold lead term and what follows it: {@code **Why ask:** text} gives ("Why ask", "text"). */
record Bold(String label, String rest) {

    private static final Pattern BOLD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*(.*)$");

    static Bold parse(String text) {
        Matcher m = BOLD.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1).strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        String rest = m.group(2).strip();
        if (rest.startsWith(":")) {
            rest = rest.substring(1).strip();
        }
        return new Bold(label, rest);
    }
}
