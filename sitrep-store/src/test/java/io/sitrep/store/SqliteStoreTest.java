package io.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on the embedded SQLite store, in a temporary folder. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    Store newStore() {
        return Stores.openDir(dir.resolve("store"));
    }

    @Override
    Store reopen() {
        return newStore();
    }

    @Test
    void usesWalModeInTheStoreFolder() throws Exception {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        assertThat(Files.exists(dir.resolve("store/sitrep.db"))).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store/sitrep.db"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        try (Connection c = ((io.sitrep.store.jdbc.JdbcStore) store).connection();
             ResultSet rs = c.createStatement().executeQuery("PRAGMA synchronous")) {
            rs.next();
            assertThat(rs.getInt(1)).as("synchronous = NORMAL").isEqualTo(1);
        }
    }
}
