package io.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.output.AnalysisJson;
import io.sitrep.store.PutResult;
import io.sitrep.store.Store;
import io.sitrep.store.StoredArticle;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/ingest} (bearer token required): analyses posted articles and stores them. The body is one
 * article (text/plain or text/html) or JSON Lines (application/x-ndjson), one article per line:
 * {@code {"title": ..., "text": ... | "html": ..., "published": "YYYY-MM-DD", "url": ..., "source": ...}}.
 * Answers 201 when at least one article was new, 200 when all were already stored.
 */
final class IngestEndpoint {
    static final String NDJSON = "application/x-ndjson";
    static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html", "application/xhtml+xml", NDJSON, "application/jsonl");
    static final int MAX_LINES = 1000;

    private final Analyzer analyzer;
    private final Store store;
    private final SearchIndex index;
    private final BearerToken token;
    private final long maxBodyBytes;

    IngestEndpoint(Analyzer analyzer, Store store, SearchIndex index, BearerToken token, long maxBodyBytes) {
        this.analyzer = analyzer;
        this.store = store;
        this.index = index;
        this.token = token;
        this.maxBodyBytes = maxBodyBytes;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/ingest", this::ingest);
    }

    void ingest(Context ctx) {
        token.require(ctx);
        if (store == null) {
            throw new ApiException(503, ApiRoutes.NO_STORE_MESSAGE);
        }
        QueryParams p = new QueryParams(ctx);
        LocalDate date = AnalyzeEndpoint.fullDate(p.date("date"));
        String url = p.text("url");
        RequestBody body = RequestBody.read(ctx, MEDIA_TYPES, maxBodyBytes);
        List<Article> articles = body.mediaType().contains("json") ? lines(body) : List.of(single(body, url));
        List<Analysis> analyses = new ArrayList<>(articles.size());
        for (Article a : articles) {
            analyses.add(analyzer.analyze(a.published() == null ? ArticleReader.withDate(a, date) : a));
        }
        List<PutResult> results = store.putAll(analyses);
        List<StoredArticle> added = new ArrayList<>();
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        ArrayNode out = o.putArray("articles");
        int stored = 0;
        for (int i = 0; i < results.size(); i++) {
            PutResult r = results.get(i);
            ObjectNode j = out.addObject();
            j.put("id", r.articleId());
            j.put("story_id", r.storyId());
            j.put("stored", r.stored());
            j.put("title", analyses.get(i).article().title());
            if (r.stored()) {
                stored++;
                store.article(r.articleId()).ifPresent(added::add);
            }
        }
        index.addAll(added);
        o.put("stored", stored);
        o.put("duplicates", results.size() - stored);
        JsonReply.send(ctx, stored > 0 ? 201 : 200, o);
    }

    private static Article single(RequestBody body, String url) {
        Article a = AnalyzeEndpoint.read(body, url != null ? url : "request body");
        return url == null ? a : new Article(a.name(), a.title(), a.text(), a.published(), url, a.source());
    }

    private static List<Article> lines(RequestBody body) {
        Charset cs = body.charset() != null ? body.charset() : StandardCharsets.UTF_8;
        String[] lines = new String(body.bytes(), cs).split("\r?\n");
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (out.size() == MAX_LINES) {
                throw ApiException.badRequest("more than " + MAX_LINES + " articles in one request");
            }
            out.add(fromJson(lines[i], i + 1));
        }
        if (out.isEmpty()) {
            throw ApiException.badRequest("no article in the body");
        }
        return out;
    }

    /** One JSON Lines record as an article; every problem names the line. */
    static Article fromJson(String line, int lineNo) {
        String name = "line " + lineNo;
        JsonNode n;
        try {
            n = AnalysisJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(name + ": not valid JSON");
        }
        if (!n.isObject()) {
            throw ApiException.badRequest(name + ": expected a JSON object");
        }
        String title = str(n, "title");
        String html = str(n, "html");
        String text = str(n, "text");
        if (html == null && text == null) {
            throw ApiException.badRequest(name + ": needs \"text\" or \"html\"");
        }
        Article a;
        try {
            a = html != null ? new ArticleReader().fromText(name, html, "text/html")
                    : new ArticleReader().fromText(name, (title != null ? title + "\n" : "") + text, "text/plain");
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(name + ": " + e.getMessage());
        }
        String published = str(n, "published");
        LocalDate date = a.published();
        if (published != null) {
            try {
                date = LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiException.badRequest(name + ": published must be an ISO date");
            }
        }
        String url = str(n, "url");
        String source = str(n, "source");
        return new Article(url != null ? url : name, title != null ? title : a.title(), a.text(), date,
                url != null ? url : a.url(), source != null ? source : a.source());
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
