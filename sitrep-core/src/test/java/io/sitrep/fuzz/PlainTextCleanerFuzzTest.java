package io.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sitrep.clean.Boilerplate;
import io.sitrep.clean.PlainTextCleaner;
import io.sitrep.model.Article;

/** Arbitrary text into the plain-text cleaner: a well-formed article, no boilerplate line left in the body. */
class PlainTextCleanerFuzzTest {
    private static final PlainTextCleaner PLAIN = new PlainTextCleaner();

    @FuzzTest(maxDuration = "10s")
    void clean(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        Article a = PLAIN.clean("fuzz.txt", raw);
        ArticleChecks.article(a);
        if (!a.text().isEmpty()) {
            for (String line : a.text().split("\n")) {
                if (Boilerplate.isBoilerplate(line)) {
                    throw new AssertionError("boilerplate left in the body: " + ArticleChecks.abbreviate(line));
                }
            }
        }
    }
}
