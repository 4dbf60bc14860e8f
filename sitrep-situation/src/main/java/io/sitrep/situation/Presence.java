package io.sitrep.situation;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the situation picture: a foreign actor at a site or in an area, its current status, and the
 * evidence and history behind it.
 *
 * @param since   earliest evidence (an explicit "since 2015" when the text gives one, else the earliest article)
 * @param updated latest evidence
 * @param history the status after each dated article, oldest first
 */
public record Presence(Actor actor, Site site, String area, PresenceStatus status, String since, LocalDate updated,
                       List<Evidence> evidence, List<StatusChange> history) {
    public Presence {
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
    }

    /** The status as it stood after the evidence of one date. */
    public record StatusChange(LocalDate date, PresenceStatus status, String article) {
    }

    public String topic() {
        String where = site != null ? " at " + site.name() : area != null ? " in " + area : "";
        return actor.name() + (actor.name().endsWith("s") ? "' presence" : "'s presence") + where;
    }
}
