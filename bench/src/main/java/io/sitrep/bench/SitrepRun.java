package io.sitrep.bench;

import io.sitrep.Analyzer;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;

import java.util.List;
import java.util.Map;

/**
 * Sitrep's end-to-end throughput: the standard pipeline (whatever stages it holds when this runs) through
 * the {@link Analyzer} facade, results built as the CLI builds them.
 * {@code SitrepRun [--dir DIR] [--n N] [--threads T] [--warmup W]}; prints one {@link RunResult} JSON line.
 */
public final class SitrepRun {
    private SitrepRun() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Throughput.options(args);
        String threads = o.getOrDefault("threads", "1");
        RunResult r = Throughput.run("sitrep", "threads=" + threads, () -> {
            Analyzer analyzer = Analyzer.standard();
            return article -> {
                Document doc = analyzer.pipeline().run(new Document(article));
                doc.toAnalysis();
                return doc.getOrDefault(Keys.TOKENS, List.of()).size();
            };
        }, o);
        System.out.println(r.json());
    }
}
