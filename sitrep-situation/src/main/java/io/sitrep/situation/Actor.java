package io.sitrep.situation;

/** A foreign actor of the situation: a state (code = ISO alpha-3) or a non-state group (code = CAMEO code or null). */
public record Actor(String name, String code) {
    public String key() {
        return code != null ? code : name;
    }
}
