package io.sitrep.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sitrep.output.AnalysisJson;

/** {@code GET /api/search?q=...&type=article|quote}: full-text search over the stored articles or their quotes. */
final class SearchEndpoint {
    private final SearchIndex index;

    SearchEndpoint(SearchIndex index) {
        this.index = index;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/search", this::search);
    }

    void search(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        String q = p.requiredText("q");
        SearchIndex.Kind kind = p.enumValue("type", SearchIndex.Kind.class);
        SearchIndex.Result r = index.search(q, kind == null ? SearchIndex.Kind.ARTICLE : kind, p.intIn("limit", 20, 1, 100), p.offset());
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        ArrayNode items = o.putArray("items");
        for (SearchIndex.Hit h : r.items()) {
            ObjectNode j = items.addObject();
            j.put("type", h.type());
            j.put("article_id", h.articleId());
            j.put("title", h.title());
            j.put("published", h.published());
            j.put("url", h.url());
            if (h.type().equals("quote")) {
                j.put("speaker_name", h.speakerName());
            }
            j.put("snippet", h.snippet());
            j.put("score", h.score());
        }
        o.put("offset", r.offset());
        o.put("limit", r.limit());
        o.put("total", r.total());
        o.put("more", r.offset() + r.items().size() < r.total());
        JsonReply.ok(ctx, o);
    }
}
