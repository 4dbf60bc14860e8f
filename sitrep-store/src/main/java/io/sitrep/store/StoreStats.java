package io.sitrep.store;

/** Row counts of a store. */
public record StoreStats(long articles, long stories, long entities, long mentions, long quotes, long claims,
                         long events) {
}
