package io.sitrep.store.ingest;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An article over its time budget is abandoned and counted as failed; the ingest goes on with the others. */
class IngestTimeBudgetTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120) // a hang guard
    void anArticleOverItsBudgetFailsAndTheOthersAreStored() {
        Analyzer analyzer = Analyzer.standard();
        analyzer.analyze(io.sitrep.model.Article.of("Warm-up", "The models load once in Paris."));
        String longSentence = "the delegation from Ankara met officials in Damascus and talked ".repeat(3_000);
        List<Input> inputs = List.of(
                new RawArticle("slow", longSentence, false, "A very long sentence", null, null, null),
                new RawArticle("fast", "Talks resumed in Geneva on Monday.", false, "Talks resume", null, null, null));
        try (Store store = Stores.openDir(dir.resolve("store"))) {
            IngestSummary s = new Ingester(store, analyzer, new ArticleReader(), 1, 4).timeBudget(Duration.ofMillis(50))
                    .ingest(sink -> inputs.forEach(sink));
            assertThat(s.failures()).extracting(IngestSummary.Failure::input).contains("slow");
            assertThat(s.failures()).filteredOn(f -> f.input().equals("slow")).singleElement().asString()
                    .contains("took longer than its time budget of 50 ms and was abandoned");
            // the fast one takes a few ms: stored, or on a machine too loaded even for that, failed the same way
            assertThat(s.stored() + s.failed()).isEqualTo(2);
        }
    }
}
