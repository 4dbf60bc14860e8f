package io.sitrep.serve.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short run of the load harness (loopback only, bounded in time and count): no request fails under
 * concurrent analyze and query traffic, and the edge cases get their status codes. Throughput and latency
 * are printed, not asserted; the real measurement is {@code bench/load/run.sh}.
 */
class LoadSmokeTest {
    @Test
    @Timeout(300) // a hang guard
    void concurrentAnalyzeAndQueryRequestsAllSucceed() throws Exception {
        LoadHarness.Report r = LoadHarness.run(Path.of("../../shared/examples/dev"), Duration.ofSeconds(5), 8, 2_000, false);
        System.out.print(r.text());
        assertThat(r.errorSamples()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.requests()).isPositive();
        assertThat(r.latenciesMicros().get("analyze")).isNotEmpty();
        assertThat(r.latenciesMicros().get("query")).isNotEmpty();
        assertThat(r.edgeStatuses()).containsEntry("oversized analyze body", 413)
                .containsEntry("malformed JSON to ingest", 400)
                .containsEntry("ingest without token", 401)
                .containsEntry("binary analyze body", 400);
    }
}
