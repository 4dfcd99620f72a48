package dev.assay.cli;

import dev.assay.corpus.AnswerRecord;
import dev.assay.corpus.read.AnswerFileException;
import dev.assay.corpus.read.AnswerReader;
import dev.assay.corpus.read.ReadResult;
import dev.assay.corpus.read.ReaderOptions;
import dev.assay.engine.Grader;
import dev.assay.engine.evaluation.Evaluation;
import dev.assay.rubric.model.Question;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay explain}: one answer, graded and laid out for a person to read. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = "Grades one answer and shows why: its STAR segments, each criterion with its credit and"
                + " evidence, flags and feedback.",
        footer = {"",
                "Examples:",
                "  ./assay explain --bank corpus/src/main/resources/banks/interview-bank.md \\",
                "      --answers ../shared/datasets/interview-answers/answers.jsonl --id ia-001",
                "  ./assay explain --bank bank.yaml --question Q2 --text \"We rolled back, then held a blameless post-mortem.\"",
                "",
                "Exit status: 0 when the answer was explained; 1 when it cannot be (no answer with the id, a record",
                "that cannot be read, an unknown question); 2 when the bank, the answers file (a missing CSV",
                "column, say) or the weights cannot be used."})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bank", required = true, paramLabel = "BANK", description = "Question bank: .md, .yaml/.yml or .json.")
    Path bank;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    ModeOption mode;

    /** Used with --answers when it is a CSV export (picocli mixins cannot sit inside an ArgGroup). */
    @Mixin
    AnswerColumns columns = new AnswerColumns();

    static final class Source {
        @ArgGroup(exclusive = false)
        FromFile file;
        @ArgGroup(exclusive = false)
        Inline inline;
    }

    static final class FromFile {
        @Option(names = "--answers", required = true, paramLabel = "FILE", description = "Answers file (.jsonl or .csv).")
        Path answers;
        @Option(names = "--id", required = true, paramLabel = "ID", description = "The answer's id in that file (the first such answer, if the id repeats).")
        String id;
    }

    static final class Inline {
        @Option(names = "--question", required = true, paramLabel = "QID", description = "The question id.")
        String question;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The answer text.")
        String text;
    }

    @Option(names = "--weights", paramLabel = "W",
            description = "Tuned weights written by tune, as grade --weights uses them (default: the built-in weights).")
    java.nio.file.Path weights;

    @Option(names = "--json", description = "Print the Evaluation as JSON instead.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Grader.preload(mode.asked()); // the tagger, WordNet (and encoder) load while the bank is read
        Optional<QuestionBank> loaded = BankLoading.load(bank, err);
        if (loaded.isEmpty()) {
            return 2;
        }
        String id;
        String questionId;
        String text;
        if (source.inline != null) {
            id = "inline";
            questionId = source.inline.question;
            text = source.inline.text;
        } else {
            Optional<AnswerRecord> found;
            try {
                found = find(source.file, columns, err);
            } catch (AnswerFileException e) {
                err.println("assay: " + e.getMessage());
                return 2;
            } catch (UnreadableRecord e) {
                return 1; // reported where found; "no answer with that id" would be untrue
            }
            if (found.isEmpty()) {
                err.println("assay: " + source.file.answers + ": no answer with id '" + source.file.id + "'");
                return 1;
            }
            id = found.get().id();
            questionId = found.get().questionId();
            text = found.get().text();
        }
        Optional<Question> q = loaded.get().question(questionId);
        if (q.isEmpty()) {
            err.println("assay: unknown question id '" + questionId + "': the bank " + bank + " has "
                    + loaded.get().questions().stream().map(Question::id).toList());
            return 1;
        }
        Optional<dev.assay.engine.tuning.TunedModel> tuned = WeightsLoading.load(weights, loaded.get(), err);
        if (tuned.isEmpty()) {
            return 2;
        }
        dev.assay.engine.tuning.TunedModel model = tuned.get();
        // as grade writes it: a label only when the weights carry a label model
        Evaluation e = model.labelled(model.grader(loaded.get(), 0, mode.resolve(model, err)).grade(id, questionId, text));
        if (json) {
            out.println(dev.assay.engine.evaluation.EvaluationJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(e));
        } else {
            out.print(new ExplainView(spec.commandLine().getColorScheme().ansi()).render(q.get(), text, e));
        }
        out.flush();
        return 0;
    }

    /** The answer with the id is in the file but cannot be read; its error has been printed. */
    private static final class UnreadableRecord extends Exception {
        UnreadableRecord() {
            super(null, null, false, false);
        }
    }

    private static Optional<AnswerRecord> find(FromFile source, AnswerColumns columns, PrintWriter err)
            throws AnswerFileException, IOException, UnreadableRecord {
        String id = source.id;
        ReadResult first = null;
        List<Integer> lines = new ArrayList<>();
        try (AnswerReader reader = AnswerReader.open(source.answers, columns.applyTo(ReaderOptions.defaults()))) {
            // read on past the first: grade grades every answer with the id, so say which one this is
            while (reader.hasNext()) {
                ReadResult r = reader.next();
                String rid = r instanceof ReadResult.Answer a ? a.record().id() : ((ReadResult.ReadError) r).answerId();
                if (id.equals(rid)) {
                    first = first == null ? r : first;
                    lines.add(r.line());
                }
            }
        }
        if (lines.size() > 1) {
            err.println("assay: note: " + source.answers + " has " + lines.size() + " answers with id '" + id
                    + "' (lines " + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "); this is the one at line " + first.line());
        }
        if (first instanceof ReadResult.ReadError e) {
            err.println("assay: " + e);
            throw new UnreadableRecord();
        }
        return first == null ? Optional.empty() : Optional.of(((ReadResult.Answer) first).record());
    }
}
