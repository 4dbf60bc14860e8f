package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeApiTest {
    static final long LIMIT = 64 * 1024;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = SitrepServer.start(ServerConfig.loopback(0).withMaxBodyBytes(LIMIT), Analyzer.standard());
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(server.host()).isEqualTo("127.0.0.1");
        assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void analysesPlainText() throws Exception {
        String article = Files.readString(Path.of("../examples/syria-bases.txt"));
        Http.Reply r = http.post("/api/analyze", "text/plain; charset=utf-8", article, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode a = r.json();
        assertThat(a.get("title").asText()).isNotBlank();
        assertThat(article).contains(a.get("title").asText());
        assertThat(a.get("text").asText()).contains("Defence Minister Murhaf Abu Qasra said");
        for (String field : new String[] {"entities", "quotes", "events"}) {
            assertThat(a.get(field).isArray()).as(field).isTrue();
        }
    }

    @Test
    void analysesHtmlAndTakesTheDateParameter() {
        String html = "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
                + "<p>Delegations from both countries met in Geneva on Monday to discuss the ceasefire and the exchange of prisoners.</p>"
                + "<p>The talks are expected to continue for several days, officials said.</p></article></body></html>";
        Http.Reply r = http.post("/api/analyze?date=2025-03-02", "text/html", html, null);
        assertThat(r.status()).isEqualTo(200);
        JsonNode a = r.json();
        assertThat(a.get("published").asText()).isEqualTo("2025-03-02");
        assertThat(a.get("text").asText()).contains("Delegations from both countries met in Geneva").doesNotContain("<p>");
    }

    @Test
    void decodesTheDeclaredCharset() {
        byte[] latin1 = "Headline\nThe minister of Curaçao spoke on Tuesday about the harbour.".getBytes(StandardCharsets.ISO_8859_1);
        Http.Reply r = http.post("/api/analyze", "text/plain; charset=ISO-8859-1", latin1, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("text").asText()).contains("Curaçao");
    }

    @Test
    void refusesOtherMediaTypesWith415() {
        Http.Reply r = http.post("/api/analyze", "application/json", "{\"text\":\"x\"}", null);
        assertThat(r.status()).isEqualTo(415);
        assertError(r, 415, "Content-Type");
        assertThat(http.post("/api/analyze", null, "Headline\nBody text here.", null).status()).isEqualTo(415);
    }

    @Test
    void refusesEmptyAndBadInputWith400() {
        assertError(http.post("/api/analyze", "text/plain", "   \n  ", null), 400, "empty");
        assertError(http.post("/api/analyze?date=yesterday", "text/plain", "Headline\nBody.", null), 400, "date");
        assertError(http.post("/api/analyze?date=2025-02-30", "text/plain", "Headline\nBody.", null), 400, "date");
    }

    @Test
    void refusesBodiesOverTheLimitWith413() {
        String big = "Headline\n" + "word ".repeat((int) (LIMIT / 5) + 10);
        assertError(http.post("/api/analyze", "text/plain", big, null), 413, "limit");
    }

    @Test
    void unknownEndpointsAndMethodsAreJsonErrors() {
        assertError(http.get("/api/nothing-here"), 404, "not found");
        Http.Reply r = http.get("/api/analyze");
        assertThat(r.status()).isIn(404, 405);
        assertThat(r.json().get("status").asInt()).isEqualTo(r.status());
    }

    @Test
    void answersCarrySecurityHeaders() {
        Http.Reply r = http.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").contains("object-src 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Server")).isNull();
    }

    @Test
    void storeEndpointsAnswer503WithoutAStore() {
        for (String path : new String[] {"/api/situation/SYR", "/api/entities", "/api/events", "/api/quotes", "/api/search?q=x"}) {
            assertError(http.get(path), 503, "no store");
        }
    }

    static void assertError(Http.Reply r, int status, String messagePart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode e = r.json();
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("message").asText()).containsIgnoringCase(messagePart);
        assertThat(r.body()).doesNotContain("at io.").doesNotContain("Exception");
    }

    @Test
    void anAnalysisOverTheServersTimeBudgetIsAbandonedWith422() throws Exception {
        String article = Files.readString(Path.of("../examples/syria-bases.txt"));
        try (SitrepServer tight = SitrepServer.start(ServerConfig.loopback(0)
                .withAnalyzeTimeout(java.time.Duration.ofMillis(1)), Analyzer.standard())) {
            Http.Reply r = new Http(tight.baseUri()).post("/api/analyze", "text/plain; charset=utf-8", article, null);
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.json().get("message").asText()).contains("time budget of 1 ms").contains("--timeout");
        }
        // the default budget (30 s) leaves a normal article alone
        assertThat(http.post("/api/analyze", "text/plain; charset=utf-8", article, null).status()).isEqualTo(200);
    }
}
