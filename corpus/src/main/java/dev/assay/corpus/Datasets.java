package dev.assay.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data folder ({@code ../shared} next to the repository), which holds the graded
 * data sets. They are read in place, never copied into the repository.
 */
public final class Datasets {

    /** System property naming the shared folder; the parent pom sets it for tests. */
    public static final String PROPERTY = "assay.shared";
    /** Environment variable naming the shared folder, for runs outside Maven. */
    public static final String ENV = "ASSAY_SHARED";

    private Datasets() {
    }

    /**
     * The shared folder: from {@value #PROPERTY}, else {@value #ENV}, else the first ancestor of the
     * working directory with a {@code shared/datasets} child.
     *
     * @throws IllegalStateException it cannot be found, or a configured path has no {@code datasets}
     */
    public static Path sharedDir() {
        return sharedDir(System.getProperty(PROPERTY), System.getenv(ENV), Path.of("").toAbsolutePath());
    }

    /** The folder of all data sets, {@code <shared>/datasets}. */
    public static Path datasetsDir() {
        return sharedDir().resolve("datasets");
    }

    /** One data set's folder, e.g. {@code dataset("interview-answers")}; it must exist. */
    public static Path dataset(String name) {
        Path dir = datasetsDir().resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no data set '" + name + "' in " + dir.getParent());
        }
        return dir;
    }

    static Path sharedDir(String property, String env, Path workingDir) {
        if (property != null && !property.isBlank()) {
            return checked(Path.of(property), "system property " + PROPERTY);
        }
        if (env != null && !env.isBlank()) {
            return checked(Path.of(env), "environment variable " + ENV);
        }
        for (Path d = workingDir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared").resolve("datasets"))) {
                return d.resolve("shared").normalize();
            }
        }
        throw new IllegalStateException("cannot find the shared data folder: set -D" + PROPERTY + "=<dir> or "
                + ENV + "=<dir> to the folder holding datasets/, or run from below a folder that has "
                + "shared/datasets (looked upwards from " + workingDir + ")");
    }

    private static Path checked(Path dir, String source) {
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(d.resolve("datasets"))) {
            throw new IllegalStateException(source + " names " + d + ", which has no datasets/ folder");
        }
        return d;
    }
}
