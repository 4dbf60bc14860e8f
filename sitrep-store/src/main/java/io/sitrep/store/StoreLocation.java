package io.sitrep.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: an embedded SQLite store in a folder, or a database named by a JDBC URL
 * ({@code jdbc:postgresql://host/db?user=..&password=..} or {@code jdbc:sqlite:/path/file.db}).
 */
public record StoreLocation(Path dir, String jdbcUrl) {
    /** The default embedded store, {@code ./sitrep-data}. */
    public static final Path DEFAULT_DIR = Path.of("sitrep-data");
    static final String SQLITE_FILE = "sitrep.db";

    public StoreLocation {
        if ((dir == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("give exactly one of a folder or a JDBC URL");
        }
    }

    public static StoreLocation dir(Path dir) {
        return new StoreLocation(Objects.requireNonNull(dir), null);
    }

    public static StoreLocation jdbc(String url) {
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("unsupported JDBC URL (expected jdbc:postgresql:... or jdbc:sqlite:...): " + url);
        }
        return new StoreLocation(null, url);
    }

    /** From the command-line options: {@code --db} wins, then {@code --store}, else the default folder. */
    public static StoreLocation of(Path storeDir, String dbUrl) {
        if (dbUrl != null) {
            return jdbc(dbUrl);
        }
        return dir(storeDir != null ? storeDir : DEFAULT_DIR);
    }

    /** The JDBC URL to connect to. */
    public String url() {
        return jdbcUrl != null ? jdbcUrl : "jdbc:sqlite:" + dir.resolve(SQLITE_FILE).toAbsolutePath();
    }

    public boolean isPostgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    /** The location without credentials, for messages. */
    public String describe() {
        return dir != null ? dir.toString() : jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
