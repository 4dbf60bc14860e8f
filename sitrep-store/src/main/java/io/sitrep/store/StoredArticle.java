package io.sitrep.store;

import io.sitrep.model.Analysis;

/**
 * A stored article with everything read from it.
 *
 * @param id            the article's id in this store
 * @param storyId       its story cluster
 * @param contentHash   SHA-256 of the normalised text ({@link ContentHash})
 * @param engineVersion the engine version that analysed it
 * @param dictionaries  the dictionary versions that analysis used ("name=version,..."), or null
 * @param ingestedAt    when it was stored (ISO instant, UTC)
 * @param analysis      the analysis as it was stored: article text and metadata, entities with mentions,
 *                      quotes, claims and events with their offsets
 */
public record StoredArticle(long id, long storyId, String contentHash, String engineVersion, String dictionaries,
                            String ingestedAt, Analysis analysis) {
}
