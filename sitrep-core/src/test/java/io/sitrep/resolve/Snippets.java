package io.sitrep.resolve;

import io.sitrep.StandardPipeline;
import io.sitrep.model.Article;
import io.sitrep.model.Candidate;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;

import java.util.List;
import java.util.Optional;

/** Runs the standard pipeline on literal snippets and finds entities in the result. */
final class Snippets {
    private static final Pipeline PIPELINE = StandardPipeline.build();

    private Snippets() {
    }

    static Document run(String text) {
        return PIPELINE.run(new Document(new Article("snippet", null, text, null, null, null)));
    }

    static List<Entity> entities(String text) {
        return run(text).get(Keys.ENTITIES);
    }

    static List<Candidate> candidates(String text) {
        return run(text).get(Keys.CANDIDATES);
    }

    /** The entity with a mention whose text is exactly {@code mention}. */
    static Optional<Entity> byMention(List<Entity> entities, String mention) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.text().equals(mention)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Entity> byName(List<Entity> entities, String name, EntityType type) {
        return entities.stream().filter(e -> e.name().equals(name) && e.type() == type).findFirst();
    }
}
