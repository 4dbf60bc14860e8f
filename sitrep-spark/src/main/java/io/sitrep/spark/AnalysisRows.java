package io.sitrep.spark;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.Event;
import io.sitrep.model.Quote;
import io.sitrep.output.AnalysisJson;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Analyses raw articles into rows of {@link #SCHEMA}: one row per article with its metadata, the analysis
 * as the CLI prints it ({@code analysis}, JSON) and its entities, quotes, claims and events as arrays of
 * structs, from which {@link SparkBatch} writes one flat table each. An input the engine refuses becomes a
 * row with {@code error} set and nothing else analysed.
 */
public final class AnalysisRows {
    public static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("article_id", DataTypes.StringType, false),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("chars", DataTypes.IntegerType, false),
            DataTypes.createStructField("tokens", DataTypes.IntegerType, false),
            DataTypes.createStructField("sentences", DataTypes.IntegerType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("analysis", DataTypes.StringType, true),
            DataTypes.createStructField("entities", DataTypes.createArrayType(RecordSchema.of(Entity.class), false), false),
            DataTypes.createStructField("quotes", DataTypes.createArrayType(RecordSchema.of(Quote.class), false), false),
            DataTypes.createStructField("claims", DataTypes.createArrayType(RecordSchema.of(Claim.class), false), false),
            DataTypes.createStructField("events", DataTypes.createArrayType(RecordSchema.of(Event.class), false), false),
    });

    /** The article-level columns of {@link #SCHEMA}, i.e. those written to the articles table. */
    public static final List<String> ARTICLE_COLUMNS = List.of("article_id", "title", "published", "url", "source",
            "text", "chars", "tokens", "sentences", "error", "analysis");

    private AnalysisRows() {
    }

    /** The mapPartitions function: one analyser per executor, one row per input. */
    public static Iterator<Row> analyze(Iterator<RawArticle> inputs) {
        Analyzer analyzer = AnalyzerHolder.get();
        ArticleReader reader = new ArticleReader();
        List<Row> rows = new ArrayList<>();
        while (inputs.hasNext()) {
            rows.add(analyze(analyzer, reader, inputs.next()));
        }
        return rows.iterator();
    }

    static Row analyze(Analyzer analyzer, ArticleReader reader, RawArticle raw) {
        Article article;
        try {
            article = reader.read(raw.id(), raw.content(), raw.contentType());
        } catch (InvalidInputException e) {
            return RowFactory.create(raw.id(), null, null, raw.url(), null, null, 0, 0, 0, e.oneLine(), null,
                    seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()));
        }
        if (article.published() == null) {
            article = ArticleReader.withDate(article, isoDate(raw.published()));
        }
        if (article.url() == null && raw.url() != null) {
            article = new Article(article.name(), article.title(), article.text(), article.published(), raw.url(), article.source());
        }
        Document doc = analyzer.pipeline().run(new Document(article));
        Analysis a = doc.toAnalysis();
        return RowFactory.create(raw.id(), article.title(),
                article.published() == null ? null : java.sql.Date.valueOf(article.published()),
                article.url(), article.source(), article.text(), article.text().length(),
                doc.getOrDefault(Keys.TOKENS, List.of()).size(), doc.getOrDefault(Keys.SENTENCES, List.of()).size(),
                null, AnalysisJson.toJson(a),
                rows(a.entities()), rows(a.quotes()), rows(a.claims()), rows(a.events()));
    }

    /** The article of a row of {@link #SCHEMA} (read from a Dataset, so with its schema), named by its id. */
    public static Article toArticle(Row row) {
        java.sql.Date published = row.getAs("published");
        return new Article(row.getAs("article_id"), row.getAs("title"), row.getAs("text"),
                published == null ? null : published.toLocalDate(), row.getAs("url"), row.getAs("source"));
    }

    /** The analysis a row of {@link #SCHEMA} was made from (read from a Dataset, so with its schema); not for error rows. */
    public static Analysis toAnalysis(Row row) {
        return new Analysis(toArticle(row), records(row, "entities", Entity.class), records(row, "quotes", Quote.class),
                records(row, "claims", Claim.class), records(row, "events", Event.class));
    }

    private static <T extends Record> List<T> records(Row row, String column, Class<T> type) {
        List<Row> rows = row.getList(row.fieldIndex(column));
        List<T> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(RecordSchema.fromRow(r, type));
        }
        return out;
    }

    /** The date at the start of an ISO date or timestamp, or null when there is none. */
    static LocalDate isoDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object rows(List<? extends Record> records) {
        List<Row> out = new ArrayList<>(records.size());
        for (Record r : records) {
            out.add(RecordSchema.toRow(r));
        }
        return seq(out);
    }

    private static Object seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }
}
