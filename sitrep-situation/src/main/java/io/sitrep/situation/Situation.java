package io.sitrep.situation;

import java.time.LocalDate;
import java.util.List;

/** The situation picture of one country, as it stood at {@code asOf} (null: with all evidence). */
public record Situation(String country, LocalDate asOf, List<Presence> presence, List<Statement> statements,
                        List<Disagreement> disagreements) {
    public Situation {
        presence = List.copyOf(presence);
        statements = List.copyOf(statements);
        disagreements = List.copyOf(disagreements);
    }
}
