package io.sitrep.store;

/**
 * A stored event with its actors, place and provenance. With {@link Filter#perStory()} one row stands for all
 * events of the same story, source, target and code, and the counts say how many it stands for.
 *
 * @param day         the event's date when the text gives a full one, else the article's publication date
 * @param date        the date as read from the text, possibly partial ("2025-02"), or null
 * @param root        whether it was read from the article's lead paragraph (GDELT IsRootEvent)
 * @param numMentions GDELT NumMentions: events with the same story, actors and code
 * @param numSources  GDELT NumSources: distinct outlets among them
 * @param numArticles GDELT NumArticles: distinct articles among them
 */
public record StoredEvent(long id, long articleId, long storyId, String day, String date, String dateRule,
                          String cameo, String plover, int quadClass, double goldstein, String modality,
                          String sourceId, String sourceName, String sourceCode, String sourceCountry,
                          String targetId, String targetName, String targetCode, String targetCountry,
                          String placeId, String placeName, String placeKind, String placeCountry, String placeRef,
                          Double lat, Double lon, int start, int end, boolean root, String text, String verb,
                          String url, String title, String outlet, String published, String ingestedAt,
                          int numMentions, int numSources, int numArticles) {

    /** The same event with the counts of its story group. */
    public StoredEvent withCounts(int mentions, int sources, int articles) {
        return new StoredEvent(id, articleId, storyId, day, date, dateRule, cameo, plover, quadClass, goldstein,
                modality, sourceId, sourceName, sourceCode, sourceCountry, targetId, targetName, targetCode,
                targetCountry, placeId, placeName, placeKind, placeCountry, placeRef, lat, lon, start, end, root, text,
                verb, url, title, outlet, published, ingestedAt, mentions, sources, articles);
    }
}
