package io.sitrep.cli;

import io.sitrep.store.StoreLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --store DIR} and {@code --db JDBC_URL}, shared by every command that reads or writes the store. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Embedded store folder (SQLite). Default: ./sitrep-data")
    Path store;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database instead of the embedded store, e.g. jdbc:postgresql://host/db?user=u&password=p")
    String db;

    public StoreLocation location() {
        return StoreLocation.of(store, db);
    }
}
