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

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler h) {
        routes.get(path, h);
        registered.add(new Route(HandlerType.GET, path));
    }

    void post(String path, Handler h) {
        routes.post(path, h);
        registered.add(new Route(HandlerType.POST, path));
    }

    void delete(String path, Handler h) {
        routes.delete(path, h);
        registered.add(new Route(HandlerType.DELETE, path));
    }

    List<Route> registered() {
        return List.copyOf(registered);
    }
}
