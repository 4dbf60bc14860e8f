package io.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Article;
import io.sitrep.output.AnalysisJson;
import io.sitrep.output.OffsetAudit;
import io.sitrep.pipeline.Document;

import java.util.List;

/**
 * Arbitrary text or HTML through the whole standard pipeline: either an {@link InvalidInputException}
 * or a result whose annotations and JSON obey the offset rule, and whose JSON parses back.
 */
class AnalyzeFuzzTest {
    private static final Analyzer ANALYZER = Analyzer.standard();
    private static final ArticleReader READER = new ArticleReader(null, ArticleReader.DEFAULT_MAX_BYTES, 20_000);

    @FuzzTest(maxDuration = "10s")
    void analyze(FuzzedDataProvider data) throws Exception {
        String contentType = data.pickValue(new String[] {"text/plain", "text/html", "auto"});
        String raw = data.consumeRemainingAsString();
        Article article;
        try {
            article = READER.fromText("fuzz", raw, contentType.equals("auto") ? null : contentType);
        } catch (InvalidInputException e) {
            TextDecoderFuzzTest.expectNamed(e);
            return;
        }
        Document doc = ANALYZER.pipeline().run(new Document(article));
        List<String> problems = OffsetAudit.of(doc);
        String json = AnalysisJson.toJson(doc.toAnalysis());
        JsonNode back = AnalysisJson.mapper().readTree(json);
        problems = new java.util.ArrayList<>(problems);
        problems.addAll(OffsetAudit.of(back));
        if (!back.get("text").asText().equals(article.text())) {
            problems.add("JSON text differs from the article text");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        }
    }
}
