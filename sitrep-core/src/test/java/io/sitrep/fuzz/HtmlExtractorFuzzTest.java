package io.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sitrep.clean.HtmlExtractor;

/** Arbitrary markup into the HTML extractor: never an exception, always a well-formed article. */
class HtmlExtractorFuzzTest {
    private static final HtmlExtractor HTML = new HtmlExtractor();

    @FuzzTest(maxDuration = "10s")
    void extract(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        ArticleChecks.article(HTML.extract("fuzz.html", html));
    }
}
