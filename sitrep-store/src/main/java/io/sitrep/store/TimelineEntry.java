package io.sitrep.store;

/**
 * One dated line of an entity's timeline.
 *
 * @param kind        "event", "quote" or "claim"
 * @param role        "source" or "target" for an event, "speaker" for a quote or claim
 * @param code        CAMEO code of an event, else null
 * @param plover      PLOVER category of an event, else null
 * @param counterpart the other actor of an event, else null
 * @param text        the sentence, quote or claim
 */
public record TimelineEntry(String day, String kind, String role, long articleId, String code, String plover,
                            String modality, String counterpart, String text, int start, int end, String url) {
}
