package io.sitrep.resolve;

import io.sitrep.model.Token;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Decides whether a capital names its government ("Moscow rejected the plan", "Moscow's demands", "talks
 * with Moscow") or the city itself ("a strike on Kyiv", "in Kyiv", "Kyiv's mayor"). Returns the cue that
 * made it a government, or null for the city (the default).
 */
final class Metonymy {
    private Metonymy() {
    }

    /** Nouns after a possessive capital that make it the city: "Kyiv's mayor", "Moscow's outskirts". */
    private static final Set<String> CITY_PARTS = Lexicon.set("mayor", "residents", "resident", "streets", "street", "center",
            "centre", "outskirts", "suburbs", "suburb", "airport", "airports", "metro", "subway", "skyline",
            "population", "district", "districts", "neighbourhood", "neighborhood", "neighbourhoods",
            "neighborhoods", "city", "hospitals", "hospital", "buildings", "region", "oblast", "province", "old",
            "historic", "main", "central", "port", "downtown", "outskirt", "municipality", "council", "citizens",
            "inhabitants", "mosque", "cathedral", "university", "stadium", "square", "river", "air", "sky", "skies",
            "northern", "southern", "eastern", "western", "north", "south", "east", "west", "infrastructure",
            "energy", "power", "water", "railway", "station", "bridge", "bridges");
    private static final Set<String> GOVERNMENT_PREPOSITIONS = Lexicon.set("with", "against", "between", "toward",
            "towards", "by");
    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.set("in", "near", "to", "from", "outside", "around",
            "across", "into", "at", "over", "on", "of", "through", "inside", "within", "above", "via");
    /** Verbs whose object is an actor rather than a place: "accused Beijing of", "urged Washington to". */
    private static final Set<String> OBJECT_VERBS = Lexicon.set("accused", "accuses", "accusing", "urged", "urges",
            "urging", "warned", "warns", "pressed", "presses", "criticised", "criticized", "condemned", "blamed",
            "blames", "sanctioned", "sued", "praised", "thanked", "told", "asked", "persuade", "persuaded", "convince",
            "convinced", "trust", "trusted", "trusts", "supported", "backed", "opposed", "defied", "lobbied",
            "informed", "notified", "reassured", "assured", "rebuked", "thanks", "joined", "allied", "befriended",
            "hand", "hands", "handed", "give", "gives", "gave", "offer", "offers", "offered", "grant", "grants",
            "granted", "pushed", "pressured", "pressuring", "lobbying", "courted", "courting");
    private static final Set<String> BE = Lexicon.set("is", "was", "were", "are", "been", "be", "being", "'s");
    private static final Set<String> MODALS = Lexicon.set("has", "have", "had", "will", "would", "could", "can", "may",
            "might", "should", "must", "did", "does", "do", "wo", "'ll", "'d");

    /**
     * @param isCountryAt tells whether a token is part of a mention of a state (for coordinations: "Moscow and
     *                    Washington", "Ankara, Moscow and Tehran")
     */
    static String governmentCue(List<Token> tokens, int first, int end, int sentFirst, int sentEnd,
                                IntPredicate isCountryAt) {
        int prev = first - 1;
        if (prev >= sentFirst && Fold.token(tokens.get(prev).text()).equals("the")) {
            prev--;
        }
        String before = prev >= sentFirst ? Fold.token(tokens.get(prev).text()) : "";
        if (end < sentEnd && Fold.token(tokens.get(end).text()).equals("'s")) {
            if (end + 1 < sentEnd) {
                String owned = Fold.token(tokens.get(end + 1).text());
                if (CITY_PARTS.contains(owned) || tokens.get(end + 1).isCapitalized()) {
                    return null;
                }
            }
            return "possessive";
        }
        if (PLACE_PREPOSITIONS.contains(before)) {
            return null;
        }
        if (OBJECT_VERBS.contains(before)) {
            return "object-of-" + before;
        }
        if (end < sentEnd) {
            String next = Fold.token(tokens.get(end).text());
            int k = end;
            while (k < sentEnd && (tokens.get(k).is("ADV") || Fold.token(tokens.get(k).text()).equals("not"))) {
                k++;
            }
            if (k < sentEnd) {
                Token t = tokens.get(k);
                String f = Fold.token(t.text());
                if (Lexicon.SPEECH_VERBS.contains(f)) {
                    return "subject-of-" + f;
                }
                if (MODALS.contains(f) && k + 1 < sentEnd) {
                    int v = k + 1;
                    while (v < sentEnd && (tokens.get(v).is("ADV") || Fold.token(tokens.get(v).text()).equals("not"))) {
                        v++;
                    }
                    if (v < sentEnd && (tokens.get(v).is("VERB") || tokens.get(v).is("AUX"))
                            && !Fold.token(tokens.get(v).text()).equals("been")) {
                        return "subject";
                    }
                } else if (BE.contains(f) && k + 1 < sentEnd) {
                    String v = Fold.token(tokens.get(k + 1).text());
                    if (tokens.get(k + 1).is("VERB") && v.endsWith("ing")) {
                        return "subject";
                    }
                } else if (t.is("VERB") && !f.endsWith("ing")) {
                    return "subject";
                } else if (t.is("NOUN") && f.length() > 3 && f.endsWith("s") && !f.endsWith("ss") && k + 1 < sentEnd
                        && (tokens.get(k + 1).is("DET") || tokens.get(k + 1).is("PROPN") || tokens.get(k + 1).is("PRON"))) {
                    return "subject"; // "Beijing considers Taiwan ...": a verb the tagger took for a plural noun
                }
            }
            if ((next.equals("and") || next.equals("or") || next.equals(",")) && end + 1 < sentEnd
                    && isCountryAt.test(end + 1)) {
                return "coordination";
            }
        }
        if (GOVERNMENT_PREPOSITIONS.contains(before)) {
            return "object-of-" + before;
        }
        if ((before.equals("and") || before.equals("or") || before.equals(",")) && prev - 1 >= sentFirst
                && isCountryAt.test(prev - 1)) {
            return "coordination";
        }
        return null;
    }
}
