package io.sitrep.pipeline;

import java.util.Objects;

/**
 * A typed name for one kind of annotation a stage reads or writes (like CoreNLP's annotation keys).
 * Keys are compared by identity; declare each once as a constant (see {@link Keys}).
 */
public final class Key<T> {
    private final String name;
    private final Class<?> type;

    private Key(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Key<T> of(String name, Class<?> type) {
        return new Key<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
