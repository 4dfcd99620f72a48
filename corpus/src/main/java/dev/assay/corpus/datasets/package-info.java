/**
 * Public graded data sets turned into question banks and graded answers, the reader half of
 * {@code assay dataset import mohler|semeval|saf PATH --out DIR}:
 *
 * <pre>{@code
 * ImportedDataset set = PublicDataset.named("semeval").read(path);   // or .read() for ../shared
 * for (DatasetPart part : set.parts()) { part.bank(); part.answers(); }
 * List<Path> files = DatasetWriter.write(set, outDir);   // bank[-part].yaml + answers[-part].jsonl
 * }</pre>
 *
 * The original files are read in place (zips with {@code java.util.zip}), never copied; bad input
 * throws {@link dev.assay.corpus.datasets.DatasetFormatException} naming the file and line.
 */
package dev.assay.corpus.datasets;
