package io.sitrep.extract.event;

/**
 * One element of a verb pattern.
 *
 * @param kind  what it matches
 * @param word  the upper-case word (WORD, PREP) or the synonym-set name (SYNSET), else null
 * @param exact WORD only: no plural or inflected form
 * @param glued must touch its neighbour on the verb's side (the verb itself or the element between)
 * @param inPrep belongs to a prepositional phrase: it may not be looked for beyond another preposition
 */
record PatternElement(Kind kind, String word, boolean exact, boolean glued, boolean inPrep, String plural) {
    PatternElement(Kind kind, String word, boolean exact, boolean glued, boolean inPrep) {
        this(kind, word, exact, glued, inPrep, word == null ? null : DictionaryLines.plural(word));
    }

    /** PHRASE is {@code ^}: any noun phrase. */
    enum Kind { WORD, PREP, SYNSET, SOURCE, TARGET, COMPOUND, PHRASE }

    int weight() {
        return switch (kind) {
            case WORD, SYNSET -> 2;
            case PREP -> 1;
            default -> 1;
        };
    }
}
