package io.sitrep.store;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreRetryTest {
    @Test
    void aDeadlockedTransactionIsTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        String result = new StoreRetry(Duration.ofSeconds(10)).call(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new StoreException("cannot write", new SQLException("deadlock detected", "40P01"));
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(tries).hasValue(2);
    }

    @Test
    void classifiesFailures() {
        assertThat(StoreRetry.isTransactionConflict(new StoreException("x", new SQLException("s", "40001")))).isTrue();
        SQLException batch = new SQLException("batch aborted", "22000");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertThat(StoreRetry.isTransactionConflict(batch)).isTrue();
        assertThat(StoreRetry.isTransactionConflict(new SQLException("unique violation", "23505"))).isFalse();
        assertThat(StoreRetry.isConnectionFailure(new SQLException("refused", "08001"))).isTrue();
    }

    @Test
    void otherFailuresAreThrownAtOnce() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> new StoreRetry(Duration.ofSeconds(10)).call(() -> {
            tries.incrementAndGet();
            throw new StoreException("disk full", new SQLException("disk full", "53100"));
        })).hasMessage("disk full");
        assertThat(tries).hasValue(1);
    }
}
