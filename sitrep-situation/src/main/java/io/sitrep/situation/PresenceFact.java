package io.sitrep.situation;

/**
 * What one sentence says about one foreign actor's presence: at a site, in an area, or in the country
 * at large (both null).
 */
public record PresenceFact(Actor actor, Site site, String area, Evidence evidence) {
}
