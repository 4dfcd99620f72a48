package dev.assay.rubric;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (passed by surefire as {@code assay.shared}) for tests that read the real banks. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared(String relative) {
        Path p = Path.of(System.getProperty("assay.shared", "../../shared")).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared file not present: " + p);
        return p;
    }

    public static Path interviewBank() {
        return shared("datasets/interview-answers/bank.md");
    }

    public static Path seedBank() {
        return shared("seeds/question-bank-seed.md");
    }
}
