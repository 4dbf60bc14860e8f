package io.sitrep.store;

/** A stored direct quote; {@code day} is the article's publication date; offsets point into the article text. */
public record StoredQuote(long articleId, int ord, String day, String speakerId, String speakerName, String cue,
                          String text, int start, int end, String url, String title) {
}
