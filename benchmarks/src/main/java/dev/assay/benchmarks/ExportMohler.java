package dev.assay.benchmarks;

import dev.assay.corpus.datasets.DatasetWriter;
import dev.assay.corpus.datasets.MohlerReader;
import java.nio.file.Path;

/**
 * Writes the Mohler data set as a bank and an answer file that {@code assay grade} and
 * {@code assay bench} read (a second set of texts, short answers, for the benchmarks and for
 * checking that an optimisation leaves every output byte the same).
 *
 * <pre>
 * java -cp benchmarks/target/assay-benchmarks.jar dev.assay.benchmarks.ExportMohler OUT_DIR
 * </pre>
 */
public final class ExportMohler {

    private ExportMohler() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ExportMohler OUT_DIR");
            System.exit(2);
        }
        for (Path p : DatasetWriter.write(MohlerReader.read(), Path.of(args[0]))) {
            System.err.println("wrote " + p);
        }
    }
}
