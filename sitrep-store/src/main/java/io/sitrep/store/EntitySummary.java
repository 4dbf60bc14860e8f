package io.sitrep.store;

/**
 * An entity over the whole corpus: all per-article entities with the same canonical name and type.
 *
 * @param articles  articles that mention it
 * @param mentions  mentions over all articles
 * @param firstSeen earliest publication date among them, or null
 * @param lastSeen  latest publication date among them, or null
 */
public record EntitySummary(String name, String type, String kind, String code, String country, Double lat,
                            Double lon, int articles, int mentions, String firstSeen, String lastSeen) {
}
