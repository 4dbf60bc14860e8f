package io.sitrep.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;

/**
 * The API's endpoints as registered, so that the OpenAPI description can be checked against them:
 * every route here must be documented and every documented route must exist.
 */
final class ApiRoutes {
    /** One endpoint: method and Javalin path ("/api/entities/{id}"). */
    record Route(HandlerType method, String path) {
    }

    static final String NO_STORE_MESSAGE = "no store is open on this server: start it with --store DIR or --db URL";
    private static final Handler NO_STORE = ctx -> {
        throw new ApiException(503, NO_STORE_MESSAGE);
    };

    private final RoutesConfig routes;
    private final List<Route> registered;
    private final boolean storeOpen;

    ApiRoutes(RoutesConfig routes) {
        this(routes, new ArrayList<>(), true);
    }

    private ApiRoutes(RoutesConfig routes, List<Route> registered, boolean storeOpen) {
        this.routes = routes;
        this.registered = registered;
        this.storeOpen = storeOpen;
    }

    /** The same routes for endpoints that need the store: without one they answer 503. */
    ApiRoutes needingStore(boolean open) {
        return new ApiRoutes(routes, registered, open);
    }

    void get(String path, Handler h) {
        routes.get(path, storeOpen ? h : NO_STORE);
        registered.add(new Route(HandlerType.GET, path));
    }

    void post(String path, Handler h) {
        routes.post(path, storeOpen ? h : NO_STORE);
        registered.add(new Route(HandlerType.POST, path));
    }

    List<Route> registered() {
        return List.copyOf(registered);
    }
}
