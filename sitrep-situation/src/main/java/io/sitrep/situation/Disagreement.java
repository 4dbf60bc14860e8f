package io.sitrep.situation;

import java.util.List;

/** Claims on one topic from different sources that do not agree, listed side by side. */
public record Disagreement(String topic, List<Evidence> claims) {
    public Disagreement {
        claims = List.copyOf(claims);
    }
}
