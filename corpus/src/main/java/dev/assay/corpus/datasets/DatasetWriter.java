package dev.assay.corpus.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.corpus.AnswerRecord;
import dev.assay.rubric.io.BankFormat;
import dev.assay.rubric.io.BankWriter;
import dev.assay.rubric.model.QuestionBank;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an imported data set to a folder: per part a question bank (YAML, snake_case fields, as the
 * rubric format of DESIGN.md) and its graded answers (JSONL that {@code AnswerReader} reads). A set
 * of one part (Mohler, SAF) gives {@value #BANK_FILE} and {@value #ANSWERS_FILE}; a set of several
 * (SemEval) gives {@code bank-<part>.yaml} and {@code answers-<part>.jsonl} per part, so each answer
 * file goes with the bank of its questions.
 *
 * <p>Answer lines hold {@code id}, {@code question_id}, {@code text}, then {@code grade} and/or
 * {@code label} when known, {@code label_2way} (SemEval), {@code split}, and {@code feedback} (SAF's
 * tutor feedback). The last two extras are not {@code AnswerRecord} fields; {@code AnswerReader}
 * ignores them. Each file is written to a temporary file in the folder and renamed at the end.
 *
 * <p>The YAML is the rubric module's wire form ({@link BankWriter}), which {@code BankReader} reads
 * back to an equal bank.
 */
public final class DatasetWriter {

    public static final String BANK_FILE = "bank.yaml";
    public static final String ANSWERS_FILE = "answers.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetWriter() {
    }

    /** The bank file name of a part: {@value #BANK_FILE}, or {@code bank-<part>.yaml} in a set of several parts. */
    public static String bankFileName(ImportedDataset set, DatasetPart part) {
        return set.parts().size() == 1 ? BANK_FILE : "bank-" + part.name() + ".yaml";
    }

    /** The answer file name of a part: {@value #ANSWERS_FILE}, or {@code answers-<part>.jsonl}. */
    public static String answersFileName(ImportedDataset set, DatasetPart part) {
        return set.parts().size() == 1 ? ANSWERS_FILE : "answers-" + part.name() + ".jsonl";
    }

    /**
     * Writes every part's bank and answers into {@code outDir} (created if needed; files of the same
     * names are replaced).
     *
     * @return the files written, bank then answers for each part
     */
    public static List<Path> write(ImportedDataset set, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (DatasetPart part : set.parts()) {
            Path bank = outDir.resolve(bankFileName(set, part));
            writeBank(part.bank(), bank);
            written.add(bank);
            Path answers = outDir.resolve(answersFileName(set, part));
            writeAnswers(part.answers(), answers);
            written.add(answers);
        }
        return written;
    }

    /** Writes a bank as YAML. */
    public static void writeBank(QuestionBank bank, Path file) throws IOException {
        String text = bankYaml(bank);
        atomically(file, w -> w.write(text));
    }

    /** The bank as YAML text. */
    public static String bankYaml(QuestionBank bank) {
        return BankWriter.toText(bank, BankFormat.YAML);
    }

    /** Writes answers as JSONL, one object per line, in order. */
    public static void writeAnswers(List<ImportedAnswer> answers, Path file) throws IOException {
        atomically(file, w -> {
            for (ImportedAnswer a : answers) {
                w.write(JSON.writeValueAsString(toJson(a)));
                w.write('\n');
            }
        });
    }

    /** One answer line's object. */
    static ObjectNode toJson(ImportedAnswer a) {
        AnswerRecord r = a.record();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("question_id", r.questionId());
        o.put("text", r.text());
        if (r.grade() != null) {
            o.put("grade", r.grade());
        }
        if (r.label() != null) {
            o.put("label", r.label());
        }
        if (a.label2way() != null) {
            o.put("label_2way", a.label2way());
        }
        if (r.split() != null) {
            o.put("split", r.split());
        }
        if (a.feedback() != null) {
            o.put("feedback", a.feedback());
        }
        return o;
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void atomically(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
