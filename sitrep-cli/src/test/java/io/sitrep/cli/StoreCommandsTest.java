package io.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.sitrep.cli.AnalyzeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** ingest, query and export as outside checks call them (shared/CONTRACT.md), on SQLite and PostgreSQL. */
class StoreCommandsTest {
    static final String DEV = "../../shared/examples/dev";

    @TempDir
    Path dir;

    @Test
    void ingestTwiceThenQueryAndExport() throws Exception {
        String store = dir.resolve("store").toString();
        AnalyzeCommandTest.Run first = run("ingest", "--store", store, DEV, "../examples/syria-bases.txt");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("read 17, stored 17, duplicates 0, failed 0");
        AnalyzeCommandTest.Run again = run("ingest", "--store", store, DEV);
        assertThat(again.out()).startsWith("read 16, stored 0, duplicates 16, failed 0");

        AnalyzeCommandTest.Run entities = run("query", "--store", store, "entities", "--format", "json", "--limit", "5");
        assertThat(entities.code()).isZero();
        for (String line : lines(entities.out())) {
            JsonNode o = new ObjectMapper().readTree(line);
            assertThat(o.has("name") && o.has("type") && o.has("articles") && o.has("mentions")).isTrue();
        }
        AnalyzeCommandTest.Run stories = run("query", "--store", store, "stories");
        assertThat(stories.out()).startsWith("story").contains("Russia could keep Syria military bases");
        for (String what : List.of("events", "quotes", "claims")) {
            AnalyzeCommandTest.Run r = run("query", "--store", store, what, "--actor", "SYR", "--speaker", "Abu Qasra",
                    "--since", "2000-01-01", "--format", "json");
            assertThat(r.code()).as(what + ": " + r.err()).isZero();
        }
        assertThat(run("query", "--store", store, "timeline").code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("query", "--store", store, "timeline", "Russia", "--format", "json").code()).isZero();

        Path gdelt = dir.resolve("out/events.tsv");
        AnalyzeCommandTest.Run export = run("export", "--store", store, "--format", "gdelt", "--out", gdelt.toString());
        assertThat(export.code()).as(export.err()).isZero();
        for (String line : Files.readAllLines(gdelt)) {
            assertThat(line.split("\t", -1)).hasSize(61);
        }
        AnalyzeCommandTest.Run jsonl = run("export", "--store", store, "--format", "jsonl");
        assertThat(lines(jsonl.out())).hasSize(17);
        assertThat(new ObjectMapper().readTree(lines(jsonl.out()).get(0)).has("text")).isTrue();
        AnalyzeCommandTest.Run plover = run("export", "--store", store, "--format", "plover");
        for (String line : lines(plover.out())) {
            assertThat(new ObjectMapper().readTree(line).has("event")).isTrue();
        }
    }

    @Test
    void ingestIntoPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            AnalyzeCommandTest.Run r = run("ingest", "--db", url, DEV);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("read 16, stored 16, duplicates 0, failed 0");
            assertThat(run("ingest", "--db", url, DEV).out()).startsWith("read 16, stored 0, duplicates 16");
            AnalyzeCommandTest.Run q = run("query", "--db", url, "entities", "--format", "json", "--limit", "3");
            assertThat(q.code()).isZero();
            assertThat(lines(q.out())).hasSizeLessThanOrEqualTo(3);
            assertThat(lines(run("export", "--db", url, "--format", "jsonl").out())).hasSize(16);
        }
    }

    @Test
    void aBadStoreUrlIsAClearError() {
        AnalyzeCommandTest.Run r = run("query", "--db", "jdbc:mysql://x/y", "events");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("unsupported JDBC URL");
    }

    static List<String> lines(String s) {
        return s.isBlank() ? List.of() : List.of(s.strip().split("\n"));
    }
}
