package io.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads independent models and dictionaries at the same time, so that a cold start costs the longest load
 * rather than their sum. Each loader is a shared, thread-safe lazy holder (it keeps what it loaded); this
 * only decides when and on which thread the loading happens.
 */
public final class Preloader {
    private Preloader() {
    }

    /** Runs every loader, in parallel on up to the number of cores, and waits for all of them. */
    public static void load(List<Runnable> loaders) {
        int threads = Math.max(1, Math.min(loaders.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-preload");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable loader : loaders) {
                futures.add(pool.submit(loader));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
