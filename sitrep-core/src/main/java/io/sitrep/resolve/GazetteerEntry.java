package io.sitrep.resolve;

import io.sitrep.model.EntityType;

/**
 * One record of the gazetteer: a country, place, facility, organisation or person.
 *
 * @param ref        stable record id: "country:RUS", "geonames:173576", "facility:hmeimim-air-base", "org:...", "person:..."
 * @param name       canonical name
 * @param kind       PLACE: city, region, facility, water, other; else null
 * @param code       COUNTRY: ISO alpha-3; others: CAMEO actor code or null
 * @param country    ISO alpha-3 the record belongs to or lies in, or null
 * @param role       PERSON: role from the dictionary, or null
 * @param population PLACE: GeoNames population (0 when unknown)
 * @param feature    PLACE: GeoNames feature code (PPLC, PPLA, ADM1, SEA, ...) or null
 * @param operator   FACILITY: ISO alpha-3 of the state that mainly runs it, or null
 * @param validTo    PERSON: last day of the dictionary role ("" or null when current)
 */
public record GazetteerEntry(String ref, String name, EntityType type, String kind, String code, String country,
                             String role, Double lat, Double lon, long population, String feature, String operator,
                             String validTo) {

    public boolean isCapitalCity() {
        return "PPLC".equals(feature);
    }

    public boolean isFacility() {
        return "facility".equals(kind);
    }
}
