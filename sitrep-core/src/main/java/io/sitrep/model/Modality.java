package io.sitrep.model;

import java.util.Locale;

/** How certain a statement or event is, as the text presents it. */
public enum Modality {
    ASSERTED, REPORTED, HEDGED, CONDITIONAL, NEGATED, PROPOSED, DENIED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
