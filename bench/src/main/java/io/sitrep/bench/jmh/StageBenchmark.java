package io.sitrep.bench.jmh;

import io.sitrep.StandardPipeline;
import io.sitrep.bench.Corpus;
import io.sitrep.model.Article;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Pipeline;
import io.sitrep.pipeline.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One stage of the standard pipeline, found by its name, over the whole corpus: each operation runs the
 * stage once on every article, starting from what the stages before it produced (prepared once in setup).
 * {@code stage} is any name in {@code StandardPipeline.build().stages()}, or {@code *} for the whole pipeline;
 * {@link StageBenchmarks} passes every stage of the pipeline, so new stages are measured without a change here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBenchmark {
    /** The stage's name, or "*" for the whole pipeline. */
    @Param("*")
    public String stage;

    /** The folder of the corpus (one pass over it is one operation). */
    @Param("../shared/examples/dev")
    public String dir;

    private List<Stage> measured;
    private List<Document> prepared;
    private Set<Key<?>> carried;

    @Setup
    public void setup() {
        Pipeline pipeline = StandardPipeline.build();
        List<Stage> stages = pipeline.stages();
        int at = stage.equals("*") ? 0 : indexOf(stages, stage);
        measured = stage.equals("*") ? stages : List.of(stages.get(at));
        carried = new LinkedHashSet<>();
        for (Stage s : stages.subList(0, at)) {
            carried.addAll(s.provides());
        }
        prepared = new ArrayList<>();
        for (Article a : Corpus.load(Path.of(dir))) {
            Document d = new Document(a);
            for (Stage s : stages.subList(0, at)) {
                s.process(d);
            }
            prepared.add(d);
        }
    }

    static int indexOf(List<Stage> stages, String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no stage named " + name + " in the standard pipeline");
    }

    @Benchmark
    public void corpusPass(Blackhole bh) {
        for (Document input : prepared) {
            Document d = copy(input);
            for (Stage s : measured) {
                s.process(d);
            }
            bh.consume(d);
        }
    }

    /** A fresh document holding what the earlier stages produced, so that each run starts from the same state. */
    private Document copy(Document from) {
        Document to = new Document(from.article());
        for (Key<?> k : carried) {
            carryOver(k, from, to);
        }
        return to;
    }

    @SuppressWarnings("unchecked")
    private static <T> void carryOver(Key<T> key, Document from, Document to) {
        if (from.has(key)) {
            to.put(key, from.get(key));
        }
    }
}
