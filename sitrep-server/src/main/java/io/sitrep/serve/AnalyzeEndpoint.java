package io.sitrep.serve;

import io.javalin.http.Context;
import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.output.AnalysisJson;
import io.sitrep.pipeline.TimeBudget;

import java.time.LocalDate;
import java.util.Set;

/** {@code POST /api/analyze}: analyses a posted text or HTML article and answers with the contract JSON. */
final class AnalyzeEndpoint {
    static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html", "application/xhtml+xml");

    private final Analyzer analyzer;
    private final long maxBodyBytes;
    private final TimeBudget budget;

    AnalyzeEndpoint(Analyzer analyzer, long maxBodyBytes, TimeBudget budget) {
        this.analyzer = analyzer;
        this.maxBodyBytes = maxBodyBytes;
        this.budget = budget;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/analyze", this::analyze);
    }

    void analyze(Context ctx) {
        LocalDate date = fullDate(new QueryParams(ctx).date("date"));
        RequestBody body = RequestBody.read(ctx, MEDIA_TYPES, maxBodyBytes);
        Article article = ArticleReader.withDate(read(body, "request body"), date);
        Analysis analysis;
        try {
            analysis = budget.run(() -> analyzer.analyze(article));
        } catch (TimeBudget.OverBudgetException e) {
            // the same input would take as long again: the client's document, not a passing overload
            throw new ApiException(422, "the analysis " + e.getMessage() + " (the server's --timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        }
        JsonReply.ok(ctx, AnalysisJson.toTree(analysis));
    }

    /** Decodes and cleans one posted article; unreadable input is the client's fault (400). */
    static Article read(RequestBody body, String name) {
        try {
            return new ArticleReader(body.charset(), Long.MAX_VALUE).read(name, body.bytes(), body.mediaType());
        } catch (InvalidInputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static LocalDate fullDate(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() != 10) {
            throw ApiException.badRequest("date must be a full date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("date is not a valid calendar date: " + iso);
        }
    }
}
