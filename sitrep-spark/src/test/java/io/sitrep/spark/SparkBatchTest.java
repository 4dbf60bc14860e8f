package io.sitrep.spark;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.model.Analysis;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Event;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import io.sitrep.output.AnalysisJson;
import io.sitrep.store.Store;
import io.sitrep.store.StoreException;
import io.sitrep.store.StoreStats;
import io.sitrep.store.Stores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Spark job in local mode against the engine run in-process, as the CLI runs it. */
class SparkBatchTest {
    private static final Path DEV = Path.of("../../shared/examples/dev").toAbsolutePath().normalize();
    private static SparkSession spark;
    private static Analyzer analyzer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        analyzer = Analyzer.standard();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Path> devArticles() throws IOException {
        try (Stream<Path> s = Files.list(DEV)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Map<String, Analysis> cli;

    /** What `sitrep analyze FILE` finds in each dev article, keyed by the id the Spark job gives the file. */
    private static synchronized Map<String, Analysis> cliAnalyses() throws Exception {
        if (cli == null) {
            ArticleReader reader = new ArticleReader();
            Map<String, Analysis> byId = new TreeMap<>();
            for (Path f : devArticles()) {
                byId.put(f.toUri().toString().replace("file:///", "file:/"), analyzer.analyze(reader.read(f)));
            }
            cli = byId;
        }
        return cli;
    }

    @Test
    void devCorpusGivesTheSameAnalysesEventsEntitiesAndQuotesAsTheCli() throws Exception {
        List<Path> files = devArticles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        Path out = tmp.resolve("out");
        SparkBatch.Summary summary = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                "--input", DEV + "/*.txt", "--output", out.toString()}));
        assertThat(summary.articles()).isEqualTo(files.size());
        assertThat(summary.failed()).isZero();
        assertThat(summary.store()).isNull();
        assertThat(summary.json()).doesNotContain("stored");

        // What `sitrep analyze FILE` prints for each file, keyed by file name; the same facts as table rows.
        Map<String, String> cliJson = new HashMap<>();
        List<Row> entities = new ArrayList<>();
        List<Row> quotes = new ArrayList<>();
        List<Row> events = new ArrayList<>();
        long tokens = 0;
        for (Map.Entry<String, Analysis> byId : cliAnalyses().entrySet()) {
            Analysis a = byId.getValue();
            String id = byId.getKey();
            cliJson.put(id, AnalysisJson.toJson(a));
            a.entities().forEach(e -> entities.add(RecordSchema.toRow(new Object[] {id}, e)));
            a.quotes().forEach(q -> quotes.add(RecordSchema.toRow(new Object[] {id}, q)));
            a.events().forEach(e -> events.add(RecordSchema.toRow(new Object[] {id}, e)));
        }

        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        Map<String, String> sparkJson = new HashMap<>();
        for (Row r : articles.select("article_id", "analysis", "tokens").collectAsList()) {
            sparkJson.put(r.getString(0), r.getString(1));
            tokens += r.getInt(2);
        }
        assertThat(sparkJson).isEqualTo(cliJson);
        assertThat(events).as("the dev corpus yields events").isNotEmpty();
        assertThat(entities).as("the dev corpus yields entities").isNotEmpty();
        assertThat(tokens).isEqualTo(summary.tokens()).isGreaterThan(10_000);

        assertSameRows(out.resolve("events"), events, Event.class);
        assertSameRows(out.resolve("entities"), entities, Entity.class);
        assertSameRows(out.resolve("quotes"), quotes, Quote.class);
        assertThat(summary.events()).isEqualTo(events.size());
        assertThat(summary.entities()).isEqualTo(entities.size());
        assertThat(summary.quotes()).isEqualTo(quotes.size());
    }

    private static void assertSameRows(Path table, List<Row> expected, Class<? extends Record> type) {
        List<String> want = spark.createDataFrame(expected, prefixed(type)).toJSON().collectAsList().stream().sorted().toList();
        List<String> got = spark.read().parquet(table.toString()).toJSON().collectAsList().stream().sorted().toList();
        assertThat(got).as(type.getSimpleName() + " rows").isEqualTo(want);
    }

    @Test
    void recordsBecomeRowsWithNestedMentionsAndSnakeCaseColumns() {
        Entity e = new Entity("e1", "Murhaf Abu Qasra", EntityType.PERSON, null, "SYRMIL", "SYR", "defence minister",
                null, null, List.of(new Mention(10, 26, "Murhaf Abu Qasra", "title-rule"), new Mention(40, 42, "he", "pronoun")), null);
        Event ev = new Event("e1", "e2", "043", "CONSULT", "2025-02", "explicit", "e3", Modality.REPORTED, 5, 90,
                "SYRMIL", "RUS", 1, 2.8, "met");
        Row er = spark.createDataFrame(List.of(RecordSchema.toRow(e)), RecordSchema.of(Entity.class)).first();
        assertThat(er.<String>getAs("name")).isEqualTo("Murhaf Abu Qasra");
        assertThat(er.<String>getAs("type")).isEqualTo("PERSON");
        assertThat(er.<Object>getAs("lat")).isNull();
        List<Row> mentions = er.getList(er.fieldIndex("mentions"));
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(1).<String>getAs("rule")).isEqualTo("pronoun");
        assertThat(mentions.get(0).<Integer>getAs("end")).isEqualTo(26);

        Row vr = spark.createDataFrame(List.of(RecordSchema.toRow(new Object[] {"a1"}, ev)), prefixed(Event.class)).first();
        assertThat(vr.<String>getAs("article_id")).isEqualTo("a1");
        assertThat(vr.<String>getAs("source_code")).isEqualTo("SYRMIL");
        assertThat(vr.<Integer>getAs("quad_class")).isEqualTo(1);
        assertThat(vr.<Double>getAs("goldstein")).isEqualTo(2.8);
        assertThat(vr.<String>getAs("modality")).isEqualTo("REPORTED");

        // and back: the records the store step rebuilds from the rows
        assertThat(RecordSchema.fromRow(er, Entity.class)).isEqualTo(e);
        Row unprefixed = spark.createDataFrame(List.of(RecordSchema.toRow(ev)), RecordSchema.of(Event.class)).first();
        assertThat(RecordSchema.fromRow(unprefixed, Event.class)).isEqualTo(ev);
    }

    private static StructType prefixed(Class<? extends Record> type) {
        StructType schema = new StructType().add("article_id", "string", false);
        for (var f : RecordSchema.of(type).fields()) {
            schema = schema.add(f);
        }
        return schema;
    }

    @Test
    void readsJsonLinesAndWarcArchives() throws Exception {
        List<Path> files = devArticles();
        String first = Files.readString(files.get(0));
        String second = Files.readString(files.get(1));
        String firstTitle = first.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();

        Path jsonl = tmp.resolve("corpus.jsonl");
        var mapper = AnalysisJson.mapper();
        Files.writeString(jsonl, mapper.writeValueAsString(Map.of("id", "a", "text", first, "published", "2025-02-03")) + "\n"
                + mapper.writeValueAsString(Map.of("text", second)) + "\n\n");

        Path warc = tmp.resolve("crawl.warc.gz");
        String html = "<html><head><title>Talks resume</title><meta property=\"og:title\" content=\"Talks resume in Geneva\">"
                + "</head><body><article><h1>Talks resume in Geneva</h1>"
                + "<p>Envoys from both sides met in Geneva on Monday to resume talks on a ceasefire, officials said.</p>"
                + "<p>The United Nations envoy said the meeting was constructive and that further rounds were planned.</p>"
                + "</article></body></html>";
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse ok = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder("https://news.example.org/talks").date(Instant.parse("2025-03-04T10:00:00Z"))
                    .body(ok).build());
            HttpResponse missing = new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.parse("text/html"), "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder("https://news.example.org/gone").body(missing).build());
        }

        SparkBatch.Summary s1 = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                "--input", jsonl.toString(), "--output", tmp.resolve("j").toString()}));
        assertThat(s1.articles()).isEqualTo(2);
        Map<String, Row> byId = new HashMap<>();
        spark.read().parquet(tmp.resolve("j/articles").toString()).collectAsList()
                .forEach(r -> byId.put(r.getAs("article_id"), r));
        assertThat(byId).containsOnlyKeys("a", "line:2");
        assertThat(byId.get("a").<String>getAs("title")).isEqualTo(analyzer.analyzeText(first).article().title());
        assertThat(byId.get("a").<String>getAs("title")).isNotBlank();
        assertThat(byId.get("a").<java.sql.Date>getAs("published").toString()).isEqualTo("2025-02-03");
        assertThat(byId.get("line:2").<Object>getAs("published")).isNull();
        assertThat(firstTitle).contains(byId.get("a").<String>getAs("title").substring(0, 5));

        SparkBatch.Summary s2 = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                "--input", warc.toString(), "--output", tmp.resolve("w").toString()}));
        assertThat(s2.articles()).isEqualTo(1);
        Row page = spark.read().parquet(tmp.resolve("w/articles").toString()).first();
        assertThat(page.<String>getAs("url")).isEqualTo("https://news.example.org/talks");
        assertThat(page.<String>getAs("title")).isEqualTo("Talks resume in Geneva");
        assertThat(page.<String>getAs("text")).contains("resume talks on a ceasefire");
        assertThat(page.<java.sql.Date>getAs("published").toString()).isEqualTo("2025-03-04");
    }

    @Test
    void refusedInputsAreCountedAndNamed() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ok.txt"), "Ceasefire holds\nThe ceasefire held overnight, officials said.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        SparkBatch.Summary s = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                "--input", dir.toString(), "--output", tmp.resolve("o").toString(), "--format", "files"}));
        assertThat(s.articles()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(1);
        List<Row> failed = spark.read().parquet(tmp.resolve("o/articles").toString()).where("error is not null").collectAsList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).<String>getAs("article_id")).endsWith("empty.txt");
        assertThat(failed.get(0).<String>getAs("error")).contains("empty");
    }

    /**
     * The batch into a real PostgreSQL store: every dev article stored once with the events the CLI finds (and the
     * Parquet tables hold); run again, store only, and every article is a duplicate.
     */
    @Test
    void storesTheCorpusInPostgresOnceAndSkipsWhatItAlreadyHas() throws Exception {
        Map<String, Analysis> expected = cliAnalyses();
        Path out = tmp.resolve("out");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            SparkBatch.Summary first = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                    "--input", DEV + "/*.txt", "--output", out.toString(), "--db", url, "--partitions", "3"}));
            assertThat(first.articles()).isEqualTo(expected.size());
            assertThat(first.store()).isEqualTo(new SparkBatch.StoreCounts(expected.size(), 0));
            assertThat(first.json()).contains("\"stored\":" + expected.size() + ",\"duplicates\":0}");

            Map<String, List<String>> cliEvents = new TreeMap<>();
            expected.forEach((id, a) -> cliEvents.put(id, eventCodes(a.events())));
            Map<String, List<String>> parquetEvents = new TreeMap<>();
            expected.keySet().forEach(id -> parquetEvents.put(id, new ArrayList<>()));
            for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
                parquetEvents.get(r.<String>getAs("article_id")).add(r.<String>getAs("cameo") + " "
                        + r.<String>getAs("source_code") + " " + r.<String>getAs("target_code"));
            }
            parquetEvents.values().forEach(l -> l.sort(null));
            assertThat(parquetEvents).isEqualTo(cliEvents);
            long events = cliEvents.values().stream().mapToLong(List::size).sum();
            assertThat(events).isEqualTo(first.events()).isPositive();

            try (Store store = Stores.openJdbc(url)) {
                StoreStats stats = store.stats();
                assertThat(stats.articles()).isEqualTo(expected.size());
                assertThat(stats.events()).isEqualTo(events);
                assertThat(stats.entities()).isEqualTo(first.entities());
                assertThat(stats.quotes()).isEqualTo(first.quotes());
                Map<String, List<String>> storedEvents = new TreeMap<>();
                store.forEachArticle(a -> storedEvents.put(a.analysis().article().name(), eventCodes(a.analysis().events())));
                assertThat(storedEvents).isEqualTo(cliEvents);
            }

            SparkBatch.Summary second = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                    "--input", DEV + "/*.txt", "--db", url}));
            assertThat(second.articles()).isEqualTo(expected.size());
            assertThat(second.store()).isEqualTo(new SparkBatch.StoreCounts(0, expected.size()));
            try (Store store = Stores.openJdbc(url)) {
                assertThat(store.stats().articles()).isEqualTo(expected.size());
                assertThat(store.stats().events()).isEqualTo(events);
            }
        }
    }

    /** "CAMEO source-code target-code" of each event, sorted. */
    private static List<String> eventCodes(List<Event> events) {
        return events.stream().map(e -> e.cameo() + " " + e.sourceCode() + " " + e.targetCode()).sorted().toList();
    }

    @Test
    void needsAnOutputOrAStoreAndTakesOnlyPostgres() {
        assertThatThrownBy(() -> SparkBatch.parse(new String[] {"--input", "in"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output").hasMessageContaining("--db");
        assertThatThrownBy(() -> SparkBatch.parse(new String[] {"--input", "in", "--db", "jdbc:sqlite:/tmp/x.db"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:");
        SparkBatch.Options o = SparkBatch.parse(new String[] {"--input", "in", "--db", "jdbc:postgresql://db:5432/news?user=u"});
        assertThat(o.output()).isNull();
        assertThat(o.db()).isEqualTo("jdbc:postgresql://db:5432/news?user=u");
    }

    @Test
    void aFailedJobIsOneLineNamingTheStoreFailureBehindIt() {
        StoreException cause = new StoreException("cannot read the store jdbc:postgresql://db/news: Connection refused");
        Exception aborted = new org.apache.spark.SparkException("Job aborted due to stage failure: Task 0 failed\n\tat x.y(Z.java:1)", cause);
        assertThat(SparkBatch.oneLine(aborted)).isEqualTo(cause.getMessage());
        assertThat(SparkBatch.oneLine(new IllegalStateException("first\nsecond"))).isEqualTo("first");
    }

    @Test
    void warmupRunsAreUntimedAndLeaveOnlyTheTimedRunsOutput() throws Exception {
        Path jsonl = tmp.resolve("warm.jsonl");
        var mapper = AnalysisJson.mapper();
        Files.writeString(jsonl, mapper.writeValueAsString(Map.of("id", "w", "text",
                "Russia said on Monday it would keep its naval base in Tartus, Syria.", "published", "2025-02-03")) + "\n");
        Path out = tmp.resolve("warm-out");
        long scratchBefore = scratchFolders();
        SparkBatch.Summary s = SparkBatch.run(spark, SparkBatch.parse(new String[] {
                "--input", jsonl.toString(), "--output", out.toString()}), 1);
        assertThat(s.articles()).isEqualTo(1);
        assertThat(out.resolve("events")).isDirectory();
        assertThat(scratchFolders()).as("the warm-up's scratch folder is removed").isEqualTo(scratchBefore);
    }

    private static long scratchFolders() throws IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("sitrep-spark-warmup")).count();
        }
    }
}
