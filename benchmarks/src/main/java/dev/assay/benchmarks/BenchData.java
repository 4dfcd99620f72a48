package dev.assay.benchmarks;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.Datasets;
import dev.assay.corpus.banks.BundledBanks;
import dev.assay.corpus.datasets.DatasetPart;
import dev.assay.corpus.datasets.MohlerReader;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.engine.bench.BenchText;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts the benchmarks run on, with their bank: the bundled interview bank with the interview
 * answers (130, ~100 words), or the Mohler short answers (read from the shared data folder at run
 * time, with the bank the importer derives from them; a spread sample of {@link #MOHLER_SAMPLE}).
 */
record BenchData(QuestionBank bank, List<BenchText> texts) {

    static final String INTERVIEW = "interview";
    static final String MOHLER = "mohler";
    /** Mohler answers used, taken at an even stride so that every question is represented. */
    static final int MOHLER_SAMPLE = 600;

    static BenchData load(String name) throws IOException {
        return switch (name) {
            case INTERVIEW -> interview();
            case MOHLER -> mohler();
            default -> throw new IllegalArgumentException("unknown data set " + name);
        };
    }

    static BenchData interview() throws IOException {
        List<BenchText> texts = new ArrayList<>();
        try (AnswerReader r = AnswerReader.open(Datasets.dataset("interview-answers").resolve("answers.jsonl"))) {
            while (r.hasNext()) {
                if (r.next() instanceof ReadResult.Answer a) {
                    texts.add(text(a.record()));
                }
            }
        }
        return new BenchData(BundledBanks.interview(), List.copyOf(texts));
    }

    static BenchData mohler() throws IOException {
        DatasetPart part = MohlerReader.read().parts().get(0);
        List<AnswerRecord> all = part.answers().stream().map(a -> a.record()).toList();
        List<BenchText> texts = new ArrayList<>();
        double stride = Math.max(1.0, all.size() / (double) MOHLER_SAMPLE);
        for (double i = 0; i < all.size() && texts.size() < MOHLER_SAMPLE; i += stride) {
            texts.add(text(all.get((int) i)));
        }
        return new BenchData(part.bank(), List.copyOf(texts));
    }

    private static BenchText text(AnswerRecord r) {
        return new BenchText(r.id(), r.questionId(), r.text());
    }
}
