package io.sitrep.bench;

import io.sitrep.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The end-to-end measurement shared by every engine: load the engine and analyse one article (time to
 * first result from JVM start), warm up, then analyse the corpus repeated to N with T threads and time it.
 * Options: {@code --dir DIR --n N --threads T --warmup ARTICLES}.
 */
public final class Throughput {
    private Throughput() {
    }

    public static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }

    public static RunResult run(String engineName, String config, Supplier<Engine> loader, Map<String, String> o)
            throws Exception {
        List<Article> corpus = Corpus.load(Path.of(o.getOrDefault("dir", "../shared/examples/dev")));
        int n = Integer.parseInt(o.getOrDefault("n", String.valueOf(corpus.size())));
        int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", String.valueOf(corpus.size())));

        Engine engine = loader.get();
        engine.analyze(corpus.get(0));
        long firstResultMs = RunResult.sinceJvmStartMs();
        System.err.printf("%s: first result %d ms after JVM start; warming up on %d articles%n", engineName, firstResultMs, warmup);
        for (Article a : Corpus.repeat(corpus, warmup)) {
            engine.analyze(a);
        }

        List<Article> work = Corpus.repeat(corpus, n);
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double cpu0 = RunResult.processCpuSeconds();
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                    tokens.addAndGet(engine.analyze(work.get(i)));
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = cpu0 < 0 ? -1 : RunResult.processCpuSeconds() - cpu0;
        System.err.printf("%s: load average %.1f at the end of the timed part%n", engineName, RunResult.loadAverage());
        pool.shutdown();
        return new RunResult(engineName, config, work.size(), tokens.get(), Corpus.chars(work), seconds, cpu, threads,
                firstResultMs, RunResult.processPeakRssMb());
    }
}
