package io.sitrep.serve;

import io.javalin.http.Context;

/**
 * {@code GET /api/situation/{country}}: the situation picture of a country. The situation builder has not
 * landed yet, so the endpoint validates the code and answers 501 with a JSON error, never invented data.
 */
final class SituationEndpoint {
    void register(ApiRoutes routes) {
        routes.get("/api/situation/{country}", this::situation);
    }

    void situation(Context ctx) {
        String country = QueryParams.countryPath(ctx.pathParam("country"));
        throw new ApiException(501, "the situation picture of " + country + " is not available in this build yet");
    }
}
