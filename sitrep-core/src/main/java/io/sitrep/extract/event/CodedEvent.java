package io.sitrep.extract.event;

/**
 * An event read from one sentence by the {@link EventCoder}.
 *
 * @param source    the acting actor, or null
 * @param target    the recipient, or null
 * @param code      CAMEO event code
 * @param verbStart first token of the verb group (sentence-relative)
 * @param verbEnd   token after the verb group
 * @param verb      the words that triggered the code
 * @param rule      the dictionary line or construction that produced it
 * @param negated   the verb group is negated
 * @param mood      hedged, conditional, proposed or asserted, as the verb group and clause show it
 * @param reported  the event is the content of someone's speech in the same sentence
 * @param clauseStart first token of the clause it was read from
 * @param clauseEnd   token after it
 */
public record CodedEvent(ActorMention source, ActorMention target, String code, int verbStart, int verbEnd,
                         String verb, String rule, boolean negated, Mood mood, boolean reported,
                         int clauseStart, int clauseEnd) {
    public enum Mood { ASSERTED, HEDGED, CONDITIONAL, PROPOSED }
}
