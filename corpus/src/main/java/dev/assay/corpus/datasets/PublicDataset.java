package dev.assay.corpus.datasets;

import dev.assay.corpus.Datasets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The public graded data sets {@code dataset import} knows, by the name the command line uses. */
public enum PublicDataset {
    /** Mohler et al. 2011 (UNT CS short answers v2.0), read by {@link MohlerReader}. */
    MOHLER(MohlerReader.NAME, MohlerReader.FOLDER),
    /** SemEval-2013 Task 7 (Beetle, SciEntsBank), read by {@link SemEvalReader}. */
    SEMEVAL(SemEvalReader.NAME, SemEvalReader.FOLDER),
    /** SAF v2.0 English, read by {@link SafReader}. */
    SAF(SafReader.NAME, SafReader.FOLDER);

    private final String id;
    private final String folder;

    PublicDataset(String id, String folder) {
        this.id = id;
        this.folder = folder;
    }

    /** The command-line name: {@code mohler}, {@code semeval} or {@code saf}. */
    public String id() {
        return id;
    }

    /** The folder of the shared copy under {@code shared/datasets}. */
    public String folder() {
        return folder;
    }

    /** The set of that command-line name (case-insensitive). */
    public static PublicDataset named(String name) {
        for (PublicDataset d : values()) {
            if (d.id.equalsIgnoreCase(name.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + name + "', expected one of "
                + Arrays.stream(values()).map(PublicDataset::id).collect(Collectors.joining(", ")));
    }

    /**
     * Reads the set from its original files at {@code path} (see each reader for what the path may
     * name: the set's folder, or the archive itself).
     */
    public ImportedDataset read(Path path) throws IOException {
        return switch (this) {
            case MOHLER -> MohlerReader.read(path);
            case SEMEVAL -> SemEvalReader.read(path);
            case SAF -> SafReader.read(path);
        };
    }

    /** Reads the shared copy ({@link Datasets#dataset(String)}). */
    public ImportedDataset read() throws IOException {
        return read(Datasets.dataset(folder));
    }
}
