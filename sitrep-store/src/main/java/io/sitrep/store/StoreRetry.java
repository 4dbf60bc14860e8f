package io.sitrep.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries a store call while the database is unreachable (a PostgreSQL server restarting, a dropped
 * connection) or when its transaction collided with another (deadlock, serialization failure), with
 * exponential back-off from {@value #FIRST_DELAY_MS} ms up to {@value #MAX_DELAY_MS} ms between tries, for at most the given window; then it gives up with one clear {@link StoreException}. Only
 * those failures are retried: any other failure (a constraint, a full disk) is thrown at once.
 */
public final class StoreRetry {
    static final long FIRST_DELAY_MS = 250;
    static final long MAX_DELAY_MS = 8_000;

    private final Duration window;

    /** @param window how long the store may stay unreachable before the call fails; zero: no retry */
    public StoreRetry(Duration window) {
        this.window = window;
    }

    public static StoreRetry none() {
        return new StoreRetry(Duration.ZERO);
    }

    public Duration window() {
        return window;
    }

    public <T> T call(Supplier<T> storeCall) {
        long deadline = System.nanoTime() + window.toNanos();
        long delay = FIRST_DELAY_MS;
        int tries = 0;
        while (true) {
            try {
                return storeCall.get();
            } catch (RuntimeException e) {
                tries++;
                if (!isConnectionFailure(e) && !isTransactionConflict(e)) {
                    throw e;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    if (tries == 1) {
                        throw e;
                    }
                    throw new StoreException("the store stayed unreachable for " + window.toSeconds() + " s (" + tries
                            + " tries): " + e.getMessage(), e);
                }
                sleep(Math.min(delay, Math.max(1, left / 1_000_000)));
                delay = Math.min(MAX_DELAY_MS, delay * 2);
            }
        }
    }

    /**
     * A transaction the database rolled back because it collided with another one: SQLState 40P01 (deadlock
     * detected) or 40001 (serialization failure). The whole transaction is gone, so trying it again is safe.
     */
    public static boolean isTransactionConflict(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException x = sql; x != null; x = x.getNextException()) {
                    if ("40P01".equals(x.getSQLState()) || "40001".equals(x.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A lost or refused connection: SQLState class 08 (connection exception), 57P01-57P03 (the server is
     * shutting down, crashed, or is starting), or the JDBC types that say so (a pool that cannot get a
     * connection in time included).
     */
    public static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store to come back");
        }
    }
}
