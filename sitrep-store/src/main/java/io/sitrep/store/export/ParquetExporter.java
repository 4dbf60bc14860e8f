package io.sitrep.store.export;

import io.sitrep.store.StoreException;
import io.sitrep.store.StoredEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes events as a Parquet file for analytics tools (DuckDB, pandas, Spark, Arrow): rows go through an
 * in-memory DuckDB's Appender, then DuckDB's built-in Parquet writer (ZSTD) writes the file. Nothing is
 * loaded from the network: extension auto-installation is switched off.
 *
 * <pre>{@code
 * try (ParquetExporter p = new ParquetExporter(Path.of("events.parquet"))) {
 *     store.forEachEvent(filter, p::write);
 * }
 * }</pre>
 */
public final class ParquetExporter implements AutoCloseable {
    /** The columns, in order: the event, its actors, its place and its provenance. */
    static final String SCHEMA = "id BIGINT, article_id BIGINT, story_id BIGINT, day VARCHAR, date VARCHAR, date_rule VARCHAR,"
            + " cameo VARCHAR, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,"
            + " source_id VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,"
            + " target_id VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,"
            + " place_id VARCHAR, place_name VARCHAR, place_kind VARCHAR, place_country VARCHAR, place_ref VARCHAR,"
            + " lat DOUBLE, lon DOUBLE, start_offset INTEGER, end_offset INTEGER, is_root BOOLEAN, text VARCHAR,"
            + " verb VARCHAR, url VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR, ingested_at VARCHAR,"
            + " num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER";

    private final Path out;
    private final Connection connection;
    private final DuckDBAppender appender;
    private boolean closed;

    public ParquetExporter(Path out) {
        this.out = out;
        try {
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = connection.createStatement()) {
                s.execute("SET autoinstall_known_extensions = false");
                s.execute("CREATE TABLE events (" + SCHEMA + ")");
            }
            this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
        } catch (SQLException e) {
            throw new StoreException("cannot start the Parquet writer: " + e.getMessage(), e);
        }
    }

    public void write(StoredEvent e) {
        try {
            appender.beginRow();
            appender.append(e.id());
            appender.append(e.articleId());
            appender.append(e.storyId());
            text(e.day());
            text(e.date());
            text(e.dateRule());
            text(e.cameo());
            text(e.plover());
            appender.append(e.quadClass());
            appender.append(e.goldstein());
            text(e.modality());
            text(e.sourceId());
            text(e.sourceName());
            text(e.sourceCode());
            text(e.sourceCountry());
            text(e.targetId());
            text(e.targetName());
            text(e.targetCode());
            text(e.targetCountry());
            text(e.placeId());
            text(e.placeName());
            text(e.placeKind());
            text(e.placeCountry());
            text(e.placeRef());
            number(e.lat());
            number(e.lon());
            appender.append(e.start());
            appender.append(e.end());
            appender.append(e.root());
            text(e.text());
            text(e.verb());
            text(e.url());
            text(e.title());
            text(e.outlet());
            text(e.published());
            text(e.ingestedAt());
            appender.append(e.numMentions());
            appender.append(e.numSources());
            appender.append(e.numArticles());
            appender.endRow();
        } catch (SQLException ex) {
            throw new StoreException("cannot write event " + e.id() + " to Parquet: " + ex.getMessage(), ex);
        }
    }

    private void text(String s) throws SQLException {
        if (s == null) {
            appender.appendNull();
        } else {
            appender.append(s);
        }
    }

    private void number(Double d) throws SQLException {
        if (d == null) {
            appender.appendNull();
        } else {
            appender.append(d.doubleValue());
        }
    }

    /** Flushes the rows and writes the Parquet file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (connection) {
            appender.close();
            try (Statement s = connection.createStatement()) {
                s.execute("COPY events TO '" + out.toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
