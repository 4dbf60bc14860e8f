package io.sitrep.spark;

import io.sitrep.store.StoreException;
import io.sitrep.store.StoreLocation;
import io.sitrep.store.Stores;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

/**
 * The Spark batch job: reads a corpus ({@link CorpusReader}), analyses it with the standard pipeline in
 * {@code mapPartitions} (one analyser per executor, {@link AnalyzerHolder}) and writes Parquet tables
 * {@code articles}, {@code entities}, {@code quotes}, {@code claims} and {@code events} under the output
 * folder (every row of the four fact tables carries the {@code article_id} of its article), and/or stores the
 * analyses in the PostgreSQL store ({@code --db}, the JDBC URL {@code sitrep ingest --db} takes): the driver
 * creates or migrates the schema once before the job, then every partition opens one store connection on its
 * executor and writes its articles in transactions ({@link StoreWriter}), skipping those the store already has
 * (same normalised content or URL), so that running the job again adds nothing. At least one of
 * {@code --output} and {@code --db} is required.
 *
 * <pre>
 * spark-submit --class io.sitrep.spark.SparkBatch sitrep-spark/target/sitrep-spark.jar \
 *     --input 'corpus/*.txt' [--output out/] [--db 'jdbc:postgresql://HOST:PORT/DB?user=U&amp;password=P'] \
 *     [--format files|jsonl|warc] [--partitions N] [--date YYYY-MM-DD]
 * </pre>
 * Prints one JSON line of totals to stdout when done (with {@code --db}: {@code stored} and {@code duplicates}
 * too). A store that cannot be reached or written ends the job with one line on stderr and exit code 1.
 */
public final class SparkBatch {
    /** The parsed command line. */
    public record Options(List<String> inputs, CorpusReader.Format format, String output, String master,
                          int partitions, String date, String db) {
    }

    /** What the store step did: articles stored, and articles skipped because the store already had them. */
    public record StoreCounts(long stored, long duplicates) {
    }

    /** Articles per store transaction, as {@code sitrep ingest --batch} by default. */
    static final int STORE_BATCH = 32;

    /**
     * What one run did, printed as JSON when the job ends. {@code driverCpuSeconds} is the CPU time of the
     * driver's JVM during the run: in local mode that includes the executors' work, on a cluster it does not.
     */
    public record Summary(long articles, long failed, long tokens, long chars, long entities, long quotes, long claims,
                          long events, double seconds, double driverCpuSeconds, int parallelism, StoreCounts store) {
        /** The totals as one JSON object; {@code stored} and {@code duplicates} only when the job wrote to a store. */
        public String json() {
            return String.format(Locale.ROOT, "{\"articles\":%d,\"failed\":%d,\"tokens\":%d,\"chars\":%d,"
                            + "\"entities\":%d,\"quotes\":%d,\"claims\":%d,\"events\":%d,\"seconds\":%.3f,"
                            + "\"driverCpuSeconds\":%.3f,\"parallelism\":%d%s}",
                    articles, failed, tokens, chars, entities, quotes, claims, events, seconds, driverCpuSeconds, parallelism,
                    store == null ? "" : String.format(Locale.ROOT, ",\"stored\":%d,\"duplicates\":%d",
                            store.stored(), store.duplicates()));
        }
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    private static final String USAGE = "usage: SparkBatch --input PATH [--input PATH ...] [--output DIR] "
            + "[--db jdbc:postgresql://HOST:PORT/DB?user=U&password=P] (at least one of --output and --db) "
            + "[--format files|jsonl|warc] [--master URL] [--partitions N] [--date YYYY-MM-DD] "
            + "[--warmup-runs N (benchmarks: run the job N times first, untimed, storing nothing)]";

    private SparkBatch() {
    }

    public static void main(String[] args) {
        Options o;
        int warmupRuns = 0;
        try {
            List<String> rest = new ArrayList<>(List.of(args));
            int w = rest.indexOf("--warmup-runs");
            if (w >= 0) {
                if (w + 1 >= rest.size()) {
                    throw new IllegalArgumentException("missing value after --warmup-runs");
                }
                warmupRuns = Integer.parseInt(rest.get(w + 1));
                rest.subList(w, w + 2).clear();
            }
            o = parse(rest.toArray(new String[0]));
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("sitrep");
        if (o.master() != null) {
            b.master(o.master());
        }
        SparkSession spark = b.getOrCreate();
        int exit = 0;
        try {
            System.out.println(run(spark, o, warmupRuns).json());
        } catch (Exception e) { // SparkException, a checked exception Scala throws undeclared, included
            System.err.println("sitrep-spark: " + oneLine(e));
            if (System.getenv("SITREP_DEBUG") != null) {
                e.printStackTrace();
            }
            exit = 1;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * For throughput measurements: the same job {@code warmupRuns} times first, into a scratch folder and never
     * into the store, so that the timed run, whose totals are returned, finds the JVM warm (compiled code, loaded
     * dictionaries).
     */
    static Summary run(SparkSession spark, Options o, int warmupRuns) throws java.io.IOException {
        for (int i = 0; i < warmupRuns; i++) {
            java.nio.file.Path scratch = java.nio.file.Files.createTempDirectory("sitrep-spark-warmup");
            try {
                run(spark, new Options(o.inputs(), o.format(), scratch.resolve("out").toString(), o.master(),
                        o.partitions(), o.date(), null));
            } finally {
                deleteTree(scratch);
            }
        }
        return run(spark, o);
    }

    private static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The message to show for a failed job: the store's own (it names the store and the cause) when a store
     * failure is behind it, even inside Spark's job-abort exception; else the first line of the failure.
     */
    static String oneLine(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StoreException) {
                return t.getMessage();
            }
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String format = null;
        String output = null;
        String master = null;
        String date = null;
        String db = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> inputs.add(v);
                case "--format" -> format = v;
                case "--output" -> output = v;
                case "--master" -> master = v;
                case "--date" -> date = v;
                case "--db" -> db = v;
                case "--partitions" -> partitions = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("--input is required");
        }
        if (output == null && db == null) {
            throw new IllegalArgumentException("give --output DIR (Parquet tables), --db JDBC_URL (PostgreSQL store), or both");
        }
        if (db != null && !db.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db takes a PostgreSQL JDBC URL: jdbc:postgresql://HOST:PORT/DB?user=U&password=P");
        }
        CorpusReader.Format f = format == null ? CorpusReader.Format.guess(inputs.get(0))
                : CorpusReader.Format.valueOf(format.toUpperCase(Locale.ROOT));
        return new Options(List.copyOf(inputs), f, output, master, partitions, date, db);
    }

    /**
     * Runs the job in the given session and writes the tables and/or the store; returns the totals. Throws
     * {@link StoreException} when the store cannot be opened (before any work), and Spark's exception, with the
     * store's failure as its cause, when a partition cannot write.
     */
    public static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
        if (o.db() != null) {
            Stores.open(StoreLocation.jdbc(o.db())).close(); // creates or migrates the schema, once, before the tasks
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<RawArticle> raw = null;
        for (String in : o.inputs()) {
            JavaRDD<RawArticle> part = CorpusReader.read(sc, in, o.format());
            raw = raw == null ? part : raw.union(part);
        }
        if (o.date() != null) {
            String date = o.date();
            raw = raw.map(r -> r.published() != null ? r : new RawArticle(r.id(), r.content(), r.contentType(), r.url(), date));
        }
        int parallelism = sc.defaultParallelism();
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(raw.getNumPartitions(), 4 * parallelism);
        if (partitions != raw.getNumPartitions()) {
            raw = raw.repartition(partitions);
        }
        JavaRDD<Row> rows = raw.mapPartitions(AnalysisRows::analyze);
        Dataset<Row> analyses = spark.createDataFrame(rows, AnalysisRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            if (o.output() != null) {
                writeParquet(analyses, o.output());
            }
            StoreCounts stored = o.db() == null ? null : store(spark, analyses, o.db());
            Row totals = analyses.agg(sum(col("error").isNotNull().cast("long")), sum(col("tokens").cast("long")),
                    sum(size(col("entities"))), sum(size(col("quotes"))), sum(size(col("claims"))),
                    sum(size(col("events"))), count("*"), sum(col("chars").cast("long"))).first();
            return new Summary(totals.getLong(6), totals.getLong(0), totals.getLong(1), totals.getLong(7), totals.getLong(2),
                    totals.getLong(3), totals.getLong(4), totals.getLong(5), (System.nanoTime() - t0) / 1e9,
                    processCpuSeconds() - cpu0, parallelism, stored);
        } finally {
            analyses.unpersist();
        }
    }

    private static void writeParquet(Dataset<Row> analyses, String output) {
        String out = output.endsWith("/") ? output : output + "/";
        Column[] articleColumns = AnalysisRows.ARTICLE_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
        analyses.select(articleColumns).write().mode(SaveMode.Overwrite).parquet(out + "articles");
        for (String table : List.of("entities", "quotes", "claims", "events")) {
            analyses.select(col("article_id"), explode(col(table)).as("x"))
                    .select("article_id", "x.*")
                    .write().mode(SaveMode.Overwrite).parquet(out + table);
        }
    }

    private static StoreCounts store(SparkSession spark, Dataset<Row> analyses, String db) {
        LongAccumulator stored = spark.sparkContext().longAccumulator("sitrep.stored");
        LongAccumulator duplicates = spark.sparkContext().longAccumulator("sitrep.duplicates");
        analyses.foreachPartition(new StoreWriter(db, STORE_BATCH, stored, duplicates));
        return new StoreCounts(stored.value(), duplicates.value());
    }
}
