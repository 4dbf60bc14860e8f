package io.sitrep.pipeline;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working state of one article as it moves through the pipeline: a map from {@link Key} to an
 * immutable value. Stages read what they declared they need and put what they declared they provide.
 */
public final class Document {
    private final Map<Key<?>, Object> values = new IdentityHashMap<>();

    public Document(Article article) {
        values.put(Keys.ARTICLE, article);
    }

    public Article article() {
        return get(Keys.ARTICLE);
    }

    public String text() {
        return article().text();
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("annotation '" + key + "' is not present; a stage that provides it must run first");
        }
        return (T) v;
    }

    @SuppressWarnings("unchecked")
    public <T> T getOrDefault(Key<T> key, T fallback) {
        Object v = values.get(key);
        return v == null ? fallback : (T) v;
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    public <T> void put(Key<T> key, T value) {
        if (value != null && !key.type().isInstance(value)) {
            throw new IllegalArgumentException(key + " expects " + key.type().getSimpleName());
        }
        values.put(key, value);
    }

    /** The result as the contract describes it; absent lists are empty. */
    public Analysis toAnalysis() {
        return new Analysis(article(), getOrDefault(Keys.ENTITIES, List.of()), getOrDefault(Keys.QUOTES, List.of()),
                getOrDefault(Keys.CLAIMS, List.of()), getOrDefault(Keys.EVENTS, List.of()));
    }
}
