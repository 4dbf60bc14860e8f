package io.sitrep.store;

/** A stored claim (reported speech); {@code day} is the article's publication date. */
public record StoredClaim(long articleId, int ord, String day, String speakerId, String speakerName, String cue,
                          String modality, String text, int start, int end, String url, String title) {
}
