package io.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30) // hang guards, not speed assertions
class TimeBudgetTest {
    @Test
    void aRunawayThatNeverChecksIsAbandonedAndTheNextDocumentStillRuns() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        // generous, so that the next piece of work fits in it even on a machine loaded by the runaway itself
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> budget.run(() -> {
                while (!stop.get()) {
                    Thread.onSpinWait(); // deaf to interrupts, like a regex gone wild
                }
                return "never";
            })).isInstanceOf(TimeBudget.OverBudgetException.class)
                    .hasMessage("took longer than its time budget of 2 s and was abandoned");
            // the runaway still spins on its own thread, yet the next piece of work gets a worker of its own
            assertThat(budget.<String, RuntimeException>run(() -> "next")).isEqualTo("next");
        } finally {
            stop.set(true);
        }
    }

    @Test
    void aCooperativeStageStopsAtItsNextCheck() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (TimeBudget budget = new TimeBudget(Duration.ofMillis(50))) {
            assertThatThrownBy(() -> budget.run(() -> {
                try {
                    while (true) {
                        Cancellation.check("the next stage");
                        Thread.onSpinWait();
                    }
                } catch (Cancellation.CancelledException e) {
                    stopped.countDown();
                    throw e;
                }
            })).isInstanceOf(TimeBudget.OverBudgetException.class);
            assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the worker noticed it was cancelled").isTrue();
        }
    }

    @Test
    void thePipelineChecksBetweenStages() {
        Pipeline p = Pipeline.builder().add(new Stage() {
            @Override
            public java.util.Set<Key<?>> requires() {
                return java.util.Set.of();
            }

            @Override
            public java.util.Set<Key<?>> provides() {
                return java.util.Set.of(Keys.TOKENS);
            }

            @Override
            public void process(Document doc) {
                throw new AssertionError("must not run once the thread is interrupted");
            }
        }).build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> p.analyze(io.sitrep.model.Article.of("t", "text")))
                    .isInstanceOf(Cancellation.CancelledException.class).hasMessageContaining("before");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theWorksOwnExceptionsPassThroughUnchanged() {
        try (TimeBudget budget = new TimeBudget(Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> budget.<String, IOException>run(() -> {
                throw new IOException("disk");
            })).isInstanceOf(IOException.class).hasMessage("disk");
            assertThatThrownBy(() -> budget.<String, RuntimeException>run(() -> {
                throw new IllegalStateException("bug");
            })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
            assertThatThrownBy(() -> budget.<String, RuntimeException>run(() -> {
                throw new StackOverflowError();
            })).isInstanceOf(StackOverflowError.class);
        }
    }

    @Test
    void zeroMeansNoLimitAndRunsOnTheCallersThread() throws Exception {
        try (TimeBudget budget = new TimeBudget(Duration.ZERO)) {
            assertThat(budget.limited()).isFalse();
            Thread caller = Thread.currentThread();
            assertThat(budget.<Thread, RuntimeException>run(Thread::currentThread)).isSameAs(caller);
        }
    }
}
