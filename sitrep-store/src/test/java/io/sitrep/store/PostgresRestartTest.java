package io.sitrep.store;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.store.ingest.IngestSummary;
import io.sitrep.store.ingest.Ingester;
import io.sitrep.store.ingest.Input;
import io.sitrep.store.ingest.RawArticle;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL stopped and started again in the middle of an ingest: the ingest retries with back-off and
 * completes with every article stored once; a re-run adds nothing. A database that stays down ends the
 * call with one clear failure once the retry window is over.
 */
class PostgresRestartTest {
    static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    @Timeout(600) // a hang guard
    void anIngestRidesOutAServerRestart() throws Exception {
        int port = freePort();
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres pg = start(data, port);
        String url = pg.getJdbcUrl("postgres", "postgres");
        List<Input> inputs = inputs();
        Analyzer analyzer = Analyzer.standard();
        try (Store store = Stores.openJdbc(url)) {
            Ingester ingester = new Ingester(store, analyzer, new ArticleReader(), 2, 4, new StoreRetry(Duration.ofSeconds(120)));
            CompletableFuture<IngestSummary> run = CompletableFuture.supplyAsync(() -> ingester.ingest(sink -> inputs.forEach(sink)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (ingester.progress().stored() < 8 && !run.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(run.isDone()).as("the ingest must still be running when the server stops").isFalse();
            pg.close(); // the server goes down mid-ingest
            Thread.sleep(3_000);
            pg = start(data, port); // and comes back on the same port with the same data

            IngestSummary s = run.get(300, TimeUnit.SECONDS);
            assertThat(s.failures()).isEmpty();
            assertThat(s.stored() + s.duplicates()).isEqualTo(ARTICLES);
            assertThat(count(url)).isEqualTo(ARTICLES);

            IngestSummary again = new Ingester(store, analyzer).ingest(sink -> inputs.forEach(sink));
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(ARTICLES);
            assertThat(count(url)).isEqualTo(ARTICLES);
        } finally {
            pg.close();
        }
    }

    @Test
    void aStoreThatStaysDownFailsOnceTheWindowIsOver() {
        AtomicInteger tries = new AtomicInteger();
        StoreRetry retry = new StoreRetry(Duration.ofMillis(1_200));
        assertThatThrownBy(() -> retry.call(() -> {
            tries.incrementAndGet();
            throw new StoreException("cannot write to the store db: Connection refused",
                    new SQLTransientConnectionException("Connection refused", "08001"));
        })).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the store stayed unreachable for 1 s (")
                .hasMessageEndingWith("tries): cannot write to the store db: Connection refused");
        assertThat(tries.get()).isBetween(3, 6); // 250, 500, then what is left of the window
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> new StoreRetry(Duration.ofSeconds(30)).call(() -> {
            tries.incrementAndGet();
            throw new StoreException("cannot write to the store: [SQLITE_FULL] database or disk is full");
        })).hasMessageContaining("disk is full");
        assertThat(tries.get()).isOne();
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        Files.createDirectories(data);
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long count(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM article")) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
            return rs.getLong(1);
        }
    }

    /** Distinct short articles: the first lines of the dev articles, each copy with its own last line. */
    private static List<Input> inputs() throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("../../shared/examples/dev"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(String.join("\n", Files.readAllLines(f).stream().limit(4).toList()));
            }
        }
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            out.add(new RawArticle("restart-" + i, texts.get(i % texts.size()) + "\nDispatch " + i + " of the series.", false,
                    null, "https://example.org/restart/" + i, null, null));
        }
        return out;
    }
}
