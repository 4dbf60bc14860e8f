package io.sitrep.serve;

import io.javalin.http.Context;
import io.sitrep.situation.SituationJson;
import io.sitrep.situation.SituationService;
import io.sitrep.store.Store;

import java.time.LocalDate;

/**
 * {@code GET /api/situation/{country}?as_of=YYYY-MM-DD}: the situation picture of a country (foreign presence
 * with its evidence, statements, disagreements) built from the stored articles that concern it — the same
 * {@link SituationService} as {@code sitrep situation}.
 */
final class SituationEndpoint {
    private final SituationService situations;

    SituationEndpoint(Store store) {
        this.situations = new SituationService(store);
    }

    void register(ApiRoutes routes) {
        routes.get("/api/situation/{country}", this::situation);
    }

    void situation(Context ctx) {
        String country = QueryParams.countryPath(ctx.pathParam("country"));
        LocalDate asOf = AnalyzeEndpoint.fullDate(new QueryParams(ctx).date("as_of"));
        JsonReply.ok(ctx, SituationJson.toTree(situations.situation(country, asOf)));
    }
}
