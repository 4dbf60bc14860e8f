package io.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in the middle of an ingest: the CLI runs as a separate JVM and is killed (destroyForcibly) after some
 * batches were committed. No committed article is lost, no article is half stored, and running the same command
 * again completes the job.
 */
class CrashRecoveryTest {
    static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLosesNothingCommittedAndARerunCompletesIt() throws Exception {
        Path input = bigInput(dir, ARTICLES);
        Path store = dir.resolve("store");
        Path db = store.resolve("sitrep.db");

        Process p = cli("ingest", "--store", store.toString(), "--batch", "4", input.toString());
        long committed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline) {
            committed = Files.exists(db) ? count(db) : 0;
            if (committed >= 24) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the ingest must still be running when it is killed").isTrue();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long afterKill = count(db);
        assertThat(afterKill).isGreaterThanOrEqualTo(committed).isLessThan(ARTICLES);
        assertIntact(db);

        Process rerun = cli("ingest", "--store", store.toString(), input.toString());
        String out = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(out).isZero();
        assertThat(out).startsWith("read " + ARTICLES + ", stored " + (ARTICLES - afterKill) + ", duplicates " + afterKill + ", failed 0");
        assertThat(count(db)).isEqualTo(ARTICLES);
        assertIntact(db);
    }

    /** Distinct short articles (the first lines of the dev articles, each copy with its own last line), as JSON Lines. */
    static Path bigInput(Path dir, int articles) throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(StoreCommandsTest.DEV))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> {
                try {
                    texts.add(String.join("\n", Files.readAllLines(f).stream().limit(4).toList()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Path input = dir.resolve("big.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(input)) {
            for (int i = 0; i < articles; i++) {
                ObjectNode o = json.createObjectNode();
                o.put("text", texts.get(i % texts.size()) + "\nDispatch " + i + " of the series.");
                o.put("url", "https://example.org/story/" + i);
                w.write(o.toString());
                w.write('\n');
            }
        }
        return input;
    }

    private Process cli(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.sitrep.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    static long count(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return 0; // the schema is not created yet
            }
            throw e;
        }
    }

    /** Every article has exactly the facts it was stored with, and belongs to a story that exists. */
    static void assertIntact(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            String[][] checks = {
                    {"entities", "SELECT COUNT(*) FROM article a WHERE a.n_entities <> (SELECT COUNT(*) FROM entity e WHERE e.article_id = a.id)"},
                    {"mentions", "SELECT COUNT(*) FROM article a WHERE a.n_mentions <> (SELECT COUNT(*) FROM mention m WHERE m.article_id = a.id)"},
                    {"quotes", "SELECT COUNT(*) FROM article a WHERE a.n_quotes <> (SELECT COUNT(*) FROM quote q WHERE q.article_id = a.id)"},
                    {"claims", "SELECT COUNT(*) FROM article a WHERE a.n_claims <> (SELECT COUNT(*) FROM claim q WHERE q.article_id = a.id)"},
                    {"events", "SELECT COUNT(*) FROM article a WHERE a.n_events <> (SELECT COUNT(*) FROM event e WHERE e.article_id = a.id)"},
                    {"stories", "SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM story s WHERE s.id = a.story_id)"},
                    {"orphan facts", "SELECT COUNT(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = e.article_id)"},
                    {"story sizes", "SELECT COUNT(*) FROM story s WHERE s.article_count <> (SELECT COUNT(*) FROM article a WHERE a.story_id = s.id)"},
            };
            for (String[] check : checks) {
                try (ResultSet rs = s.executeQuery(check[1])) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("articles with wrong " + check[0]).isZero();
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }
}
