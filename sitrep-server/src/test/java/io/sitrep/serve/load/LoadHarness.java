package io.sitrep.serve.load;

import io.sitrep.Analyzer;
import io.sitrep.serve.ServerConfig;
import io.sitrep.serve.SitrepServer;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;
import io.sitrep.store.ingest.Ingester;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code sitrep serve} on loopback only: a server over a store of the dev articles,
 * {@code clients} concurrent clients sending a mix of analyze and query requests for a fixed time or up to a
 * fixed number of requests, whichever comes first; then the edge cases (a body over the limit, malformed
 * JSON, a client that stops sending). Prints requests/s, p50/p99 latency per kind, errors, and the heap
 * before and after. Numbers are reported, never asserted: {@code LoadSmokeTest} only checks that a short
 * run has no error and the right status codes.
 *
 * <pre>bench/load/run.sh [SECONDS] [CLIENTS] [MAX_REQUESTS]</pre>
 */
public final class LoadHarness {
    static final String TOKEN = "load-test-token";
    static final long BODY_LIMIT = 1024 * 1024;

    /** What a run measured. */
    public record Report(long requests, long errors, double seconds, Map<String, long[]> latenciesMicros,
                         Map<String, Integer> edgeStatuses, long heapBeforeBytes, long heapAfterBytes,
                         List<String> errorSamples) {
        public double perSecond() {
            return requests / seconds;
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "requests %d in %.1f s: %.1f requests/s, errors %d%n", requests, seconds, perSecond(), errors));
            latenciesMicros.forEach((kind, l) -> sb.append(String.format(Locale.ROOT, "  %-9s n=%-6d p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                    kind, l.length, pct(l, 50) / 1e3, pct(l, 99) / 1e3, l.length == 0 ? 0 : l[l.length - 1] / 1e3)));
            sb.append("  edge cases: ").append(edgeStatuses).append('\n');
            sb.append(String.format(Locale.ROOT, "  heap after GC: before %.1f MB, after %.1f MB%n", heapBeforeBytes / 1e6, heapAfterBytes / 1e6));
            errorSamples.forEach(e -> sb.append("  error: ").append(e).append('\n'));
            return sb.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        long maxRequests = args.length > 2 ? Long.parseLong(args[2]) : 200_000;
        Path dev = Path.of(System.getProperty("sitrep.dev", "../shared/examples/dev"));
        Report r = run(dev, Duration.ofSeconds(seconds), clients, maxRequests, true);
        System.out.print(r.text());
    }

    /** Runs the whole test against a fresh server and store in a temporary folder. */
    public static Report run(Path devArticles, Duration duration, int clients, long maxRequests, boolean slowClient) throws Exception {
        Path tmp = Files.createTempDirectory("sitrep-load");
        Analyzer analyzer = Analyzer.standard();
        List<String> articles = new ArrayList<>();
        try (var files = Files.list(devArticles)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(f));
            }
        }
        try (Store store = Stores.openDir(tmp.resolve("store"))) {
            new Ingester(store, analyzer).ingest(List.of(devArticles));
            try (SitrepServer server = SitrepServer.start(new ServerConfig(ServerConfig.LOOPBACK, 0, TOKEN, BODY_LIMIT), analyzer, store)) {
                URI base = server.baseUri();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                // warm-up outside the measurement: models, JIT, connections
                for (int i = 0; i < 4; i++) {
                    send(http, analyze(base, articles.get(i % articles.size())));
                    send(http, HttpRequest.newBuilder(base.resolve("api/events?limit=20")).GET().build());
                }
                long heapBefore = heapAfterGc();
                Report load = load(http, base, articles, duration, clients, maxRequests);
                Map<String, Integer> edges = edgeCases(http, base, server.port(), slowClient);
                long heapAfter = heapAfterGc();
                return new Report(load.requests(), load.errors(), load.seconds(), load.latenciesMicros(), edges, heapBefore,
                        heapAfter, load.errorSamples());
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static Report load(HttpClient http, URI base, List<String> articles, Duration duration, int clients,
                               long maxRequests) throws InterruptedException {
        String[] queries = {"api/events?limit=20", "api/entities?limit=20", "api/quotes?limit=20", "api/claims?limit=20",
                "api/situation/SYR", "api/search?q=minister", "api/health"};
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                List<Long> analyzeTimes = new ArrayList<>();
                List<Long> queryTimes = new ArrayList<>();
                for (long n = 0; System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests; n++) {
                    boolean isAnalyze = (n + client) % 4 == 0; // a quarter analyses, the rest queries
                    HttpRequest req = isAnalyze ? analyze(base, articles.get((int) ((n + client) % articles.size())))
                            : HttpRequest.newBuilder(base.resolve(queries[(int) ((n + client) % queries.length)])).GET().build();
                    long t0 = System.nanoTime();
                    done.incrementAndGet();
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        (isAnalyze ? analyzeTimes : queryTimes).add((System.nanoTime() - t0) / 1_000);
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            if (samples.size() < 5) {
                                samples.add(req.uri() + " -> " + resp.statusCode() + " " + abbreviate(resp.body()));
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(req.uri() + " -> " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                latencies.computeIfAbsent("analyze", k -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(analyzeTimes);
                latencies.computeIfAbsent("query", k -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(queryTimes);
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, long[]> sorted = new TreeMap<>();
        for (var e : latencies.entrySet()) {
            long[] l = e.getValue().stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(l);
            sorted.put(e.getKey(), l);
        }
        sorted.put("all", sorted.values().stream().flatMapToLong(Arrays::stream).sorted().toArray());
        return new Report(done.get(), errors.get(), seconds, sorted, Map.of(), 0, 0, samples);
    }

    /** The edge cases, each answered with its status code (or -1 when the server closed the connection). */
    static Map<String, Integer> edgeCases(HttpClient http, URI base, int port, boolean slowClient) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        byte[] big = new byte[(int) BODY_LIMIT + 1];
        Arrays.fill(big, (byte) 'a');
        out.put("oversized analyze body", send(http, HttpRequest.newBuilder(base.resolve("api/analyze"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build()));
        out.put("malformed JSON to ingest", send(http, HttpRequest.newBuilder(base.resolve("api/ingest"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"unterminated\n")).build()));
        out.put("ingest without token", send(http, HttpRequest.newBuilder(base.resolve("api/ingest"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Headline\nText.")).build()));
        out.put("binary analyze body", send(http, HttpRequest.newBuilder(base.resolve("api/analyze"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 0, 2, 0})).build()));
        if (slowClient) {
            out.put("slow client (seconds until the server hangs up)", slowClientSeconds(port));
        }
        return out;
    }

    /**
     * A client that announces a body and never sends it: returns after how many seconds the server closed
     * the connection (its idle timeout), or -1 if it was still open after 120 s.
     */
    static int slowClientSeconds(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(120_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nHead")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long t0 = System.nanoTime();
            InputStream in = s.getInputStream();
            try {
                while (in.read() >= 0) {
                    // drain whatever the server answers until it closes
                }
            } catch (java.net.SocketTimeoutException e) {
                return -1;
            } catch (IOException e) {
                // reset by the server: it hung up
            }
            return (int) Math.round((System.nanoTime() - t0) / 1e9);
        }
    }

    private static HttpRequest analyze(URI base, String article) {
        return HttpRequest.newBuilder(base.resolve("api/analyze")).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(article)).build();
    }

    private static int send(HttpClient http, HttpRequest req) throws InterruptedException {
        try {
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // the server closed the connection (e.g. refusing an oversized body early)
        }
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private LoadHarness() {
    }
}
