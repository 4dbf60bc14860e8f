package io.sitrep.store.ingest;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.pipeline.TimeBudget;
import io.sitrep.store.PutResult;
import io.sitrep.store.Store;
import io.sitrep.store.StoreException;
import io.sitrep.store.StoreRetry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads, analyses and stores many articles: a pool of worker threads reads, cleans and analyses (one per core by
 * default), one writer thread stores the analyses in batches, each batch one transaction. An input whose content
 * hash or URL is already stored (or already seen in this run) is counted as a duplicate and not analysed, so that
 * running the same ingest again after a crash only does the work that was lost.
 *
 * <p>Progress can be read at any time from another thread ({@link #progress()}).
 */
public final class Ingester {
    private static final Analysis END = new Analysis(Article.of(null, "-"), List.of(), List.of(), List.of(), List.of());

    private static final int FATAL_BATCHES = 3;
    /** How long the store may stay unreachable during an ingest by default. */
    public static final java.time.Duration DEFAULT_RETRY = java.time.Duration.ofSeconds(60);
    /** How long the writer waits to fill a batch: fewer, larger transactions; a crash loses at most this much work. */
    private static final long BATCH_WAIT_MILLIS = 1000;

    private final Store store;
    private final Analyzer analyzer;
    private final ArticleReader reader;
    private final int threads;
    private final int batchSize;
    private final StoreRetry retry;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong analysisNanos = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();
    private final ConcurrentLinkedQueue<IngestSummary.Failure> failures = new ConcurrentLinkedQueue<>();
    private final DuplicateFilter duplicateFilter;
    private volatile long startNanos = System.nanoTime();
    private int failedBatches; // writer thread only

    private volatile java.time.LocalDate defaultDate;
    private volatile TimeBudget budget = new TimeBudget(DEFAULT_TIME_BUDGET);

    /** How long reading and cleaning, and then analysing, one article may each take by default. */
    public static final java.time.Duration DEFAULT_TIME_BUDGET = java.time.Duration.ofSeconds(30);

    /**
     * The time budget per article (like {@code analyze --timeout}); an article over it is abandoned and counted
     * as failed, and the ingest goes on. Zero: no limit.
     */
    public Ingester timeBudget(java.time.Duration perArticle) {
        this.budget = new TimeBudget(perArticle);
        return this;
    }

    /** The publication date given to articles that carry none (like {@code analyze --date}); null for none. */
    public Ingester defaultDate(java.time.LocalDate date) {
        this.defaultDate = date;
        return this;
    }

    public Ingester(Store store, Analyzer analyzer, ArticleReader reader, int threads, int batchSize) {
        this(store, analyzer, reader, threads, batchSize, new StoreRetry(DEFAULT_RETRY));
    }

    /**
     * @param retry how long to keep retrying, with back-off, while the database is unreachable (a PostgreSQL
     *              restart); past it the ingest stops with a clear failure, and a re-run completes the job
     */
    public Ingester(Store store, Analyzer analyzer, ArticleReader reader, int threads, int batchSize, StoreRetry retry) {
        this.store = store;
        this.analyzer = analyzer;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
        this.retry = retry;
        this.duplicateFilter = new DuplicateFilter(store, retry);
    }

    public Ingester(Store store, Analyzer analyzer) {
        this(store, analyzer, new ArticleReader(), Runtime.getRuntime().availableProcessors(), 32);
    }

    /** Ingests files, folders, JSON Lines, feeds and WARC files. */
    public IngestSummary ingest(List<Path> paths) {
        return ingest(sink -> InputWalker.walk(paths, sink));
    }

    /**
     * Ingests the inputs a source hands to its sink (on the calling thread; the sink blocks while the workers
     * are busy). Throws {@link StoreException} when the store fails; what was committed before stays.
     */
    public IngestSummary ingest(Consumer<Consumer<Input>> source) {
        startNanos = System.nanoTime();
        BlockingQueue<Analysis> queue = new ArrayBlockingQueue<>(batchSize * 4);
        Semaphore inFlight = new Semaphore(threads * 4 + batchSize);
        AtomicReference<RuntimeException> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> writeLoop(queue, inFlight, writerFailure), "sitrep-store-writer");
        writer.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            source.accept(input -> {
                if (writerFailure.get() != null) {
                    throw writerFailure.get();
                }
                read.incrementAndGet();
                inFlight.acquireUninterruptibly();
                pool.execute(() -> process(input, queue, inFlight));
            });
            pool.shutdown();
            awaitUninterruptibly(pool);
        } finally {
            pool.shutdownNow();
            putUninterruptibly(queue, END);
            joinUninterruptibly(writer);
        }
        if (writerFailure.get() != null) {
            throw writerFailure.get();
        }
        return progress();
    }

    /** A snapshot of the counts so far. */
    public IngestSummary progress() {
        return new IngestSummary(read.get(), stored.get(), duplicates.get(), failed.get(), new ArrayList<>(failures),
                (System.nanoTime() - startNanos) / 1e9, analysisNanos.get() / 1e9, storeNanos.get() / 1e9);
    }

    private void process(Input input, BlockingQueue<Analysis> queue, Semaphore inFlight) {
        boolean queued = false;
        long t0 = System.nanoTime();
        try {
            Article a = budget.run(() -> input.read(reader));
            if (a.published() == null && defaultDate != null) {
                a = a.withPublished(defaultDate);
            }
            if (!duplicateFilter.isNew(a)) {
                duplicates.incrementAndGet();
                return;
            }
            Article toAnalyze = a;
            Analysis analysis = budget.run(() -> analyzer.analyze(toAnalyze));
            analysisNanos.addAndGet(System.nanoTime() - t0);
            t0 = -1;
            putUninterruptibly(queue, analysis);
            queued = true;
        } catch (InvalidInputException | TimeBudget.OverBudgetException e) {
            fail(input.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(input.name(), "interrupted");
        } catch (StoreException e) {
            fail(input.name(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            fail(input.name(), "internal error: " + e);
        } finally {
            if (t0 >= 0) {
                analysisNanos.addAndGet(System.nanoTime() - t0);
            }
            if (!queued) {
                inFlight.release();
            }
        }
    }

    private void fail(String input, String reason) {
        failed.incrementAndGet();
        failures.add(new IngestSummary.Failure(input, reason));
    }

    private void writeLoop(BlockingQueue<Analysis> queue, Semaphore inFlight, AtomicReference<RuntimeException> failure) {
        List<Analysis> batch = new ArrayList<>(batchSize);
        boolean end = false;
        while (!end) {
            batch.clear();
            try {
                Analysis first = queue.take();
                if (first == END) {
                    break;
                }
                batch.add(first);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BATCH_WAIT_MILLIS);
                while (batch.size() < batchSize) {
                    Analysis next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    if (next == END) {
                        end = true;
                        break;
                    }
                    batch.add(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (failure.get() == null) {
                write(batch, failure);
            }
            inFlight.release(batch.size());
        }
    }

    /**
     * Stores a batch in one transaction. When it fails, stores its articles one by one so that one article the
     * store refuses fails alone; when the store refuses every article of {@value #FATAL_BATCHES} batches in a
     * row, the ingest stops with that failure.
     */
    private void write(List<Analysis> batch, AtomicReference<RuntimeException> failure) {
        long t0 = System.nanoTime();
        try {
            count(retry.call(() -> store.putAll(batch)));
            failedBatches = 0;
        } catch (RuntimeException batchFailure) {
            if (StoreRetry.isConnectionFailure(batchFailure)) {
                failure.compareAndSet(null, batchFailure); // unreachable past the retry window: stop, a re-run resumes
                return;
            }
            int ok = 0;
            for (Analysis a : batch) {
                try {
                    count(List.of(store.put(a)));
                    ok++;
                } catch (RuntimeException e) {
                    fail(a.article().name(), e.getMessage());
                }
            }
            failedBatches = ok == 0 ? failedBatches + 1 : 0;
            if (failedBatches >= FATAL_BATCHES) {
                failure.compareAndSet(null, batchFailure);
            }
        } finally {
            storeNanos.addAndGet(System.nanoTime() - t0);
        }
    }

    private void count(List<PutResult> results) {
        for (PutResult r : results) {
            (r.stored() ? stored : duplicates).incrementAndGet();
        }
    }

    private static void putUninterruptibly(BlockingQueue<Analysis> q, Analysis a) {
        uninterruptibly(() -> {
            q.put(a);
            return true;
        });
    }

    private static void awaitUninterruptibly(ExecutorService pool) {
        uninterruptibly(() -> pool.awaitTermination(1, TimeUnit.HOURS));
    }

    private static void joinUninterruptibly(Thread t) {
        uninterruptibly(() -> {
            t.join();
            return true;
        });
    }

    @FunctionalInterface
    private interface Blocking {
        /** Returns true when done, false to wait again. */
        boolean run() throws InterruptedException;
    }

    /** Runs a blocking call to its end, keeping (and restoring) an interrupt that arrives meanwhile. */
    private static void uninterruptibly(Blocking call) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (call.run()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
