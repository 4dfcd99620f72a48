package dev.assay.cli;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.datasets.DatasetFormatException;
import dev.assay.corpus.datasets.DatasetPart;
import dev.assay.corpus.datasets.DatasetWriter;
import dev.assay.corpus.datasets.ImportedAnswer;
import dev.assay.corpus.datasets.ImportedDataset;
import dev.assay.corpus.datasets.PublicDataset;
import dev.assay.corpus.interview.InterviewAnswer;
import dev.assay.corpus.interview.InterviewSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay dataset import}: reads a public set in place and writes its bank(s) and graded answers. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Reads a public graded data set from its original files (read in place, never copied) and"
                + " writes per part a bank (YAML: questions, reference answers as model answers, derived concepts)"
                + " and a graded-answers JSONL (id, question_id, text, grade and/or label, split), keeping the"
                + " set's official splits."},
        footer = {"",
                "Sets: mohler (folder with ShortAnswerGrading_v2.0), semeval (folder or semeval-3way.zip),",
                "saf (folder or SAF2_0.zip). Mohler's split is the assignment (a1…a12).",
                "",
                "Exit status: 0 written; 2 the set cannot be read or written."})
public final class DatasetImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SET", description = "mohler, semeval, saf, or interview (the project's"
            + " interview-answers folder: answers with the raters' mean as grade, split dev/test by question).")
    String set;

    @Parameters(index = "1", paramLabel = "PATH", description = "The set's folder (or archive).")
    Path path;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    /** The interview set as one graded file: the mean of the raters' scores as grade, the project's dev/test split. */
    private Integer interview(PrintWriter outp, PrintWriter err) {
        try {
            InterviewSet s = InterviewSet.load(path);
            List<ImportedAnswer> graded = new ArrayList<>();
            for (InterviewAnswer a : s.answers()) {
                AnswerRecord r = a.answer();
                graded.add(new ImportedAnswer(new AnswerRecord(r.id(), r.questionId(), r.text(), a.meanScore(),
                        List.of(), null, InterviewSet.isTest(r.questionId()) ? "test" : "dev", List.of(), r.line()),
                        null, null));
            }
            java.nio.file.Files.createDirectories(out);
            Path file = out.resolve(DatasetWriter.ANSWERS_FILE);
            DatasetWriter.writeAnswers(graded, file);
            outp.printf("interview: %d answers (grade = mean of raters %s) -> %s%n", graded.size(), s.raters(), file);
            outp.println("  bank: corpus/src/main/resources/banks/interview-bank.yaml; split dev " + InterviewSet.DEV
                    + ", test " + InterviewSet.TEST);
            outp.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("assay: cannot import the interview set from " + path + ": " + e.getMessage());
            return 2;
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outp = spec.commandLine().getOut();
        if (set.equalsIgnoreCase("interview")) {
            return interview(outp, err);
        }
        PublicDataset which;
        try {
            which = PublicDataset.named(set);
        } catch (IllegalArgumentException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        }
        try {
            ImportedDataset data = which.read(path);
            DatasetWriter.write(data, out);
            for (DatasetPart part : data.parts()) {
                Map<String, Long> bySplit = part.answers().stream().map(ImportedAnswer::record)
                        .collect(Collectors.groupingBy(r -> r.split() == null ? "-" : r.split(), TreeMap::new,
                                Collectors.counting()));
                Map<String, Long> byLabel = part.answers().stream().map(ImportedAnswer::record)
                        .filter(r -> r.label() != null)
                        .collect(Collectors.groupingBy(AnswerRecord::label, TreeMap::new, Collectors.counting()));
                outp.printf("%s: %d questions, %d answers -> %s, %s%n", part.name(), part.bank().questions().size(),
                        part.answers().size(), out.resolve(DatasetWriter.bankFileName(data, part)),
                        out.resolve(DatasetWriter.answersFileName(data, part)));
                outp.println("  by split: " + bySplit);
                if (!byLabel.isEmpty()) {
                    outp.println("  by label: " + byLabel);
                }
            }
            outp.flush();
            return 0;
        } catch (DatasetFormatException | IllegalArgumentException e) {
            err.println("assay: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("assay: cannot import " + path + ": " + e);
            return 2;
        }
    }
}
