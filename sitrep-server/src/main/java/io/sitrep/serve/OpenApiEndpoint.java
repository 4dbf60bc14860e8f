package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.sitrep.Version;
import io.sitrep.output.AnalysisJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the hand-written OpenAPI 3.1 description of every endpoint. */
final class OpenApiEndpoint {
    static final String RESOURCE = "/io/sitrep/serve/openapi.json";

    private final JsonNode spec;

    OpenApiEndpoint() {
        this.spec = load();
    }

    static JsonNode load() {
        try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = AnalysisJson.mapper().readTree(in);
            ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("info")).put("version", Version.get());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(ApiRoutes routes) {
        routes.get("/api/openapi.json", this::serve);
    }

    void serve(Context ctx) {
        JsonReply.ok(ctx, spec);
    }
}
