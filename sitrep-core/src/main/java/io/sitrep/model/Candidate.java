package io.sitrep.model;

/**
 * A span that a recogniser believes names an entity, before resolution merges candidates into entities.
 * Fields other than the span may be null when the recogniser does not know them.
 *
 * @param name  canonical name proposed (from a gazetteer or the span itself)
 * @param ref   gazetteer record id ("country:RUS", "geonames:173576"); candidates with one ref are one entity
 * @param rule  which recogniser rule proposed it
 * @param score confidence in [0, 1], used to settle overlaps
 */
public record Candidate(int start, int end, String text, EntityType type, String kind, String name, String code,
                        String country, String role, Double lat, Double lon, String ref, String rule, double score) {
    /** Text order: earlier start first, and at the same start the longer span first. */
    public static final java.util.Comparator<Candidate> IN_TEXT_ORDER = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());

    public Span span() {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }
}
