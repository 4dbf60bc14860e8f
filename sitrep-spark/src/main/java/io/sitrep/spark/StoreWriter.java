package io.sitrep.spark;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.store.Provenance;
import io.sitrep.store.PutResult;
import io.sitrep.store.Store;
import io.sitrep.store.StoreLocation;
import io.sitrep.store.StoreRetry;
import io.sitrep.store.Stores;
import io.sitrep.store.ingest.DuplicateFilter;
import io.sitrep.store.ingest.Ingester;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Stores one partition of analysed rows ({@link AnalysisRows#SCHEMA}) in the PostgreSQL store, on the executor
 * that holds it: one store connection per partition, opened without migrating (the driver migrated the schema
 * before the job), the articles in transactions of {@code batchSize} ({@link Store#putAll}). An article the
 * store already has, or that came earlier in the partition (same normalised content or URL,
 * {@link DuplicateFilter}, as {@code sitrep ingest} decides), is counted as a duplicate and not written; rows of
 * refused inputs are skipped. The counts go to two accumulators the driver reads when the job is done.
 */
public final class StoreWriter implements ForeachPartitionFunction<Row> {
    private static final long serialVersionUID = 1L;

    private final String jdbcUrl;
    private final int batchSize;
    private final LongAccumulator stored;
    private final LongAccumulator duplicates;

    public StoreWriter(String jdbcUrl, int batchSize, LongAccumulator stored, LongAccumulator duplicates) {
        this.jdbcUrl = jdbcUrl;
        this.batchSize = Math.max(1, batchSize);
        this.stored = stored;
        this.duplicates = duplicates;
    }

    @Override
    public void call(Iterator<Row> rows) {
        if (!rows.hasNext()) {
            return;
        }
        StoreRetry retry = new StoreRetry(Ingester.DEFAULT_RETRY);
        try (Store store = Stores.openMigrated(StoreLocation.jdbc(jdbcUrl), Provenance.current())) {
            DuplicateFilter filter = new DuplicateFilter(store, retry);
            List<Analysis> batch = new ArrayList<>(batchSize);
            while (rows.hasNext()) {
                Row row = rows.next();
                if (row.getAs("error") != null) {
                    continue;
                }
                Article article = AnalysisRows.toArticle(row);
                if (!filter.isNew(article)) {
                    duplicates.add(1);
                    continue;
                }
                batch.add(AnalysisRows.toAnalysis(row));
                if (batch.size() == batchSize) {
                    write(store, retry, batch);
                }
            }
            write(store, retry, batch);
        }
    }

    private void write(Store store, StoreRetry retry, List<Analysis> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (PutResult r : retry.call(() -> store.putAll(batch))) {
            (r.stored() ? stored : duplicates).add(1);
        }
        batch.clear();
    }
}
