package io.sitrep.extract.event;

/**
 * A PETRARCH verb transformation such as {@code ~ a (a b ATTACK) SAY = a b 015}: when an actor {@code a}
 * says/wants/claims that an inner event happened, the pair is coded as one event.
 *
 * @param innerSource "a" (the outer actor), "b", "_" (none) or "." (any)
 * @param innerTarget the same choices for the inner target
 * @param innerCode   the code class of the inner verb (root of the named verb's code), or null for any ("Q")
 * @param outerCode   the default code of the outer verb ("010" for SAY)
 * @param resultSource variable of the result's source
 * @param resultTarget variable of the result's target
 * @param resultCode  the resulting code, or null to keep the inner code ("Q")
 */
record Transformation(String innerSource, String innerTarget, String innerCode, String outerCode,
                      String resultSource, String resultTarget, String resultCode, String line) {
}
