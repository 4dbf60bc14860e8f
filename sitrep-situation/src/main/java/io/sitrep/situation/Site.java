package io.sitrep.situation;

/** A place where a foreign actor is present: a facility, a city or a region, with coordinates when known. */
public record Site(String name, String kind, Double lat, Double lon, String ref) {
    public String key() {
        return ref != null ? ref : name;
    }
}
