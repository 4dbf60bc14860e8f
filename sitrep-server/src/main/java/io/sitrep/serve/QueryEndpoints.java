package io.sitrep.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sitrep.output.AnalysisJson;
import io.sitrep.store.Filter;
import io.sitrep.store.Store;
import io.sitrep.store.StoredArticle;

/**
 * The read endpoints over the store: entities, events, quotes, claims (filtered and paged), one entity's
 * timeline, one stored article with its analysis, and the actor graph.
 */
final class QueryEndpoints {
    private final Store store;

    QueryEndpoints(Store store) {
        this.store = store;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/entities", ctx -> JsonReply.ok(ctx, StoreJson.page(store.entities(StoreFilters.entities(new QueryParams(ctx))))));
        routes.get("/api/entities/{name}/timeline", this::timeline);
        routes.get("/api/events", ctx -> JsonReply.ok(ctx, StoreJson.page(store.events(StoreFilters.events(new QueryParams(ctx))))));
        routes.get("/api/quotes", ctx -> JsonReply.ok(ctx, StoreJson.page(store.quotes(StoreFilters.speech(new QueryParams(ctx))))));
        routes.get("/api/claims", ctx -> JsonReply.ok(ctx, StoreJson.page(store.claims(StoreFilters.speech(new QueryParams(ctx))))));
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/graph", this::graph);
    }

    private void timeline(Context ctx) {
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > QueryParams.MAX_TEXT) {
            throw ApiException.badRequest("entity name must be 1 to " + QueryParams.MAX_TEXT + " characters");
        }
        QueryParams p = new QueryParams(ctx);
        Filter f = Filter.all().limit(p.limit()).offset(p.offset())
                .since(StoreFilters.firstDay(p.date("since"))).until(StoreFilters.lastDay(p.date("until")));
        ObjectNode o = StoreJson.page(store.timeline(name, f));
        o.put("entity", name);
        JsonReply.ok(ctx, o);
    }

    private void article(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("article id must be a number");
        }
        StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("id", a.id());
        o.put("story_id", a.storyId());
        o.put("ingested_at", a.ingestedAt());
        o.put("engine_version", a.engineVersion());
        o.set("analysis", AnalysisJson.toTree(a.analysis()));
        JsonReply.ok(ctx, o);
    }

    private void graph(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        Filter f = StoreFilters.common(p).actor(p.text("actor")).country(p.country("country"));
        ActorGraph graph = new ActorGraph();
        store.forEachEvent(f, graph::add);
        JsonReply.ok(ctx, graph.toJson(p.intIn("max_edges", ActorGraph.DEFAULT_MAX_EDGES, 1, 2000)));
    }
}
