package io.sitrep.resolve;

import io.sitrep.model.EntityType;

import java.util.Map;
import java.util.Set;

/**
 * One canonical name per state body, however the text writes it. The convention:
 * <ul>
 *   <li>a government is "Government of" + the state's common name: "the Philippine government", "Manila's
 *       government" → "Government of the Philippines";</li>
 *   <li>a ministry is the state's adjective + "Ministry of" + its portfolio in the official English form that
 *       most governments use: "Russia's foreign ministry", "the Russian Foreign Ministry", "Russia's Ministry of
 *       Foreign Affairs" → "Russian Ministry of Foreign Affairs"; "Defense Ministry" → "Ministry of Defence";</li>
 *   <li>any other descriptive body (lower-case words after the state: "US military", "Russian authorities",
 *       "Syria's army") is the state's adjective + the body as written: "United States military";</li>
 *   <li>proper names stay as they are ("Israel Defense Forces", "Ukrainian Air Force", "Foreign Office",
 *       "Pentagon"): they are names, not descriptions.</li>
 * </ul>
 * The state's adjective is its first demonym ("Russian"), or the text's own demonym when it wrote one
 * ("Philippine Navy"), or the common name where the state's name is its own adjective ("United States").
 */
final class StateBodyNames {
    /** Portfolios whose official English name differs from the word before "ministry". */
    private static final Map<String, String> PORTFOLIOS = Map.of("foreign", "Foreign Affairs", "defense", "Defence",
            "defence", "Defence", "home", "Home Affairs", "external", "External Affairs");
    /** The possessive endings a tokenizer splits off a name ("Syria's", "Syria’s", "Jesus'"). */
    static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");

    private StateBodyNames() {
    }

    /** The canonical name of a body of state iso3 named {@code name}; the name itself when it is a proper name. */
    static String canonical(String name, String iso3, Gazetteer gazetteer) {
        if (name == null || iso3 == null) {
            return name;
        }
        String[] words = name.trim().split("\\s+");
        int prefix = 0;
        boolean demonymOnly = false;
        for (int len = Math.min(3, words.length - 1); len >= 1 && prefix == 0; len--) {
            String p = String.join(" ", java.util.Arrays.copyOf(words, len));
            for (String s : POSSESSIVES) {
                if (p.endsWith(s)) {
                    p = p.substring(0, p.length() - s.length());
                    break;
                }
            }
            boolean asName = false;
            boolean asDemonym = false;
            for (PhraseHit h : gazetteer.index().get(PhraseIndex.key(p))) {
                if (h.entry().type() == EntityType.COUNTRY && iso3.equals(h.entry().code())) {
                    if (h.sense() == PhraseHit.Sense.DEMONYM) {
                        asDemonym = true;
                    } else if (h.sense() == PhraseHit.Sense.NAME || h.sense() == PhraseHit.Sense.ALIAS) {
                        asName = true;
                    }
                }
            }
            if (asName || asDemonym) {
                prefix = len;
                demonymOnly = asDemonym && !asName;
            }
        }
        if (prefix == 0) {
            return name;
        }
        String written = String.join(" ", java.util.Arrays.copyOf(words, prefix));
        String adjective = demonymOnly ? NameRecognizer.titleCase(written) : gazetteer.attributive(iso3);
        String[] body = java.util.Arrays.copyOfRange(words, prefix, words.length);
        String last = Fold.token(body[body.length - 1]);
        if (body.length == 1 && last.equals("government")) {
            return "Government of " + gazetteer.nameAfterOf(iso3);
        }
        if (last.equals("ministry") && body.length >= 2) {
            return adjective + " Ministry of " + portfolio(java.util.Arrays.copyOf(body, body.length - 1));
        }
        if (body.length >= 3 && Fold.token(body[0]).equals("ministry") && Fold.token(body[1]).equals("of")) {
            return adjective + " Ministry of " + portfolio(java.util.Arrays.copyOfRange(body, 2, body.length));
        }
        for (String w : body) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return name; // a proper name: "Israel Defense Forces", "Ukrainian Air Force"
            }
        }
        return adjective + " " + String.join(" ", body);
    }

    private static String portfolio(String[] words) {
        if (words.length == 1) {
            String p = PORTFOLIOS.get(Fold.token(words[0]));
            if (p != null) {
                return p;
            }
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String f = Fold.token(w);
            b.append(b.length() > 0 ? " " : "").append(f.equals("defense") ? "Defence"
                    : f.equals("and") || f.equals("of") || f.equals("the") ? f : NameRecognizer.titleCase(f));
        }
        return b.toString();
    }
}
