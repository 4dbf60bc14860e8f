package io.sitrep.store.bench;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import io.sitrep.store.Filter;
import io.sitrep.store.Store;
import io.sitrep.store.StoreLocation;
import io.sitrep.store.Stores;
import io.sitrep.store.ingest.IngestSummary;
import io.sitrep.store.ingest.Ingester;
import io.sitrep.store.ingest.RawArticle;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Store benchmarks, run by {@code bench/store/run.sh}: ingest throughput with analysis (the 16 dev articles
 * repeated, each copy made distinct) into SQLite and PostgreSQL, and query latency over a store of synthetic
 * events. Prints figures; asserts nothing.
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "ingest";
        Path tmp = Files.createTempDirectory("sitrep-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            run(what, args, tmp, pg);
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(String what, String[] args, Path tmp, EmbeddedPostgres pg) throws Exception {
        {
            if (what.equals("ingest")) {
                int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
                List<RawArticle> inputs = devArticles(n);
                Analyzer analyzer = Analyzer.standard();
                analyzer.analyze(Article.of("Warm-up", "The minister said talks would resume on Monday.")); // load models
                ingest("SQLite", StoreLocation.dir(tmp.resolve("ingest")), analyzer, inputs);
                ingest("PostgreSQL", StoreLocation.jdbc(pg.getJdbcUrl("postgres", "postgres")), analyzer, inputs);
            } else {
                int events = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
                int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
                query("SQLite", StoreLocation.dir(tmp.resolve("query")), events, queries);
                query("PostgreSQL", StoreLocation.jdbc(pg.getJdbcUrl("postgres", "postgres")), events, queries);
            }
        }
    }

    private static void ingest(String name, StoreLocation at, Analyzer analyzer, List<RawArticle> inputs) {
        try (Store store = Stores.open(at)) {
            Ingester ingester = new Ingester(store, analyzer, new ArticleReader(), Runtime.getRuntime().availableProcessors(), 32);
            IngestSummary s = ingester.ingest(sink -> inputs.forEach(sink));
            System.out.printf(Locale.ROOT, "ingest %-10s %s; analysis %.1f s (all threads), store %.1f s: store share %.1f%%%n",
                    name, s.line(), s.analysisSeconds(), s.storeSeconds(), 100 * s.storeShare());
        }
    }

    /** The dev articles repeated to n, each copy with its own URL and a closing line of its own. */
    static List<RawArticle> devArticles(int n) throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("../shared/examples/dev"))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new RawArticle("dev-" + i, texts.get(i % texts.size()) + "\nDispatch " + i + " of the series.", false,
                    null, "https://bench.example/" + i, LocalDate.of(2025, 1, 1).plusDays(i % 60), "outlet-" + (i % 7)));
        }
        return out;
    }

    // ---- query latency ----

    private static void query(String name, StoreLocation at, int events, int queries) {
        Random rnd = new Random(42);
        Synthetic syn = new Synthetic(rnd);
        try (Store store = Stores.open(at)) {
            fill(name, store, syn, events);
        }
        try (Store store = Stores.open(at)) { // reopened, as `sitrep query` would after `sitrep ingest`
            measure(name, "events --actor CODE (timeline, 100 rows)", queries,
                    () -> store.events(Filter.all().actor(syn.actorCode(rnd)).limit(100)).size());
            measure(name, "events --actor CODE --since (30 days)", queries,
                    () -> store.events(Filter.all().actor(syn.actorCode(rnd)).since(LocalDate.of(2025, 3, 1))
                            .until(LocalDate.of(2025, 3, 31)).limit(100)).size());
            measure(name, "timeline ENTITY (name, 100 rows)", queries,
                    () -> store.timeline(syn.actorName(rnd), Filter.all().limit(100)).size());
            measure(name, "quotes --speaker NAME (100 rows)", queries,
                    () -> store.quotes(Filter.all().speaker(syn.speakerName(rnd)).limit(100)).size());
            measure(name, "quotes --speaker SURNAME (100 rows)", queries,
                    () -> store.quotes(Filter.all().speaker(syn.speakerSurname(rnd)).limit(100)).size());
        }
    }

    private static void fill(String name, Store store, Synthetic syn, int events) {
        long t0 = System.nanoTime();
        int perArticle = 10;
        List<Analysis> batch = new ArrayList<>();
        for (int i = 0; i < events / perArticle; i++) {
            batch.add(syn.article(i, perArticle));
            if (batch.size() == 500) {
                store.putAll(batch);
                batch.clear();
            }
        }
        store.putAll(batch);
        System.out.printf(Locale.ROOT, "query %-10s filled %s in %.1f s%n", name, store.stats(), (System.nanoTime() - t0) / 1e9);
    }

    private static void measure(String store, String what, int n, Supplier<Integer> query) {
        for (int i = 0; i < 20; i++) {
            query.get(); // warm-up
        }
        long[] nanos = new long[n];
        long rows = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            rows += query.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "query %-10s %-42s p50 %6.2f ms  p95 %6.2f ms  (%d queries, %.0f rows avg)%n", store, what,
                nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, n, rows / (double) n);
    }

    /** Synthetic articles: 200 actors (code and name), 1000 speakers, random words, 10 events and 2 quotes each. */
    static final class Synthetic {
        private static final String[] COUNTRIES = {"SYR", "RUS", "USA", "TUR", "IRN", "ISR", "UKR", "CHN", "FRA", "GBR",
                "DEU", "EGY", "IRQ", "LBN", "JOR", "SAU", "QAT", "ARE", "YEM", "SDN"};
        private static final String[] ROLES = {"", "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "CVL"};
        private static final String[] WORDS = ("the a minister said forces troops talks base border ceasefire aid"
                + " government army rebels city region attack meeting agreement withdrawal statement officials"
                + " president envoy delegation military support sanctions oil port airport convoy protest vote").split(" ");
        private final Random rnd;

        Synthetic(Random rnd) {
            this.rnd = rnd;
        }

        String actorCode(Random r) {
            return COUNTRIES[r.nextInt(COUNTRIES.length)] + ROLES[r.nextInt(ROLES.length)];
        }

        String actorName(Random r) {
            return "Actor " + actorCode(r);
        }

        String speakerName(Random r) {
            int i = r.nextInt(1000);
            return "Speaker" + i + " Family" + i;
        }

        String speakerSurname(Random r) {
            int i = r.nextInt(1000);
            return "Family" + i;
        }

        Analysis article(int i, int events) {
            StringBuilder text = new StringBuilder("Report " + i + ".");
            for (int w = 0; w < 120; w++) {
                text.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
            }
            String t = text.toString();
            List<Entity> entities = new ArrayList<>();
            List<Event> evs = new ArrayList<>();
            for (int e = 0; e < events; e++) {
                String src = actorCode(rnd);
                String tgt = actorCode(rnd);
                entities.add(actor("s" + e, src, t));
                entities.add(actor("t" + e, tgt, t));
                int s = rnd.nextInt(t.length() - 40);
                evs.add(new Event("s" + e, "t" + e, String.format(Locale.ROOT, "%03d", 10 + rnd.nextInt(190)), "CONSULT",
                        null, null, null, Modality.ASSERTED, s, s + 40, src, tgt, 1 + rnd.nextInt(4), 1.0, "said"));
            }
            List<Quote> quotes = new ArrayList<>();
            for (int q = 0; q < 2; q++) {
                int sp = rnd.nextInt(1000);
                String speaker = "Speaker" + sp + " Family" + sp;
                entities.add(new Entity("p" + q, speaker, EntityType.PERSON, null, null, null, null, null, null,
                        List.of(new Mention(0, 6, t.substring(0, 6), "bench")), null));
                int s = rnd.nextInt(t.length() - 60);
                quotes.add(new Quote(t.substring(s, s + 60), s, s + 60, "p" + q, speaker, "said", "bench"));
            }
            Article a = new Article("syn-" + i, "Report " + i, t, LocalDate.of(2025, 1, 1).plusDays(i % 365),
                    "https://syn.example/" + i, "outlet-" + (i % 50));
            return new Analysis(a, entities, quotes, List.of(), evs);
        }

        private static Entity actor(String id, String code, String text) {
            return new Entity(id, "Actor " + code, code.length() == 3 ? EntityType.COUNTRY : EntityType.ORGANIZATION, null,
                    code, code.substring(0, 3), null, null, null, List.of(new Mention(0, 6, text.substring(0, 6), "bench")), null);
        }
    }
}
