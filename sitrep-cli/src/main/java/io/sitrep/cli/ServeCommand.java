package io.sitrep.cli;

import io.sitrep.Analyzer;
import io.sitrep.serve.ServerConfig;
import io.sitrep.serve.SitrepServer;
import io.sitrep.store.Store;
import io.sitrep.store.StoreLocation;
import io.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sitrep serve}: the REST API under /api and the web UI under /, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API under /api (OpenAPI at /api/openapi.json) and the web UI under /.",
                "Write endpoints (ingest) need 'Authorization: Bearer TOKEN' with the token given by --token or SITREP_TOKEN."})
public final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "SITREP_TOKEN";

    @Option(names = "--store", paramLabel = "DIR", description = "The embedded store to serve. Default: ./sitrep-data")
    Path store;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Serve a PostgreSQL store instead (jdbc:postgresql://...).")
    String db;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
            description = "Interface to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 exposes the server to the network.")
    String host;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token for write endpoints (else $" + TOKEN_ENV + "; without one they are refused).")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Request bodies larger than this are refused with 413. Default: ${DEFAULT-VALUE}")
    long maxBody;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long the analysis of one posted article may take; over it the request gets 422 and the "
                    + "work is abandoned (0 = no limit). Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String t = token != null ? token : System.getenv(TOKEN_ENV);
        if (timeoutSeconds < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--timeout must not be negative");
        }
        ServerConfig config = new ServerConfig(host, port, t, maxBody,
                java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        StoreLocation location = StoreLocation.of(store, db);
        Store opened = Stores.open(location);
        SitrepServer server;
        try {
            server = SitrepServer.start(config, Analyzer.standard(), opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        spec.commandLine().getErr().printf("sitrep: serving %s from %s (API description: %sapi/openapi.json; ingest %s)%n",
                server.baseUri(), location.describe(), server.baseUri(), config.writesEnabled() ? "enabled" : "disabled: no token");
        spec.commandLine().getErr().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
