package io.sitrep.serve;

import io.javalin.http.Context;
import io.sitrep.model.Analysis;
import io.sitrep.model.Entity;
import io.sitrep.situation.SituationBuilder;
import io.sitrep.situation.SituationJson;
import io.sitrep.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/situation/{country}?as_of=YYYY-MM-DD}: the situation picture of a country (foreign presence
 * with its evidence, statements, disagreements) built from the stored articles that concern it.
 */
final class SituationEndpoint {
    private final Store store;
    private final SituationBuilder builder = new SituationBuilder();

    SituationEndpoint(Store store) {
        this.store = store;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/situation/{country}", this::situation);
    }

    void situation(Context ctx) {
        String country = QueryParams.countryPath(ctx.pathParam("country"));
        LocalDate asOf = AnalyzeEndpoint.fullDate(new QueryParams(ctx).date("as_of"));
        List<Analysis> concerning = new ArrayList<>();
        store.forEachArticle(a -> {
            if (concerns(a.analysis(), country)) {
                concerning.add(a.analysis());
            }
        });
        JsonReply.ok(ctx, SituationJson.toTree(builder.build(country, concerning, asOf)));
    }

    /** Whether any entity of the article is the country or belongs to it (articles that cannot matter are skipped). */
    static boolean concerns(Analysis a, String country) {
        for (Entity e : a.entities()) {
            if (country.equals(e.country()) || country.equals(e.code())) {
                return true;
            }
        }
        return false;
    }
}
