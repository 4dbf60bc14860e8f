package io.sitrep.bench.jmh;

import io.sitrep.StandardPipeline;
import io.sitrep.bench.Corpus;
import io.sitrep.model.Article;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;
import io.sitrep.pipeline.Stage;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link StageBenchmark} for every stage of the standard pipeline and for the whole pipeline, and
 * prints one JSON line per stage (corpus passes/s, tokens/s, error) after JMH's own report.
 * {@code StageBenchmarks [--dir DIR] [--iterations N] [--stage NAME]...}
 */
public final class StageBenchmarks {
    private StageBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String dir = "../shared/examples/dev";
        int iterations = 3;
        List<String> stages = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = args[i + 1];
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--stage" -> stages.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Pipeline pipeline = StandardPipeline.build();
        if (stages.isEmpty()) {
            for (Stage s : pipeline.stages()) {
                stages.add(s.name());
            }
            stages.add("*");
        }
        long tokens = 0;
        List<Article> corpus = Corpus.load(Path.of(dir));
        for (Article a : corpus) {
            tokens += pipeline.run(new Document(a)).getOrDefault(Keys.TOKENS, List.of()).size();
        }
        Options opts = new OptionsBuilder()
                .include(StageBenchmark.class.getName() + ".corpusPass")
                .param("stage", stages.toArray(String[]::new))
                .param("dir", dir)
                .forks(1)
                .warmupIterations(iterations).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-XX:+UseSerialGC", "-Xss4m")
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        for (RunResult r : results) {
            String stage = r.getParams().getParam("stage");
            double passes = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.println(String.format(Locale.ROOT,
                    "{\"jmh\":\"%s\",\"articles\":%d,\"tokens\":%d,\"passesPerSec\":%.3f,\"error\":%.3f,\"tokensPerSec\":%.0f}",
                    stage.equals("*") ? "whole pipeline" : stage, corpus.size(), tokens, passes,
                    Double.isNaN(err) ? 0 : err, passes * tokens));
        }
    }
}
