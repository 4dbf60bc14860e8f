package io.sitrep.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.sitrep.Analyzer;
import io.sitrep.Version;
import io.sitrep.output.AnalysisJson;
import io.sitrep.pipeline.TimeBudget;
import io.sitrep.store.Store;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.URI;
import java.util.List;

/**
 * The Sitrep HTTP server: the REST API under {@code /api} and the web UI under {@code /}.
 *
 * <pre>{@code
 * try (SitrepServer server = SitrepServer.start(ServerConfig.loopback(0), Analyzer.standard())) {
 *     URI base = server.baseUri();   // http://127.0.0.1:PORT/
 * }
 * }</pre>
 */
public final class SitrepServer implements AutoCloseable {
    static final String WEB_ROOT = "/io/sitrep/serve/web";
    private static final String REPLIED = "sitrep.replied";

    private final ServerConfig config;
    private final Javalin app;
    private final List<ApiRoutes.Route> routes;
    private final SearchIndex index;
    /** The analyze endpoint's workers: closed with the server. */
    private final TimeBudget analyzeBudget;

    private SitrepServer(ServerConfig config, Javalin app, List<ApiRoutes.Route> routes, SearchIndex index,
                         TimeBudget analyzeBudget) {
        this.config = config;
        this.app = app;
        this.routes = routes;
        this.index = index;
        this.analyzeBudget = analyzeBudget;
    }

    /** Starts a server that only analyses (the store endpoints answer 503). */
    public static SitrepServer start(ServerConfig config, Analyzer analyzer) {
        return start(config, analyzer, null);
    }

    /**
     * Starts the server over {@code store} (may be null); it answers requests once this returns. The caller
     * keeps ownership of the store and closes it after the server.
     */
    public static SitrepServer start(ServerConfig config, Analyzer analyzer, Store store) {
        SearchIndex index = store == null ? null : new SearchIndex(store);
        TimeBudget analyzeBudget = new TimeBudget(config.analyzeTimeout());
        ApiRoutes[] holder = new ApiRoutes[1];
        Javalin app = Javalin.create(cfg -> configure(cfg, config, analyzer, store, index, analyzeBudget, holder));
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            analyzeBudget.close();
            if (index != null) {
                index.close();
            }
            throw e;
        }
        return new SitrepServer(config, app, holder[0].registered(), index, analyzeBudget);
    }

    private static void configure(JavalinConfig cfg, ServerConfig config, Analyzer analyzer, Store store, SearchIndex index,
                                  TimeBudget analyzeBudget, ApiRoutes[] holder) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.http.defaultContentType = JsonReply.JSON;
        QueuedThreadPool pool = new QueuedThreadPool(32, 2);
        pool.setName("sitrep-http");
        cfg.jetty.threadPool = pool;
        cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        if (SitrepServer.class.getResource(WEB_ROOT + "/index.html") != null) {
            cfg.staticFiles.add(WEB_ROOT, Location.CLASSPATH);
        }

        ApiRoutes api = new ApiRoutes(cfg.routes);
        holder[0] = api;
        cfg.routes.before(SecurityHeaders::apply);
        cfg.routes.before("/api/*", ctx -> refuseOversizedBody(ctx, config.maxBodyBytes()));
        if (SitrepServer.class.getResource(WEB_ROOT + "/index.html") == null) {
            cfg.routes.get("/", SitrepServer::uiMissing);
        }
        api.get("/api/health", ctx -> health(ctx, config, store));
        new OpenApiEndpoint().register(api);
        new AnalyzeEndpoint(analyzer, config.maxBodyBytes(), analyzeBudget).register(api);
        new IngestEndpoint(analyzer, store, index, new BearerToken(config.token()), config.maxBodyBytes()).register(api);
        ApiRoutes stored = api.needingStore(store != null);
        new SearchEndpoint(index).register(stored);
        new QueryEndpoints(store).register(stored);
        new SituationEndpoint(store).register(stored);

        cfg.routes.exception(ApiException.class, (e, ctx) -> reply(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> reply(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + ": internal error: " + e);
            reply(ctx, 500, "internal error");
        });
        cfg.routes.error(404, ctx -> replyUnlessDone(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path()));
        cfg.routes.error(405, ctx -> replyUnlessDone(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
        cfg.routes.error(413, ctx -> replyUnlessDone(ctx, 413, RequestBody.tooLarge(config.maxBodyBytes()).getMessage()));
    }

    private static void refuseOversizedBody(Context ctx, long limit) {
        if (ctx.req().getContentLengthLong() > limit) {
            throw RequestBody.tooLarge(limit);
        }
    }

    private static void reply(Context ctx, int status, String message) {
        ctx.attribute(REPLIED, Boolean.TRUE);
        if (status == 413) {
            drainBody(ctx);
        }
        if (status == 413 || status == 408) {
            // what is left of the body makes the connection unusable: tell the client not to reuse it
            ctx.header("Connection", "close");
        }
        JsonReply.error(ctx, status, message);
    }

    /** Bodies up to this size are read and dropped before a 413 is sent, so that the client reads the answer. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    /**
     * Reads and drops (a bounded amount of) a refused body. Answering while the client is still sending would
     * make the server's TCP stack reset the connection, and the client would lose the 413 itself.
     */
    private static void drainBody(Context ctx) {
        try {
            java.io.InputStream in = ctx.req().getInputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < DRAIN_LIMIT && (n = in.read(buf)) > 0) {
                total += n;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the client hung up or the stream was consumed: nothing more to drain
        }
    }

    private static void replyUnlessDone(Context ctx, int status, String message) {
        if (ctx.attribute(REPLIED) == null) {
            reply(ctx, status, message);
        }
    }

    private static void health(Context ctx, ServerConfig config, Store store) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("status", "ok");
        o.put("version", Version.get());
        o.put("store", store != null);
        if (store != null) {
            o.set("counts", StoreJson.tree(store.stats()));
        }
        o.put("writes", config.writesEnabled());
        o.put("max_body_bytes", config.maxBodyBytes());
        JsonReply.ok(ctx, o);
    }

    private static void uiMissing(Context ctx) {
        ctx.status(200).contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<title>Sitrep</title><p>The web UI was not built into this jar (built with -Dsitrep.ui.skip=true). "
                + "The API answers under <a href=\"/api/openapi.json\">/api</a>.</p></html>");
    }

    public int port() {
        return app.port();
    }

    public String host() {
        return config.host();
    }

    public URI baseUri() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The API's endpoints as registered (method and path), for the OpenAPI check. */
    public List<String> endpoints() {
        return routes.stream().map(r -> r.method().name() + " " + r.path()).toList();
    }

    @Override
    public void close() {
        app.stop();
        analyzeBudget.close();
        if (index != null) {
            index.close();
        }
    }
}
