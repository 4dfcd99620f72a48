package dev.assay.rubric.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.rubric.markdown.ImportResult;
import dev.assay.rubric.markdown.MarkdownBankImporter;
import dev.assay.rubric.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a question bank from YAML, JSON or a Markdown bank in the seed's style, chosen by file
 * extension. Never throws on bad input: the result holds either the bank or every problem found.
 *
 * <pre>{@code
 * LoadResult r = BankReader.load(Path.of("bank.yaml"));
 * if (r.isOk()) { QuestionBank bank = r.bank().get(); }
 * else r.problems().forEach(p -> System.err.println(p.format()));
 * }</pre>
 */
public final class BankReader {

    private BankReader() {
    }

    /** Reads {@code path}; problems name the file as given. */
    public static LoadResult load(Path path) {
        String file = path.toString();
        Optional<BankFormat> format = BankFormat.of(path);
        if (format.isEmpty()) {
            return LoadResult.unreadable(Problem.error(file, 0, 0, "",
                    "cannot tell the format from the extension; use .yaml, .yml, .json or .md"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return LoadResult.unreadable(Problem.error(file, 0, 0, "", "no such file"));
        } catch (IOException e) {
            String why = Files.isDirectory(path) ? "is a directory" : String.valueOf(e.getMessage());
            return LoadResult.unreadable(Problem.error(file, 0, 0, "", "cannot read: " + why));
        }
        return read(file, bytes, format.get());
    }

    /** Reads a bank held in memory (a classpath resource, a test); {@code file} names it in problems. */
    public static LoadResult read(String file, byte[] bytes, BankFormat format) {
        Problem[] notUtf8 = new Problem[1];
        Optional<String> text = Utf8Text.decode(file, bytes, notUtf8);
        if (text.isEmpty()) {
            return LoadResult.invalid(List.of(notUtf8[0]));
        }
        return format == BankFormat.MARKDOWN ? readMarkdown(file, text.get()) : readTree(file, text.get(), format);
    }

    private static LoadResult readTree(String file, String text, BankFormat format) {
        List<Problem> problems = new ArrayList<>();
        JsonFactory factory = BankMappers.of(format).getFactory();
        LocatedTree tree = LocatedTreeParser.parse(factory, file, text, problems);
        if (tree == null) {
            return LoadResult.invalid(problems);
        }
        problems.addAll(BankValidator.validate(tree.root(), file, tree));
        return bind(file, tree.root(), tree, problems);
    }

    private static LoadResult readMarkdown(String file, String text) {
        ImportResult imported = MarkdownBankImporter.importBank(file, text);
        List<Problem> problems = new ArrayList<>(imported.problems());
        if (imported.problems().stream().anyMatch(Problem::isError)) {
            return LoadResult.invalid(problems);
        }
        Map<String, Location> lines = new HashMap<>();
        imported.lines().forEach((pointer, line) -> lines.put(pointer, new Location(line, 0)));
        JsonNode tree = BankMappers.JSON.valueToTree(imported.bank());
        problems.addAll(BankValidator.validate(tree, file, Locator.of(lines)));
        return problems.stream().anyMatch(Problem::isError) ? LoadResult.invalid(problems)
                : LoadResult.loaded(imported.bank(), problems);
    }

    private static LoadResult bind(String file, JsonNode root, Locator locator, List<Problem> problems) {
        if (problems.stream().anyMatch(Problem::isError)) {
            return LoadResult.invalid(problems);
        }
        try {
            return LoadResult.loaded(BankMappers.JSON.treeToValue(root, QuestionBank.class), problems);
        } catch (JsonMappingException | IllegalArgumentException e) {
            // The validator should have caught it; report rather than throw, located as well as we can.
            NodePath path = NodePath.ROOT;
            if (e instanceof JsonMappingException m) {
                for (JsonMappingException.Reference ref : m.getPath()) {
                    path = ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
                }
            }
            Location at = locator.locate(path, false);
            String why = e instanceof JsonMappingException m ? m.getOriginalMessage() : e.getMessage();
            problems.add(Problem.error(file, at.line(), at.column(), path.display(), "cannot be read: " + why));
            return LoadResult.invalid(problems);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(Problem.error(file, 0, 0, "", "cannot be read: " + e.getOriginalMessage()));
            return LoadResult.invalid(problems);
        }
    }
}
