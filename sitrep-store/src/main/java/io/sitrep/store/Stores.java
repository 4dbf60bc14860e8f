package io.sitrep.store;

import io.sitrep.store.jdbc.JdbcStore;

import java.nio.file.Path;

/** Opens stores. The schema is created or migrated on open (Flyway). */
public final class Stores {
    private Stores() {
    }

    public static Store open(StoreLocation location) {
        return open(location, Provenance.current());
    }

    /** Opens a store that records {@code provenance} with every article it stores. */
    public static Store open(StoreLocation location, Provenance provenance) {
        return JdbcStore.open(location, provenance);
    }

    /**
     * Opens a store whose schema is already current, without running the migrations: for the many processes
     * that open one database at once (the tasks of a Spark job) after one of them migrated it with {@link #open}.
     */
    public static Store openMigrated(StoreLocation location, Provenance provenance) {
        return JdbcStore.open(location, provenance, false);
    }

    /** The embedded SQLite store in a folder (created if missing). */
    public static Store openDir(Path dir) {
        return open(StoreLocation.dir(dir));
    }

    /** A store by JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:sqlite:...}). */
    public static Store openJdbc(String url) {
        return open(StoreLocation.jdbc(url));
    }
}
