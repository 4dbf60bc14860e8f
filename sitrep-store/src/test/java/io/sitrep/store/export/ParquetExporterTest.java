package io.sitrep.store.export;

import io.sitrep.store.Filter;
import io.sitrep.store.Store;
import io.sitrep.store.StoredEvent;
import io.sitrep.store.Stores;
import io.sitrep.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParquetExporterTest {
    @Test
    void everyEventBecomesAParquetRowWithItsActorsPlaceAndOffsets(@TempDir Path dir) throws Exception {
        List<StoredEvent> events = new ArrayList<>();
        Path file = dir.resolve("out/events.parquet");
        Files.createDirectories(file.getParent());
        try (Store store = Stores.openDir(dir.resolve("store"))) {
            StoreFixtures.twoOutletsOneStory(store);
            store.forEachEvent(Filter.all(), events::add);
            try (ParquetExporter p = new ParquetExporter(file)) {
                store.forEachEvent(Filter.all(), p::write);
            }
        }
        assertThat(events).isNotEmpty();
        assertThat(Files.size(file)).isPositive();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(events.size());
            }
            try (ResultSet r = s.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + file + "'))")) {
                List<String> cols = new ArrayList<>();
                while (r.next()) {
                    cols.add(r.getString(1));
                }
                assertThat(cols).startsWith("id", "article_id", "story_id", "day").contains("cameo", "plover",
                        "source_code", "target_code", "lat", "lon", "start_offset", "end_offset", "num_mentions").hasSize(39);
            }
            StoredEvent first = events.get(0);
            try (ResultSet r = s.executeQuery("SELECT cameo, source_name, start_offset, end_offset, text FROM read_parquet('"
                    + file + "') WHERE id = " + first.id())) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(first.cameo());
                assertThat(r.getString(2)).isEqualTo(first.sourceName());
                assertThat(r.getInt(3)).isEqualTo(first.start());
                assertThat(r.getInt(4)).isEqualTo(first.end());
                assertThat(r.getString(5)).isEqualTo(first.text());
            }
        }
    }
}
