package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.Analyzer;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.sitrep.serve.AnalyzeApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/ingest: refused without the token, stores with it, idempotent, searchable at once. */
class IngestApiTest {
    static final String TOKEN = "s3cret-token";
    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Stores.openDir(dir);
        server = SitrepServer.start(ServerConfig.loopback(0).withToken(TOKEN).withMaxBodyBytes(32 * 1024), Analyzer.standard(), store);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static final String ARTICLE = "Flood waters recede in the delta\n"
            + "Flood waters began to recede on Thursday across the river delta, local officials said, after a week of heavy rain.\n"
            + "Relief agencies said thousands of families remained in temporary shelters near the coast.";

    @Test
    void refusesWithoutOrWithAWrongToken() {
        long before = store.stats().articles();
        assertError(http.post("/api/ingest", "text/plain", ARTICLE, null), 401, "token");
        assertError(http.post("/api/ingest", "text/plain", ARTICLE, "wrong"), 401, "token");
        assertError(http.post("/api/ingest", "text/plain", ARTICLE, TOKEN + "x"), 401, "token");
        Http.Reply r = http.post("/api/ingest", "text/plain", ARTICLE, null);
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(store.stats().articles()).isEqualTo(before);
    }

    @Test
    void storesOnceAndReportsTheDuplicate() {
        String text = ARTICLE.replace("Thursday", "Wednesday");
        Http.Reply first = http.post("/api/ingest?date=2025-05-01", "text/plain; charset=utf-8", text, TOKEN);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("stored").asInt()).isEqualTo(1);
        long id = first.json().get("articles").get(0).get("id").asLong();
        JsonNode stored = http.get("/api/articles/" + id).json();
        assertThat(stored.get("analysis").get("published").asText()).isEqualTo("2025-05-01");
        Http.Reply again = http.post("/api/ingest", "text/plain", text, TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
        assertThat(http.get("/api/search?q=Wednesday").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void ingestsJsonLines() {
        String ndjson = "{\"title\":\"Harbour reopens\",\"text\":\"The harbour reopened to cargo ships on Monday after repairs to the main quay were completed.\",\"published\":\"2025-06-02\",\"url\":\"https://news.example/harbour\"}\n"
                + "\n"
                + "{\"html\":\"<html><body><article><h1>Bridge closed</h1><p>The old bridge over the river was closed to traffic on Tuesday for an inspection of its cables.</p></article></body></html>\"}\n";
        Http.Reply r = http.post("/api/ingest", "application/x-ndjson", ndjson, TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("stored").asInt()).isEqualTo(2);
        assertThat(r.json().get("articles").findValuesAsText("title")).containsExactly("Harbour reopens", "Bridge closed");
        assertThat(http.get("/api/search?q=cables").json().get("items").get(0).get("title").asText()).isEqualTo("Bridge closed");
    }

    @Test
    void badJsonLinesNameTheLine() {
        assertError(http.post("/api/ingest", "application/x-ndjson", "{\"text\":\"A headline\\nSome body text for the line.\"}\n{oops", TOKEN), 400, "line 2");
        assertError(http.post("/api/ingest", "application/x-ndjson", "{\"title\":\"no body\"}", TOKEN), 400, "line 1");
        assertError(http.post("/api/ingest", "application/x-ndjson", "[1,2]", TOKEN), 400, "object");
    }

    @Test
    void refusesOtherMediaTypesAndOversizedBodies() {
        assertError(http.post("/api/ingest", "application/pdf", "%PDF-1.4", TOKEN), 415, "Content-Type");
        assertError(http.post("/api/ingest", "text/plain", "Headline\n" + "word ".repeat(8000), TOKEN), 413, "limit");
        // the size limit holds for requests without the token too
        assertError(http.post("/api/ingest", "text/plain", "Headline\n" + "word ".repeat(8000), null), 413, "limit");
    }

    @Test
    void withoutATokenConfiguredWritesAreDisabled() {
        try (SitrepServer noToken = SitrepServer.start(ServerConfig.loopback(0), Analyzer.standard(), store)) {
            Http h = new Http(noToken.baseUri());
            assertError(h.post("/api/ingest", "text/plain", ARTICLE, "anything"), 401, "disabled");
            assertThat(h.get("/api/health").json().get("writes").asBoolean()).isFalse();
        }
    }
}
