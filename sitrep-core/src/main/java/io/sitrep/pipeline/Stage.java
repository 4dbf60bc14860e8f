package io.sitrep.pipeline;

import java.util.Set;

/**
 * One step of the analysis. A stage declares the annotations it needs and those it provides; the
 * {@link Pipeline} checks once, when it is assembled, that every need is met by an earlier stage.
 * Stages must be thread-safe: one instance serves all documents (load models and dictionaries once).
 */
public interface Stage {
    /** A short name for messages and timings. */
    default String name() {
        return getClass().getSimpleName();
    }

    Set<Key<?>> requires();

    Set<Key<?>> provides();

    void process(Document doc);
}
