package io.sitrep.extract.event;

/**
 * An actor found in a sentence, as token indices relative to the sentence.
 *
 * @param start  first token
 * @param end    token after the last
 * @param code   CAMEO actor code ("SYRGOV", "---GOV" for an agent of unknown country), or null
 * @param entity the entity id it is a mention of, or null (eval mode)
 * @param agentOnly true when the mention is a bare role noun ("officials") without a country
 */
public record ActorMention(int start, int end, String code, String entity, boolean agentOnly) {
    public ActorMention withCode(String newCode) {
        return new ActorMention(start, end, newCode, entity, agentOnly);
    }
}
