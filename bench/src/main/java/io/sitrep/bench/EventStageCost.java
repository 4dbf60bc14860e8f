package io.sitrep.bench;

import io.sitrep.StandardPipeline;
import io.sitrep.extract.event.EventStage;
import io.sitrep.model.Article;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Pipeline;
import io.sitrep.pipeline.Stage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What event coding adds to the analysis: the standard pipeline with and without {@link EventStage}, on one
 * thread, after warming both, timed in alternating rounds (so that drift in the machine's load hits both alike)
 * by the thread's own CPU time. {@code EventStageCost [--dir DIR] [--n ARTICLES_PER_ROUND] [--rounds R]
 * [--warmup W]}; prints one JSON line.
 */
public final class EventStageCost {
    private EventStageCost() {
    }

    public static void main(String[] args) {
        Map<String, String> o = Throughput.options(args);
        List<Article> corpus = Corpus.load(Path.of(o.getOrDefault("dir", "../shared/examples/dev")));
        int n = Integer.parseInt(o.getOrDefault("n", "160"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "5"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "800"));

        Pipeline full = StandardPipeline.build();
        Pipeline.Builder b = Pipeline.builder();
        for (Stage s : full.stages()) {
            if (!(s instanceof EventStage)) {
                b.add(s);
            }
        }
        Pipeline without = b.build();

        List<Article> warm = Corpus.repeat(corpus, warmup);
        for (Article a : warm) {
            full.run(new Document(a));
            without.run(new Document(a));
        }
        List<Article> work = Corpus.repeat(corpus, n);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long withNs = 0;
        long withoutNs = 0;
        for (int r = 0; r < rounds; r++) {
            withoutNs += cpu(mx, without, work);
            withNs += cpu(mx, full, work);
        }
        int articles = n * rounds;
        double withMs = withNs / 1e6 / articles;
        double withoutMs = withoutNs / 1e6 / articles;
        System.out.println(String.format(Locale.ROOT,
                "{\"figure\":\"event stage cost\",\"articles\":%d,\"cpuMsPerArticleWith\":%.3f,"
                        + "\"cpuMsPerArticleWithout\":%.3f,\"eventStageAddsPercent\":%.1f}",
                articles, withMs, withoutMs, 100 * (withMs / withoutMs - 1)));
    }

    private static long cpu(ThreadMXBean mx, Pipeline p, List<Article> work) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (Article a : work) {
            p.run(new Document(a));
        }
        return mx.getCurrentThreadCpuTime() - t0;
    }
}
