package io.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.Statement;

/** The store contract on a real PostgreSQL server (embedded binaries), one fresh database per test. */
class PostgresStoreTest extends StoreContractTest {
    private static EmbeddedPostgres pg;
    private static int databases;
    private String url;

    @BeforeAll
    static void startServer() throws Exception {
        pg = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        pg.close();
    }

    @Override
    Store newStore() throws Exception {
        String db = "sitrep_" + (++databases);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        url = pg.getJdbcUrl("postgres", db);
        return Stores.openJdbc(url);
    }

    @Override
    Store reopen() {
        return Stores.openJdbc(url);
    }
}
