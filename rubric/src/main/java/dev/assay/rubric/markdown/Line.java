package dev.assay.rubric.markdown;

/** One source line and its 1-based number. */
record Line(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    int indent() {
        int n = 0;
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }
}
