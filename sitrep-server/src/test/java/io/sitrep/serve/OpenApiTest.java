package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.sitrep.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description served at /api/openapi.json documents exactly the endpoints the server has. */
class OpenApiTest {
    static SitrepServer server;
    static JsonNode spec;

    @BeforeAll
    static void start() {
        server = SitrepServer.start(ServerConfig.loopback(0), Analyzer.standard());
        Http.Reply r = new Http(server.baseUri()).get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        spec = r.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void documentsEveryEndpointAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        assertThat(documented).isEqualTo(new TreeSet<>(server.endpoints()));
    }

    @Test
    void everyOperationHasAnIdResponsesAndDeclaredPathParameters() {
        List<String> ids = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode o = op.getValue();
            assertThat(o.hasNonNull("operationId")).as(op.getKey() + " " + path.getKey()).isTrue();
            ids.add(o.get("operationId").asText());
            assertThat(o.get("responses").size()).as("responses of " + path.getKey()).isGreaterThan(0);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (m.find()) {
                String name = m.group(1);
                boolean declared = false;
                for (JsonNode param : o.path("parameters")) {
                    JsonNode p = param.has("$ref") ? spec.at(param.get("$ref").asText().substring(1)) : param;
                    declared |= p.get("in").asText().equals("path") && p.get("name").asText().equals(name);
                }
                assertThat(declared).as("path parameter " + name + " of " + path.getKey()).isTrue();
            }
        }));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(spec, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(c -> collectRefs(c, out));
        }
    }
}
