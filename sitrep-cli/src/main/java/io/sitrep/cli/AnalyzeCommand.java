package io.sitrep.cli;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.output.AnalysisJson;
import io.sitrep.output.AnalysisText;
import io.sitrep.pipeline.TimeBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code sitrep analyze}: one analysis per input, printed in input order. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles (text or HTML files, '-' for stdin) and print one result per article.")
public final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, text }

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line) or text. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) for inputs that do not carry one.")
    LocalDate date;

    @Option(names = "--encoding", description = "Charset of inputs without a byte-order mark. Default: UTF-8")
    Charset encoding;

    @Option(names = "--threads", description = "Worker threads. Default: number of cores")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Time budget per document (reading, cleaning and analysis); a document over it is reported "
                    + "failed on stderr and the others go on. 0 = no limit. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "Longest article text accepted, in characters. Default: 1000000")
    int maxChars = ArticleReader.DEFAULT_MAX_CHARS;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files; '-' reads standard input.")
    List<String> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(encoding, ArticleReader.DEFAULT_MAX_BYTES, maxChars);
        Analyzer analyzer = Analyzer.standard();
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))) {
            List<Future<String>> results = new ArrayList<>();
            for (String f : files) {
                results.add(pool.submit(() -> analyzeOne(reader, analyzer, budget, f)));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    out.println(results.get(i).get());
                    out.flush();
                } catch (ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause();
                    if (cause instanceof InvalidInputException bad) {
                        err.println("sitrep: " + bad.oneLine());
                    } else if (cause instanceof TimeBudget.OverBudgetException over) {
                        err.println("sitrep: " + files.get(i) + ": " + over.getMessage() + " (see --timeout)");
                    } else {
                        err.println("sitrep: " + files.get(i) + ": internal error: " + cause);
                        if (System.getenv("SITREP_DEBUG") != null) {
                            cause.printStackTrace(err);
                        }
                    }
                    err.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** Reads, cleans and analyses one input within the time budget (standard input is read before it starts). */
    private String analyzeOne(ArticleReader reader, Analyzer analyzer, TimeBudget budget, String f) throws Exception {
        byte[] stdin = f.equals("-") ? reader.readBytes("-", System.in) : null;
        return budget.run(() -> {
            Article a = stdin != null ? reader.read("-", stdin, null) : reader.read(Path.of(f));
            return render(analyzer.analyze(date != null ? a.withPublished(date) : a));
        });
    }

    private String render(Analysis a) {
        return format == Format.json ? AnalysisJson.toJson(a) : AnalysisText.render(a);
    }
}
