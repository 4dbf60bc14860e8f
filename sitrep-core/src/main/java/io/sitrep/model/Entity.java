package io.sitrep.model;

import java.util.List;

/**
 * A resolved real-world actor or place: one per thing, with all its mentions.
 *
 * @param id       stable within the document ("e1", "e2", ...)
 * @param name     canonical name ("Murhaf Abu Qasra", "Russia", "Tartus")
 * @param type     PERSON, COUNTRY, ORGANIZATION, GROUP or PLACE
 * @param kind     PLACE only: city, region, facility, water or other
 * @param code     COUNTRY: ISO alpha-3; others: CAMEO actor code where one applies
 * @param country  ISO alpha-3 of the state the entity belongs to or lies in
 * @param role     PERSON: role as stated in the text
 * @param lat      PLACE: latitude, else null
 * @param lon      PLACE: longitude, else null
 * @param mentions every mention, in text order
 * @param ref      the gazetteer record the entity was resolved to ("geonames:173576", "facility:hmeimim"), or null
 */
public record Entity(String id, String name, EntityType type, String kind, String code, String country,
                     String role, Double lat, Double lon, List<Mention> mentions, String ref) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    public Entity withId(String newId) {
        return new Entity(newId, name, type, kind, code, country, role, lat, lon, mentions, ref);
    }

    public Entity withMentions(List<Mention> newMentions) {
        return new Entity(id, name, type, kind, code, country, role, lat, lon, newMentions, ref);
    }

    public Entity withCode(String newCode) {
        return new Entity(id, name, type, kind, newCode, country, role, lat, lon, mentions, ref);
    }

    public boolean isActor() {
        return type != EntityType.PLACE;
    }
}
