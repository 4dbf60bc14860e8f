package io.sitrep.store;

/**
 * What {@link Store#putAll} did with one analysis.
 *
 * @param articleId the stored article's id (the existing one for a duplicate, when known)
 * @param storyId   the story cluster the article belongs to
 * @param stored    true when the article was new and is now stored, false for a duplicate
 */
public record PutResult(long articleId, long storyId, boolean stored) {
    public boolean duplicate() {
        return !stored;
    }
}
