package io.sitrep;

import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.pipeline.Pipeline;

/**
 * The engine's front door: turns articles into analyses with the standard pipeline.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.standard();
 * Analysis a = analyzer.analyzeText("Headline\nBody ...");
 * }</pre>
 * One instance is thread-safe and should be shared: models and dictionaries load once.
 */
public final class Analyzer {
    private final Pipeline pipeline;
    private final ArticleReader reader = new ArticleReader();

    public Analyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static Analyzer standard() {
        return new Analyzer(StandardPipeline.build());
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Analysis analyze(Article article) {
        return pipeline.analyze(article);
    }

    /** Analyses raw text or HTML (decided from the content) as if read from a file. */
    public Analysis analyzeText(String raw) throws InvalidInputException {
        return analyze(reader.fromText("-", raw, null));
    }
}
