package io.sitrep.store.ingest;

import io.sitrep.model.Article;
import io.sitrep.store.ContentHash;
import io.sitrep.store.Store;
import io.sitrep.store.StoreRetry;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells new articles from duplicates before they are analysed or stored: an article is a duplicate when an
 * earlier one of the same run, or one already in the store, has the same normalised content hash
 * ({@link ContentHash}) or the same URL. Thread-safe; one instance per run.
 */
public final class DuplicateFilter {
    private final Store store;
    private final StoreRetry retry;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    /** @param retry how to ride out a database that is briefly unreachable while it asks the store */
    public DuplicateFilter(Store store, StoreRetry retry) {
        this.store = store;
        this.retry = retry;
    }

    /** True the first time an article's content and URL are met and the store has neither; false for a duplicate. */
    public boolean isNew(Article a) {
        String hash = ContentHash.of(a.text());
        String url = a.url() == null || a.url().isBlank() ? null : a.url().strip();
        boolean firstTime = seen.add("h:" + hash) & (url == null || seen.add("u:" + url));
        return firstTime && !retry.call(() -> store.contains(hash, url));
    }
}
