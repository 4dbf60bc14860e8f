package io.sitrep.model;

/**
 * A coded event: who did what to whom, when and where.
 *
 * @param source     entity id of the actor, or null
 * @param target     entity id of the recipient, or null
 * @param cameo      CAMEO event code ("043", "190")
 * @param plover     PLOVER category ("CONSULT"), or null
 * @param date       ISO date or partial date ("2015", "2025-02"), or null
 * @param dateRule   how the date was found ("explicit: in 2015", "publication date")
 * @param place      entity id of the place, or null
 * @param modality   asserted, reported, hedged, conditional, negated, proposed
 * @param start      start of the sentence or clause it was read from
 * @param end        its end
 * @param sourceCode CAMEO actor code of the source ("SYRGOV"), or null
 * @param targetCode CAMEO actor code of the target, or null
 * @param quadClass  GDELT QuadClass 1..4, or 0 when unknown
 * @param goldstein  Goldstein scale value
 * @param verb       the verb or phrase that triggered the code
 */
public record Event(String source, String target, String cameo, String plover, String date, String dateRule,
                    String place, Modality modality, int start, int end, String sourceCode, String targetCode,
                    int quadClass, double goldstein, String verb) {
    public Span span() {
        return new Span(start, end);
    }

    /** PLOVER's mode for this event's modality: "negated", "hypothetical", "future", or null. */
    public String ploverMode() {
        if (modality == null) {
            return null;
        }
        return switch (modality) {
            case NEGATED, DENIED -> "negated";
            case HEDGED, CONDITIONAL -> "hypothetical";
            case PROPOSED -> "future";
            default -> null;
        };
    }
}
