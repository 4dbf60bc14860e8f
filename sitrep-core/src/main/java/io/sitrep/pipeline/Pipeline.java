package io.sitrep.pipeline;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered chain of {@link Stage}s, checked when built: every stage's needs must be provided by the
 * article itself or by a stage before it. Thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    public Analysis analyze(Article article) {
        return run(new Document(article)).toAnalysis();
    }

    /**
     * Runs every stage on the document. Between stages it checks whether the thread was interrupted (its
     * time budget ran out, see {@link TimeBudget}) and then stops with a {@link Cancellation.CancelledException}.
     */
    public Document run(Document doc) {
        for (Stage s : stages) {
            Cancellation.check(s.name());
            s.process(doc);
        }
        return doc;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            Set<Key<?>> available = new HashSet<>();
            available.add(Keys.ARTICLE);
            for (Stage s : stages) {
                for (Key<?> need : s.requires()) {
                    if (!available.contains(need)) {
                        throw new PipelineException("stage " + s.name() + " needs '" + need
                                + "' but no earlier stage provides it");
                    }
                }
                available.addAll(s.provides());
            }
            return new Pipeline(stages);
        }
    }
}
