package io.sitrep.model;

import java.util.List;

/** Everything the engine read from one article. */
public record Analysis(Article article, List<Entity> entities, List<Quote> quotes, List<Claim> claims,
                       List<Event> events) {
    public Analysis {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }

    public Entity entity(String id) {
        if (id == null) {
            return null;
        }
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }
}
