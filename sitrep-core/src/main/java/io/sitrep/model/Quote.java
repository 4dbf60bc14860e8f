package io.sitrep.model;

/**
 * A direct quote.
 *
 * @param text        the quoted words without the marks ({@code text.substring(start, end)} of the article)
 * @param speaker     entity id of the speaker, or null
 * @param speakerName that entity's canonical name, or null
 * @param cue         the speech verb or phrase ("said", "told reporters", "according to"), or null
 * @param rule        the attribution rule that chose the speaker, for explanations
 */
public record Quote(String text, int start, int end, String speaker, String speakerName, String cue, String rule) {
    public Span span() {
        return new Span(start, end);
    }

    public Quote withSpeaker(String id, String name, String newCue, String newRule) {
        return new Quote(text, start, end, id, name, newCue, newRule);
    }
}
