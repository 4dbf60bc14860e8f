package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.Analyzer;
import io.sitrep.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.sitrep.serve.AnalyzeApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The store-backed endpoints against a real SQLite store holding {@link TestCorpus}. */
class StoreApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = TestCorpus.open(dir);
        server = SitrepServer.start(ServerConfig.loopback(0).withToken("test-token-x").withMaxBodyBytes(256 * 1024), Analyzer.standard(), store);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static List<String> texts(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get(field).asText()));
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthReportsTheStore() {
        JsonNode h = http.get("/api/health").json();
        assertThat(h.get("store").asBoolean()).isTrue();
        assertThat(h.get("writes").asBoolean()).isTrue();
        assertThat(h.get("counts").get("articles").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void listsEntitiesByTypeAndCountry() {
        JsonNode places = http.get("/api/entities?type=place&country=SYR").json();
        assertThat(texts(places, "name")).contains("Tartus", "Damascus", "Hmeimim Air Base");
        places.get("items").forEach(p -> assertThat(p.get("type").asText()).isEqualTo("PLACE"));
        JsonNode tartus = places.get("items").findParents("name").stream().filter(p -> p.get("name").asText().equals("Tartus")).findFirst().orElseThrow();
        assertThat(tartus.get("lat").asDouble()).isEqualTo(34.89);
        JsonNode people = http.get("/api/entities?type=PERSON").json();
        assertThat(texts(people, "name")).containsExactly("Asaad al-Shaibani");
        assertThat(people.get("items").get(0).get("articles").asInt()).isEqualTo(2);
        assertError(http.get("/api/entities?type=ALIEN"), 400, "type");
    }

    @Test
    void filtersEventsByActorCodeAndDate() {
        JsonNode consult = http.get("/api/events?cameo=04").json();
        assertThat(texts(consult, "cameo")).containsOnly("043").hasSize(2);
        JsonNode disapprove = http.get("/api/events?plover=disapprove").json();
        assertThat(texts(disapprove, "source_name")).containsExactly("Turkey");
        assertThat(disapprove.get("items").get(0).get("target_name").asText()).isEqualTo("Russia");
        JsonNode march = http.get("/api/events?since=2025-03&until=2025-03-31").json();
        assertThat(texts(march, "source_code")).containsOnly("TUR");
        JsonNode russia = http.get("/api/events?actor=RUS").json();
        assertThat(russia.get("items").size()).isEqualTo(3);
        JsonNode paged = http.get("/api/events?limit=1&offset=1").json();
        assertThat(paged.get("items").size()).isEqualTo(1);
        assertThat(paged.get("more").asBoolean()).isTrue();
        assertError(http.get("/api/events?cameo=04&plover=CONSULT"), 400, "not both");
        assertError(http.get("/api/events?cameo=drop"), 400, "CAMEO");
        assertError(http.get("/api/events?since=2025-13"), 400, "since");
        assertError(http.get("/api/events?since=2025-03-01&until=2025-02-01"), 400, "after");
        assertError(http.get("/api/events?limit=0"), 400, "limit");
        assertError(http.get("/api/events?limit=100000"), 400, "limit");
        assertError(http.get("/api/events?country=Syria"), 400, "alpha-3");
    }

    @Test
    void quotesAndClaimsBySpeaker() {
        JsonNode quotes = http.get("/api/quotes?speaker=" + enc("al-Shaibani")).json();
        assertThat(texts(quotes, "speaker_name")).containsOnly("Asaad al-Shaibani").hasSize(2);
        assertThat(texts(quotes, "text")).contains("Nothing has been decided about the base");
        assertThat(http.get("/api/quotes?speaker=Putin").json().get("items").size()).isZero();
        JsonNode claims = http.get("/api/claims?speaker=Russia").json();
        assertThat(texts(claims, "text")).containsExactly("it would keep its ships at Tartus while talks continue");
    }

    @Test
    void timelineOfAnEntityInDateOrder() {
        JsonNode t = http.get("/api/entities/" + enc("Asaad al-Shaibani").replace("+", "%20") + "/timeline").json();
        assertThat(t.get("entity").asText()).isEqualTo("Asaad al-Shaibani");
        List<String> days = texts(t, "day");
        assertThat(days).isSorted().hasSizeGreaterThanOrEqualTo(2);
        assertThat(texts(t, "kind")).contains("quote");
        JsonNode turkey = http.get("/api/entities/TUR/timeline").json();
        assertThat(texts(turkey, "code")).contains("111");
    }

    @Test
    void oneStoredArticleWithItsAnalysis() {
        long id = http.get("/api/events?plover=DISAPPROVE").json().get("items").get(0).get("article_id").asLong();
        JsonNode a = http.get("/api/articles/" + id).json();
        assertThat(a.get("analysis").get("title").asText()).isEqualTo("Turkey and Syria meet over Hmeimim");
        assertThat(a.get("analysis").get("quotes").get(0).get("speaker_name").asText()).isEqualTo("Asaad al-Shaibani");
        assertError(http.get("/api/articles/999999"), 404, "999999");
        assertError(http.get("/api/articles/abc"), 400, "number");
    }

    @Test
    void actorGraphSumsEventsPerPair() {
        JsonNode g = http.get("/api/graph").json();
        JsonNode rusSyr = null;
        for (JsonNode e : g.get("edges")) {
            if (e.get("source").asText().equals("Russia") && e.get("target").asText().equals("Syria")) {
                rusSyr = e;
            }
        }
        assertThat(rusSyr).isNotNull();
        assertThat(rusSyr.get("count").asInt()).isEqualTo(2);
        assertThat(rusSyr.get("quad_class").asInt()).isEqualTo(1);
        assertThat(g.get("nodes").findValuesAsText("name")).contains("Russia", "Syria", "Turkey");
        JsonNode turkey = http.get("/api/graph?actor=TUR").json();
        assertThat(turkey.get("edges").findValuesAsText("source")).containsOnly("Turkey");
    }

    @Test
    void searchesArticlesAndQuotes() {
        JsonNode r = http.get("/api/search?q=" + enc("naval base")).json();
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("items").get(0).get("title").asText()).isEqualTo("Russia and Syria discuss Tartus base");
        assertThat(r.get("items").get(0).get("snippet").asText()).containsIgnoringCase("naval base");
        JsonNode quotes = http.get("/api/search?type=quote&q=" + enc("\"foreign troops\"")).json();
        assertThat(quotes.get("items").get(0).get("speaker_name").asText()).isEqualTo("Asaad al-Shaibani");
        JsonNode prefix = http.get("/api/search?q=" + enc("Hmeim*")).json();
        assertThat(prefix.get("total").asInt()).isEqualTo(1);
        JsonNode excluded = http.get("/api/search?q=" + enc("Syrian -Tartus")).json();
        assertThat(texts(excluded, "title")).containsExactly("Turkey and Syria meet over Hmeimim");
        assertError(http.get("/api/search"), 400, "q");
        assertError(http.get("/api/search?q=x&type=people"), 400, "type");
    }

    @Test
    void searchSyntaxCannotEscapeTheQuery() {
        // classic Lucene syntax that would match everything or other fields is plain words here
        for (String hostile : new String[] {"*:*", "type:article", "title:Turkey OR *:*", "text:[a TO z]", "/.*/", "Tartus~2", "(((", "\"unbalanced", "\\"}) {
            JsonNode r = http.get("/api/search?q=" + enc(hostile)).json();
            assertThat(r.get("total").asInt()).as(hostile).isLessThanOrEqualTo(1);
        }
        assertThat(http.get("/api/search?q=" + enc("Turkey OR Russia")).json().get("total").asInt()).isZero();
    }

    @Test
    void situationOfACountryIsBuiltFromTheStoredArticles() {
        JsonNode s = http.get("/api/situation/syr").json();
        JsonNode expected = io.sitrep.situation.SituationJson.toTree(
                new io.sitrep.situation.SituationBuilder().build("SYR", java.util.List.of(TestCorpus.port(), TestCorpus.air()), null));
        assertThat(s).isEqualTo(expected);
        assertThat(s.get("country").asText()).isEqualTo("SYR");
        JsonNode early = http.get("/api/situation/SYR?as_of=2025-02-10").json();
        assertThat(early.get("as_of").asText()).isEqualTo("2025-02-10");
        early.get("statements").forEach(st -> assertThat(st.get("date").asText()).isLessThanOrEqualTo("2025-02-10"));
        assertError(http.get("/api/situation/Syria1"), 400, "alpha-3");
        assertError(http.get("/api/situation/SYR?as_of=2025"), 400, "date");
    }

    @Test
    void sqlInParametersIsJustText() {
        for (String hostile : new String[] {"' OR '1'='1", "x'); DROP TABLE articles; --", "%", "_"}) {
            assertThat(http.get("/api/quotes?speaker=" + enc(hostile)).json().get("items").size()).as(hostile).isZero();
            assertThat(http.get("/api/events?actor=" + enc(hostile)).json().get("items").size()).as(hostile).isZero();
            assertThat(http.get("/api/entities?name=" + enc(hostile)).json().get("items").size()).as(hostile).isZero();
        }
        assertThat(http.get("/api/health").json().get("counts").get("articles").asLong()).isGreaterThanOrEqualTo(2);
    }
}
