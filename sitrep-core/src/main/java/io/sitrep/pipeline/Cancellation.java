package io.sitrep.pipeline;

/**
 * Cooperative cancellation: a thread whose work was abandoned (its time budget ran out, see
 * {@link TimeBudget}) is interrupted, and long-running code calls {@link #check} at safe points (the
 * pipeline between stages, the HTML extractor between phases) to stop there instead of running on.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /** @throws CancelledException when the current thread has been interrupted (the flag stays set) */
    public static void check(String where) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException("cancelled before " + where);
        }
    }

    /** The work of this thread was abandoned by whoever waited for it. */
    public static final class CancelledException extends RuntimeException {
        public CancelledException(String message) {
            super(message);
        }
    }
}
