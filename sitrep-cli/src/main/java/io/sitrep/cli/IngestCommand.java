package io.sitrep.cli;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.store.Store;
import io.sitrep.store.StoreRetry;
import io.sitrep.store.Stores;
import io.sitrep.store.ingest.IngestSummary;
import io.sitrep.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep ingest}: analyse articles and store them, skipping what the store already has. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and add them to the store. Takes text and HTML files, folders (recursively),",
                "JSON Lines (.jsonl: one object per line with \"text\" or \"html\", optional \"title\", \"url\",",
                "\"published\", \"source\"), RSS/Atom feeds (.rss, .atom, .xml) and WARC files (.warc, .warc.gz).",
                "An article already stored (same normalised text, or same URL) is a duplicate and adds nothing;",
                "after an interruption, running the same command again completes the job."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--threads", description = "Analysis threads. Default: number of cores")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "Articles per transaction. Default: ${DEFAULT-VALUE}")
    int batch = 32;

    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) for inputs that do not carry one.")
    java.time.LocalDate date;

    @Option(names = "--encoding", description = "Charset of files without a byte-order mark. Default: UTF-8")
    Charset encoding;

    @Option(names = "--store-retry", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to keep retrying, with back-off, while the database is unreachable (e.g. a "
                    + "PostgreSQL restart) before the ingest stops; running it again resumes. Default: ${DEFAULT-VALUE}")
    long storeRetrySeconds;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Time budget per article for reading and cleaning, and again for analysis; an article over "
                    + "it is reported failed and the ingest goes on. 0 = no limit. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders")
    List<Path> paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Stores.open(storeOptions.location())) {
            Ingester ingester = new Ingester(store, Analyzer.standard(),
                    new ArticleReader(encoding, ArticleReader.DEFAULT_MAX_BYTES), threads, batch,
                    new StoreRetry(Duration.ofSeconds(storeRetrySeconds))).defaultDate(date)
                    .timeBudget(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
            IngestSummary s;
            try (IngestProgress ignored = new IngestProgress(ingester, System.err, IngestProgress.interactive())) {
                s = ingester.ingest(paths);
            }
            for (IngestSummary.Failure f : s.failures()) {
                err.println("sitrep: failed: " + f);
            }
            err.flush();
            out.println(s.line());
            out.flush();
            return s.failed() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }
}
