package io.sitrep.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
 * folder. Every row of the four fact tables carries the {@code article_id} of its article.
 *
 * <pre>
 * spark-submit --class io.sitrep.spark.SparkBatch sitrep-spark/target/sitrep-spark.jar \
 *     --input 'corpus/*.txt' --output out/ [--format files|jsonl|warc] [--partitions N] [--date YYYY-MM-DD]
 * </pre>
 * Prints one JSON line of totals to stdout when done.
 */
public final class SparkBatch {
    /** The parsed command line. */
    public record Options(List<String> inputs, CorpusReader.Format format, String output, String master,
                          int partitions, String date) {
    }

    /**
     * What one run did, printed as JSON when the job ends. {@code driverCpuSeconds} is the CPU time of the
     * driver's JVM during the run: in local mode that includes the executors' work, on a cluster it does not.
     */
    public record Summary(long articles, long failed, long tokens, long chars, long entities, long quotes, long claims,
                          long events, double seconds, double driverCpuSeconds, int parallelism) {
        public String json() {
            return String.format(Locale.ROOT, "{\"articles\":%d,\"failed\":%d,\"tokens\":%d,\"chars\":%d,"
                            + "\"entities\":%d,\"quotes\":%d,\"claims\":%d,\"events\":%d,\"seconds\":%.3f,"
                            + "\"driverCpuSeconds\":%.3f,\"parallelism\":%d}",
                    articles, failed, tokens, chars, entities, quotes, claims, events, seconds, driverCpuSeconds, parallelism);
        }
    }

    private static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    private static final String USAGE = "usage: SparkBatch --input PATH [--input PATH ...] --output DIR "
            + "[--format files|jsonl|warc] [--master URL] [--partitions N] [--date YYYY-MM-DD]";

    private SparkBatch() {
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
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
        try {
            System.out.println(run(spark, o).json());
        } finally {
            spark.stop();
        }
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String format = null;
        String output = null;
        String master = null;
        String date = null;
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
                case "--partitions" -> partitions = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        CorpusReader.Format f = format == null ? CorpusReader.Format.guess(inputs.get(0))
                : CorpusReader.Format.valueOf(format.toUpperCase(Locale.ROOT));
        return new Options(List.copyOf(inputs), f, output, master, partitions, date);
    }

    /** Runs the job in the given session and writes the tables; returns the totals. */
    public static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
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
            String out = o.output().endsWith("/") ? o.output() : o.output() + "/";
            Column[] articleColumns = AnalysisRows.ARTICLE_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new);
            analyses.select(articleColumns).write().mode(SaveMode.Overwrite).parquet(out + "articles");
            for (String table : List.of("entities", "quotes", "claims", "events")) {
                analyses.select(col("article_id"), explode(col(table)).as("x"))
                        .select("article_id", "x.*")
                        .write().mode(SaveMode.Overwrite).parquet(out + table);
            }
            Row totals = analyses.agg(sum(col("error").isNotNull().cast("long")), sum(col("tokens").cast("long")),
                    sum(size(col("entities"))), sum(size(col("quotes"))), sum(size(col("claims"))),
                    sum(size(col("events"))), count("*"), sum(col("chars").cast("long"))).first();
            return new Summary(totals.getLong(6), totals.getLong(0), totals.getLong(1), totals.getLong(7), totals.getLong(2),
                    totals.getLong(3), totals.getLong(4), totals.getLong(5), (System.nanoTime() - t0) / 1e9,
                    processCpuSeconds() - cpu0, parallelism);
        } finally {
            analyses.unpersist();
        }
    }
}
