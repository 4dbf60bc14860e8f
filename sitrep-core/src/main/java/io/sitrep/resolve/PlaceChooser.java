package io.sitrep.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses among the gazetteer places a name may denote, in the order the issue fixes: an explicit container
 * in the text ("Latakia, Syria", "Syria's Latakia"), then the countries the document names, then admin
 * level (capital, region, seat of a region) and population. A place is kept only when something speaks for
 * it: its country is named in the document or given as container, or it is prominent (a capital, a sea, a
 * curated region, a city of at least {@value #PROMINENT} people). The rule that decided is returned with the choice.
 */
final class PlaceChooser {
    static final long PROMINENT = 300_000;
    static final long LOCATIVE = 20_000;

    record Choice(GazetteerEntry place, String rule) {
    }

    private PlaceChooser() {
    }

    private static final Set<String> LOCATIVES = Lexicon.set("in", "near", "at", "from", "to", "outside", "around",
            "into", "of", "across", "toward", "towards", "between", "via", "inside", "on");

    /**
     * @param container     ISO3 given by an explicit container, or null
     * @param docCountries  countries named in the document with their mention counts
     * @param locativeBefore the word before the name is a locative preposition
     */
    static Choice choose(List<GazetteerEntry> places, String container, Map<String, Integer> docCountries,
                         boolean locativeBefore) {
        if (places.isEmpty()) {
            return null;
        }
        if (container != null) {
            GazetteerEntry best = best(places, Lexicon.set(container));
            if (best != null) {
                return new Choice(best, "place:container");
            }
        }
        GazetteerEntry inDoc = best(places, docCountries.keySet());
        if (inDoc != null) {
            return new Choice(inDoc, "place:document-country");
        }
        GazetteerEntry top = best(places, null);
        if (isProminent(top)) {
            return new Choice(top, "place:prominence");
        }
        return null;
    }

    static boolean isLocative(String foldedWord) {
        return LOCATIVES.contains(foldedWord);
    }

    static boolean isProminent(GazetteerEntry e) {
        return e.isCapitalCity() || e.population() >= PROMINENT || "water".equals(e.kind())
                || e.isFacility() || e.ref().startsWith("place:") || "ADM1".equals(e.feature()) && e.population() == 0;
    }

    /** The highest-ranked place among those in one of {@code countries} (all when null). */
    static GazetteerEntry best(List<GazetteerEntry> places, Set<String> countries) {
        GazetteerEntry best = null;
        for (GazetteerEntry e : places) {
            if (countries != null && (e.country() == null || !countries.contains(e.country()))) {
                continue;
            }
            if (best == null || rank(e) > rank(best)) {
                best = e;
            }
        }
        return best;
    }

    /** Admin level first (capital, curated region/sea/facility, first-level region, region seat), then population. */
    static double rank(GazetteerEntry e) {
        double level;
        String f = e.feature() == null ? "" : e.feature();
        if (e.isFacility()) {
            level = 6;
        } else if (f.equals("PPLC")) {
            level = 5;
        } else if (e.ref().startsWith("place:") || "water".equals(e.kind())) {
            level = 4;
        } else if (f.equals("ADM1") || f.equals("PPLA")) {
            level = 3;
        } else if (f.startsWith("ADM") || f.equals("PPLA2")) {
            level = 2;
        } else {
            level = 1;
        }
        return level * 1e10 + Math.min(e.population(), 9e9);
    }
}
