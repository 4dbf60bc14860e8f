package io.sitrep.store;

import io.sitrep.model.Analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The corpus store: every analysed article with its facts (entities and mentions, quotes, claims, events)
 * and their character offsets, grouped into story clusters.
 *
 * <p>Open one with {@link Stores#open(StoreLocation)} (SQLite in a folder, or PostgreSQL by JDBC URL); one
 * instance is thread-safe and should be shared. Writes are idempotent: an article whose normalised content
 * hash (or URL) is already stored is reported as a duplicate and stores nothing. Each call to
 * {@link #putAll(List)} is one transaction: after a crash either all of its articles with all their facts
 * are stored, or none.
 */
public interface Store extends AutoCloseable {

    /** Stores one analysis (one transaction). */
    default PutResult put(Analysis analysis) {
        return putAll(List.of(analysis)).get(0);
    }

    /** Stores analyses in one transaction; one result per analysis, in order. */
    List<PutResult> putAll(List<Analysis> analyses);

    /** Whether an article with this content hash ({@link ContentHash#of}) or this URL (may be null) is stored. */
    boolean contains(String contentHash, String url);

    /** The stored article, with its facts. */
    Optional<StoredArticle> article(long id);

    Page<StoredEvent> events(Filter filter);

    /** Every event that matches (limit and offset ignored), in id order, streamed: for exports. */
    void forEachEvent(Filter filter, Consumer<StoredEvent> sink);

    /** Every stored article with its facts, in id order, streamed: for exports. */
    void forEachArticle(Consumer<StoredArticle> sink);

    Page<StoredQuote> quotes(Filter filter);

    Page<StoredClaim> claims(Filter filter);

    /** Entities aggregated over the corpus: one row per canonical name and type, most mentioned first. */
    Page<EntitySummary> entities(Filter filter);

    /**
     * What an entity (canonical name, or actor code) did, said and underwent, in date order: events where it is
     * source or target, quotes and claims it made.
     */
    Page<TimelineEntry> timeline(String entity, Filter filter);

    /** Story clusters (the same story carried by several articles), largest and latest first. */
    Page<Story> stories(Filter filter);

    Optional<Story> story(long id);

    StoreStats stats();

    /** Where the store lives, for messages (folder or JDBC URL without credentials). */
    String describe();

    @Override
    void close();
}
