package io.sitrep.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.sitrep.model.Analysis;
import io.sitrep.store.EntitySummary;
import io.sitrep.store.Filter;
import io.sitrep.store.Page;
import io.sitrep.store.Provenance;
import io.sitrep.store.PutResult;
import io.sitrep.store.Store;
import io.sitrep.store.StoreException;
import io.sitrep.store.StoreLocation;
import io.sitrep.store.StoreStats;
import io.sitrep.store.Story;
import io.sitrep.store.StoredArticle;
import io.sitrep.store.StoredClaim;
import io.sitrep.store.StoredEvent;
import io.sitrep.store.StoredQuote;
import io.sitrep.store.TimelineEntry;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The store on a JDBC database: SQLite (WAL mode, one file in the store folder) or PostgreSQL. Reads run on a
 * small connection pool; writes go through one connection at a time, each {@link #putAll} in one transaction.
 */
public final class JdbcStore implements Store {
    private final StoreLocation location;
    private final Dialect dialect;
    private final Provenance provenance;
    private final HikariDataSource pool;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final StoreQueries queries;

    private JdbcStore(StoreLocation location, Provenance provenance, HikariDataSource pool) {
        this.location = location;
        this.dialect = Dialect.of(location.url());
        this.provenance = provenance;
        this.pool = pool;
        this.queries = new StoreQueries(pool, dialect);
    }

    public static JdbcStore open(StoreLocation location, Provenance provenance) {
        return open(location, provenance, true);
    }

    /**
     * @param migrate whether to create or migrate the schema (Flyway) first; false when another process has
     *                just done it and many open the same database at once
     */
    public static JdbcStore open(StoreLocation location, Provenance provenance, boolean migrate) {
        Dialect dialect = Dialect.of(location.url());
        String url = location.url();
        if (location.dir() != null) {
            try {
                Files.createDirectories(location.dir());
            } catch (IOException e) {
                throw new StoreException("cannot create the store folder " + location.dir() + ": " + e.getMessage(), e);
            }
            if (!Files.isWritable(location.dir())) {
                // SQLite in WAL mode writes beside the database even to read it; say so now rather than after the
                // connection pool's 30 s of retries
                throw new StoreException("cannot open the store " + location.describe()
                        + ": its folder is not writable (a read-only file system or missing permission)");
            }
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("sitrep-store");
        if (dialect == Dialect.SQLITE) {
            url = url + (url.contains("?") ? "&" : "?") + "journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&wal_autocheckpoint=4000"
                    + "&foreign_keys=false&cache_size=-32000";
            cfg.setMaximumPoolSize(4);
        } else {
            cfg.setMaximumPoolSize(8);
            cfg.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        cfg.setJdbcUrl(url);
        cfg.setMinimumIdle(1);
        cfg.setInitializationFailTimeout(-1);
        cfg.setConnectionTimeout(30_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store " + location.describe() + ": " + rootMessage(e), e);
        }
        if (!migrate) {
            return new JdbcStore(location, provenance, ds);
        }
        try {
            Flyway.configure(JdbcStore.class.getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .placeholders(dialect.placeholders())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot open the store " + location.describe() + ": " + rootMessage(e), e);
        }
        return new JdbcStore(location, provenance, ds);
    }

    @Override
    public List<PutResult> putAll(List<Analysis> analyses) {
        if (analyses.isEmpty()) {
            return List.of();
        }
        writeLock.lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (ArticleWriter w = new ArticleWriter(c, provenance)) {
                List<PutResult> out = new ArrayList<>(analyses.size());
                for (Analysis a : analyses) {
                    out.add(w.write(a));
                }
                w.flush();
                c.commit();
                c.setAutoCommit(true);
                return out;
            } catch (SQLException | RuntimeException e) {
                quietly(c::rollback, e);
                quietly(() -> c.setAutoCommit(true), e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write to the store " + describe() + ": " + rootMessage(e), e);
        } finally {
            writeLock.unlock();
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    /**
     * Cleans up after a failed write without masking its cause: on a full disk the rollback or the return to
     * auto-commit fails too ("no transaction is active"), and that must not replace "database or disk is full".
     */
    private static void quietly(SqlAction action, Exception cause) {
        try {
            action.run();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public boolean contains(String contentHash, String url) {
        try (Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE content_hash = ? OR url = ?")) {
            ps.setString(1, contentHash);
            ps.setString(2, url == null || url.isBlank() ? null : url.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<StoredArticle> article(long id) {
        return read(() -> queries.article(id));
    }

    @Override
    public Page<StoredEvent> events(Filter filter) {
        return read(() -> queries.events(filter));
    }

    @Override
    public void forEachEvent(Filter filter, Consumer<StoredEvent> sink) {
        read(() -> {
            queries.forEachEvent(filter, sink);
            return null;
        });
    }

    @Override
    public void forEachArticle(Consumer<StoredArticle> sink) {
        read(() -> {
            queries.forEachArticle(sink);
            return null;
        });
    }

    @Override
    public Page<StoredQuote> quotes(Filter filter) {
        return read(() -> queries.quotes(filter));
    }

    @Override
    public Page<StoredClaim> claims(Filter filter) {
        return read(() -> queries.claims(filter));
    }

    @Override
    public Page<EntitySummary> entities(Filter filter) {
        return read(() -> queries.entities(filter));
    }

    @Override
    public Page<TimelineEntry> timeline(String entity, Filter filter) {
        return read(() -> queries.timeline(entity, filter));
    }

    @Override
    public Page<Story> stories(Filter filter) {
        return read(() -> queries.stories(filter));
    }

    @Override
    public Optional<Story> story(long id) {
        return read(() -> queries.story(id));
    }

    @Override
    public StoreStats stats() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            long[] n = new long[7];
            String[] tables = {"article", "story", "entity", "mention", "quote", "claim", "event"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    rs.next();
                    n[i] = rs.getLong(1);
                }
            }
            return new StoreStats(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public String describe() {
        return location.describe();
    }

    /** A connection from the store's pool, for exports and checks that stream whole tables. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Closes the pool; SQLite first refreshes the query planner's statistics (PRAGMA optimize) if they are stale. */
    @Override
    public void close() {
        if (dialect == Dialect.SQLITE) {
            writeLock.lock();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("PRAGMA analysis_limit = 1000");
                s.execute("PRAGMA optimize = 0x10002"); // all tables, ANALYZE where the statistics are stale
            } catch (SQLException e) {
                // statistics are an optimisation: closing goes on
            } finally {
                writeLock.unlock();
            }
        }
        pool.close();
    }

    /** A read on the database; its SQL failure becomes a {@link StoreException} naming the store. */
    @FunctionalInterface
    private interface SqlRead<T> {
        T run() throws SQLException;
    }

    private <T> T read(SqlRead<T> r) {
        try {
            return r.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("cannot read the store " + describe() + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
