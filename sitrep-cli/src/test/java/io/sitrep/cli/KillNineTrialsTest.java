package io.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
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
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 at random points, many times over: each trial starts {@code sitrep ingest} (a child JVM) on the
 * same input and store, and kills it (SIGKILL) either after a random delay — during start-up, schema
 * creation, analysis or a write — or once a random number of articles are committed. After every kill the
 * store is intact (no half-stored article, no duplicate, nothing committed lost); a last run completes
 * the job. {@code -Dsitrep.kill.trials=N} (default 4 in the suite) runs more; the figure in the notes
 * comes from a long run.
 */
class KillNineTrialsTest {
    static final int ARTICLES = 120;

    @TempDir
    Path dir;

    @Test
    @Timeout(900) // a hang guard: every child is bounded below
    void randomKillsLoseNothingAndDuplicateNothing() throws Exception {
        int trials = Integer.getInteger("sitrep.kill.trials", 4);
        long seed = Long.getLong("sitrep.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        Path input = CrashRecoveryTest.bigInput(dir, ARTICLES);
        Path store = dir.resolve("store");
        Path db = store.resolve("sitrep.db");

        long before = 0;
        int killed = 0;
        int ran = 0;
        for (int trial = 0; trial < trials; trial++) {
            ran++;
            String what = "trial " + trial + " (seed " + seed + ")";
            Process p = ingest(store, input);
            boolean byTime = random.nextBoolean();
            long delayMs = random.nextInt(6_000);
            long target = before + 1 + random.nextInt(Math.max(1, (int) (ARTICLES - before) / 2));
            long start = System.nanoTime();
            long seen = before;
            while (p.isAlive()) {
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                seen = Math.max(seen, Files.exists(db) ? CrashRecoveryTest.count(db) : 0);
                if (byTime ? elapsedMs >= delayMs : seen >= target) {
                    break;
                }
                if (elapsedMs > 120_000) {
                    p.destroyForcibly();
                    throw new AssertionError(what + ": the ingest neither finished nor reached the kill point");
                }
                Thread.sleep(5);
            }
            if (p.isAlive()) {
                p.destroyForcibly(); // SIGKILL
                killed++;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

            long after = Files.exists(db) ? CrashRecoveryTest.count(db) : 0;
            assertThat(after).as(what + ": nothing committed is lost").isGreaterThanOrEqualTo(seen).isGreaterThanOrEqualTo(before);
            if (after > 0) {
                CrashRecoveryTest.assertIntact(db);
                assertNoDuplicates(db, what);
            }
            before = after;
            if (after == ARTICLES) {
                break; // the job got done before the kill came: nothing left to interrupt
            }
        }

        Process last = ingest(store, input);
        String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(out).isZero();
        assertThat(out).startsWith("read " + ARTICLES + ", stored " + (ARTICLES - before) + ", duplicates " + before + ", failed 0");
        assertThat(CrashRecoveryTest.count(db)).isEqualTo(ARTICLES);
        CrashRecoveryTest.assertIntact(db);
        assertNoDuplicates(db, "after the last run");
        System.out.println("kill -9: " + killed + " kills in " + ran + " trials (seed " + seed + "; a trial whose ingest"
                + " finished before its kill point ends the series), " + ARTICLES + " articles stored once each, none lost");
    }

    private static void assertNoDuplicates(Path db, String what) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT content_hash), COUNT(DISTINCT url), COUNT(DISTINCT text) FROM article")) {
            rs.next();
            long n = rs.getLong(1);
            assertThat(List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4))).as(what + ": duplicates").containsOnly(n);
        }
    }

    private Process ingest(Path store, Path input) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "io.sitrep.cli.Main",
                "ingest", "--store", store.toString(), "--batch", "4", input.toString()));
        return new ProcessBuilder(cmd).redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }
}
