package io.sitrep.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A per-document time budget. The work runs on a worker thread of its own; the caller waits at most the
 * budget, then gives up: the worker is interrupted (the pipeline and the HTML extractor stop at their
 * next {@link Cancellation#check}) and abandoned, and the caller gets an {@link OverBudgetException} so a
 * batch goes on with its next document. A stage stuck in a loop that never checks keeps its (daemon)
 * thread busy until it returns, but it no longer holds up anything: every document gets a fresh worker
 * when the others are busy.
 */
public final class TimeBudget implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Duration budget;
    private final ExecutorService workers;

    /** @param budget the time one document may take; zero or negative means no limit */
    public TimeBudget(Duration budget) {
        this.budget = budget;
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "sitrep-budget-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = Executors.newCachedThreadPool(daemons);
    }

    public Duration budget() {
        return budget;
    }

    public boolean limited() {
        return !budget.isZero() && !budget.isNegative();
    }

    /** Work that may throw one checked exception type (e.g. the reader's invalid-input exception). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /**
     * Runs the work within the budget. Its own exceptions reach the caller unchanged (checked ones of
     * type {@code E}, runtime exceptions and errors).
     *
     * @throws OverBudgetException when the budget ran out first
     * @throws InterruptedException when the caller itself was interrupted while waiting
     */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T run(Work<T, E> work) throws E, InterruptedException {
        if (!limited()) {
            return work.call();
        }
        Callable<T> task = work::call;
        Future<T> f = workers.submit(task);
        try {
            return f.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new OverBudgetException(budget);
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw (E) cause;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The document took longer than its budget and was abandoned. */
    public static final class OverBudgetException extends RuntimeException {
        private final Duration budget;

        public OverBudgetException(Duration budget) {
            super("took longer than its time budget of " + human(budget) + " and was abandoned");
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }

        private static String human(Duration d) {
            long ms = d.toMillis();
            return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
        }
    }
}
