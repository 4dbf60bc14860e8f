package io.sitrep.resolve;

/**
 * One way a phrase names a gazetteer record: as its name, an alias, a demonym ("Turkish"), a capital
 * ("Moscow" for Russia), a seat of power ("the Kremlin") or the surname of a dictionary person ("Putin"),
 * which counts only when the phrase names nothing else.
 *
 * @param exactCase the phrase is an acronym ("US", "IS") and matches only text written in capitals
 */
public record PhraseHit(GazetteerEntry entry, Sense sense, boolean exactCase) {
    public enum Sense { NAME, ALIAS, DEMONYM, CAPITAL, SEAT, SURNAME }
}
