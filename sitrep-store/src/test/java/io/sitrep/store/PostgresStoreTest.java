package io.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The store contract on a real PostgreSQL server (embedded binaries), one server per class and one fresh database
 * per test, copied from a template that the store migrated once.
 */
class PostgresStoreTest extends StoreContractTest {
    private static final String TEMPLATE = "sitrep_template";
    private static EmbeddedPostgres pg;
    private static int databases;
    private String url;

    @BeforeAll
    static void startServer() throws Exception {
        pg = EmbeddedPostgres.start();
        execute("CREATE DATABASE " + TEMPLATE);
        Stores.openJdbc(pg.getJdbcUrl("postgres", TEMPLATE)).close(); // creates the schema
    }

    @AfterAll
    static void stopServer() throws Exception {
        pg.close();
    }

    @Override
    Store newStore() throws Exception {
        String db = "sitrep_" + (++databases);
        execute("CREATE DATABASE " + db + " TEMPLATE " + TEMPLATE);
        url = pg.getJdbcUrl("postgres", db);
        return Stores.openJdbc(url);
    }

    @Override
    Store reopen() {
        return Stores.openJdbc(url);
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
