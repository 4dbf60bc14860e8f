package io.sitrep.situation;

import java.util.Locale;

/**
 * The status of a foreign actor's presence at a site or in an area. When one piece of evidence carries
 * several cues, the one with the highest {@link #weight()} wins ("troops stationed there ... their
 * presence is under negotiation" is negotiating; "denied it was withdrawing" is denied).
 */
public enum PresenceStatus {
    UNKNOWN(0), PRESENT(1), PROPOSED(2), NEGOTIATING(3), WITHDRAWING(4), WITHDRAWN(5), DENIED(6);

    private final int weight;

    PresenceStatus(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PresenceStatus strongest(PresenceStatus a, PresenceStatus b) {
        return a.weight >= b.weight ? a : b;
    }
}
