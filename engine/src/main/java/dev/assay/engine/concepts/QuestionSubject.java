package dev.assay.engine.concepts;

import dev.assay.engine.QuestionCache;
import dev.assay.engine.analysis.Analysis;
import dev.assay.engine.analysis.TextAnalyzer;
import dev.assay.engine.analysis.Token;
import dev.assay.rubric.model.Question;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether an answer names its question's subject: a noun of the question's title ("capacity",
 * "database", "code review", "customer"), other than the words every question title uses ("time",
 * "situation", "example"). An answer that does is about its question, however weak: it is graded,
 * not flagged off topic, even when its few words share little with the rubric's.
 */
public final class QuestionSubject {

    private static final Set<String> GENERIC = Set.of("time", "situation", "example", "way", "thing", "experience",
            "answer", "question", "approach", "someone", "people", "person", "day", "moment", "part", "kind", "lot",
            "bit", "case", "story", "something", "anything", "work", "job", "step", "method");

    private final QuestionCache<Set<String>> nouns = new QuestionCache<>(512);

    public boolean named(Analysis answer, Question q) {
        Set<String> subject = nouns.get(q, QuestionSubject::titleNouns);
        if (subject.isEmpty()) {
            return false;
        }
        for (Token t : answer.tokens()) {
            if (!t.isPunctuation() && subject.contains(Lexicon.key(t.lemma()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> titleNouns(Question q) {
        Set<String> out = new HashSet<>();
        String title = q.title() == null || q.title().isBlank() ? q.prompt() : q.title();
        if (title == null) {
            return out;
        }
        Analysis a = TextAnalyzer.shared().analyze(title);
        for (Token t : a.tokens()) {
            String key = Lexicon.key(t.lemma());
            if (t.isNoun() && key.length() > 2 && !GENERIC.contains(key) && !Lexicon.isStopword(t.lemma())) {
                out.add(key);
            } else if (t.pos().equals("VBG") && !GENERIC.contains(key) && !Lexicon.isStopword(t.lemma())) {
                // a gerund names a subject too ("a suspected cheating incident"), as the noun an answer makes of it
                // ("cheating is not tolerated": lemma "cheating", where the title's gerund has "cheat")
                out.add(Lexicon.key(t.word()));
            }
        }
        return Set.copyOf(out);
    }
}
