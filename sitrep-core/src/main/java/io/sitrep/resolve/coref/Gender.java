package io.sitrep.resolve.coref;

import io.sitrep.model.Entity;
import io.sitrep.model.Mention;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A person's grammatical gender as far as the text and common given names tell it. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Map<String, Gender> NAMES = load();
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir",
            "father", "brother", "abu", "spokesman", "chairman", "congressman", "businessman", "ayatollah", "sultan");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady",
            "queen", "princess", "sister", "umm", "spokeswoman", "chairwoman", "congresswoman", "businesswoman");

    public boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** From titles in the person's mentions and role, then from the given name. */
    public static Gender of(Entity person, String text) {
        for (Mention m : person.mentions()) {
            Gender g = fromTitle(firstWord(m.text()));
            if (g != UNKNOWN) {
                return g;
            }
        }
        if (person.role() != null) {
            for (String w : person.role().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                Gender g = fromTitle(w);
                if (g != UNKNOWN) {
                    return g;
                }
            }
        }
        for (String w : person.name().split("\\s+")) {
            Gender g = NAMES.get(w.toLowerCase(Locale.ROOT));
            if (g != null) {
                return g;
            }
            if (!fromTitle(w.toLowerCase(Locale.ROOT)).equals(UNKNOWN)) {
                return fromTitle(w.toLowerCase(Locale.ROOT));
            }
        }
        return UNKNOWN;
    }

    /** The gender of a pronoun ("he", "her"), or null when the word is not a gendered pronoun. */
    public static Gender ofPronoun(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> null;
        };
    }

    private static Gender fromTitle(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return MALE_TITLES.contains(l) ? MALE : FEMALE_TITLES.contains(l) ? FEMALE : UNKNOWN;
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> m = new HashMap<>();
        for (String line : Lexicon.lines(Gender.class, "first-names.txt")) {
            String[] p = line.split("\\s+");
            m.put(p[1], p[0].equals("f") ? FEMALE : MALE);
        }
        return Map.copyOf(m);
    }
}
