package io.sitrep.resolve;

import io.sitrep.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The engine's dictionaries, loaded once: countries (names, aliases, demonyms, capitals), seats of power,
 * GeoNames places, military facilities, organisations, persons and CAMEO agent words, all compiled into one
 * {@link PhraseIndex}. The tables are the derived files under {@code io/sitrep/gazetteer/} (see
 * data-build/gazetteer/README.md); a missing table is simply empty.
 */
public final class Gazetteer {
    static final String RESOURCES = "/io/sitrep/gazetteer/";
    private final PhraseIndex index = new PhraseIndex();
    private final Map<String, GazetteerEntry> countries = new HashMap<>();
    private final Map<String, GazetteerEntry> persons = new HashMap<>();
    /** First words of dictionary "persons" that are no given names (units, titles, place prefixes). */
    private static final java.util.Set<String> NOT_GIVEN_NAMES = Lexicon.set("human", "sea", "san", "santa", "saint",
            "islamic", "air", "land", "arab", "african", "asian", "european", "american", "islamist", "jihadist",
            "muslim", "christian", "jewish", "catholic", "sunni", "shia", "shiite", "royal", "grand", "great",
            "holy", "free", "united", "unknown", "unidentified", "anonymous", "mount", "port", "fort", "lake",
            "cape", "north", "south", "east", "west", "central");
    private final Map<String, String> demonyms = new HashMap<>();
    /** A state's adjective in the names of its bodies: its first demonym, or its name where a name form is also a demonym ("US"). */
    private final Map<String, String> attributives = new HashMap<>();
    /** States whose name takes "the" ("the Philippines", "the United Kingdom"). */
    private final java.util.Set<String> definite = new java.util.HashSet<>();
    private final Map<String, String> agents = new HashMap<>();
    private final java.util.Set<String> givenNames = new java.util.HashSet<>();
    private final Map<String, Long> capitalPopulation = new HashMap<>();
    private final Map<String, String> sovereign = new HashMap<>();
    private final java.util.Set<String> integral = new java.util.HashSet<>();

    private static final class Standard {
        static final Gazetteer INSTANCE = load(Gazetteer::resource);
    }

    /** The gazetteer built from the bundled tables (loaded on first use, then shared). */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** A gazetteer from literal tables (file name → TSV text), for tests and tools. */
    public static Gazetteer of(Map<String, String> tables) {
        return load(name -> tables.containsKey(name) ? new BufferedReader(new StringReader(tables.get(name))) : null);
    }

    private static BufferedReader resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(
                name.equals("territories.tsv") ? "/io/sitrep/resolve/territories.tsv" : RESOURCES + name);
        if (in == null) {
            return null;
        }
        try {
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer table " + name, e);
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        return new BufferedReader(r, 1 << 16);
    }

    static Gazetteer load(Function<String, BufferedReader> open) {
        Gazetteer g = new Gazetteer();
        g.readCountries(rows(open, "countries.tsv"));
        for (String[] r : rows(open, "seats.tsv")) {
            GazetteerEntry c = g.countries.get(col(r, 1));
            if (c != null) {
                g.index.add(col(r, 0), c, PhraseHit.Sense.SEAT);
            }
        }
        for (String[] r : rows(open, "territories.tsv")) {
            g.sovereign.put(col(r, 0), col(r, 1));
            if (col(r, 2).equals("1")) {
                g.integral.add(col(r, 0));
            }
        }
        g.readPlaces(rows(open, "places.tsv.gz"));
        g.readPlaces(rows(open, "places.tsv"));
        g.readFacilities(rows(open, "facilities.tsv"));
        g.readOrganizations(rows(open, "organizations.tsv"));
        g.readPersons(rows(open, "persons.tsv"));
        for (String[] r : rows(open, "agents.tsv")) {
            if (!col(r, 0).isEmpty() && !col(r, 1).isEmpty()) {
                g.agents.putIfAbsent(String.join(" ", words(Fold.token(col(r, 0)))), col(r, 1));
            }
        }
        return g;
    }

    public PhraseIndex index() {
        return index;
    }

    /** The dictionary record of a person or country ref ("person:vladimir-putin", "country:RUS"), or null. */
    public GazetteerEntry entry(String ref) {
        if (ref == null) {
            return null;
        }
        return ref.startsWith("country:") ? countries.get(ref.substring(8)) : persons.get(ref);
    }

    /** The population of a state's capital: ranks states sharing a demonym ("American", "French"). */
    public long capitalPopulation(String iso3) {
        return capitalPopulation.getOrDefault(iso3, 0L);
    }

    /** The sovereign state of a dependent territory (HKG → CHN, FLK → GBR), or null for a state. */
    public String sovereignOf(String iso3) {
        return sovereign.get(iso3);
    }

    /** The state a territory's places count as lying in: the sovereign for integral parts (HKG → CHN), else itself. */
    public String placeCountryOf(String territory) {
        return integral.contains(territory) ? sovereign.get(territory) : territory;
    }

    /** The COUNTRY record of an ISO alpha-3 code, or null. */
    public GazetteerEntry country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    /** The first demonym of a country ("Russian" for RUS), or its name when none is known. */
    public String demonym(String iso3) {
        String d = demonyms.get(iso3);
        if (d != null) {
            return d;
        }
        GazetteerEntry c = countries.get(iso3);
        return c == null ? iso3 : c.name();
    }

    /**
     * The adjective a state's bodies are named with: "Russian" (Russian Ministry of Defence), but the common name
     * where the dictionary lists a name form as a demonym too ("US" → "United States military").
     */
    public String attributive(String iso3) {
        String a = attributives.get(iso3);
        return a != null ? a : demonym(iso3);
    }

    /** The common name as it follows a preposition: "the Philippines", "Ireland". */
    public String nameAfterOf(String iso3) {
        GazetteerEntry c = countries.get(iso3);
        String name = c == null ? iso3 : c.name();
        return definite.contains(iso3) ? "the " + name : name;
    }

    /**
     * The CAMEO agent code of a role ("Defence Minister" → "GOV"): the longest agent phrase of the PETRARCH
     * agents dictionary that occurs as whole words in the role, or null.
     */
    public String agentCode(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        List<String> w = words(Fold.token(role));
        String best = null;
        int bestLength = 0;
        for (int i = 0; i < w.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int j = i; j < w.size() && j < i + 6; j++) {
                phrase.append(j > i ? " " : "").append(w.get(j));
                String code = agents.get(phrase.toString());
                if (code != null && phrase.length() > bestLength) {
                    best = code;
                    bestLength = phrase.length();
                }
            }
        }
        return best;
    }

    /** Words of folded text: runs of letters, digits and apostrophes. */
    private static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean in = i < folded.length() && (Character.isLetterOrDigit(folded.charAt(i)) || folded.charAt(i) == '\'');
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private void readCountries(List<String[]> rows) {
        // iso3 iso2 name official lat lon aliases demonyms capitals
        for (String[] r : rows) {
            String iso3 = col(r, 0);
            if (iso3.length() != 3) {
                continue;
            }
            GazetteerEntry e = new GazetteerEntry("country:" + iso3, col(r, 2), EntityType.COUNTRY, null, iso3, iso3,
                    null, num(col(r, 4)), num(col(r, 5)), 0, null, null, null);
            countries.put(iso3, e);
            index.add(col(r, 2), e, PhraseHit.Sense.NAME);
            index.add(col(r, 3), e, PhraseHit.Sense.ALIAS);
            for (String a : list(col(r, 6))) {
                index.add(a, e, PhraseHit.Sense.ALIAS);
            }
            List<String> dem = list(col(r, 7));
            List<String> aliases = list(col(r, 6));
            if (!dem.isEmpty()) {
                demonyms.put(iso3, dem.get(0));
                boolean nameIsAdjective = dem.stream().anyMatch(aliases::contains);
                attributives.put(iso3, nameIsAdjective ? col(r, 2) : dem.get(0));
            }
            if (aliases.contains("the " + col(r, 2))) {
                definite.add(iso3);
            }
            for (String d : dem) {
                index.add(d, e, PhraseHit.Sense.DEMONYM);
            }
            for (String c : list(col(r, 8))) {
                index.add(c, e, PhraseHit.Sense.CAPITAL);
                // "Washington, D.C." / "Washington D.C." is also "Washington"
                String head = c.contains(",") ? c.substring(0, c.indexOf(',')) : c;
                int sp = head.lastIndexOf(' ');
                if (sp > 0 && Fold.isAcronym(head.substring(sp + 1)) && head.endsWith(".")) {
                    head = head.substring(0, sp);
                }
                if (!head.equals(c)) {
                    index.add(head.strip(), e, PhraseHit.Sense.CAPITAL);
                }
            }
        }
    }

    private void readPlaces(List<String[]> rows) {
        // geonameid name asciiname alternates iso3 kind featurecode admin1 population lat lon
        for (String[] r : rows) {
            String name = col(r, 1);
            if (name.isEmpty()) {
                continue;
            }
            String id = col(r, 0);
            String ascii = col(r, 2);
            String iso = col(r, 4);
            iso = integral.contains(iso) ? sovereign.get(iso) : iso; // Hong Kong's districts lie in China
            String canonical = ascii.isEmpty() || isAscii(name) ? name : ascii;
            GazetteerEntry e = new GazetteerEntry(id.isEmpty() ? "place:" + slug(name) : "geonames:" + id, canonical, EntityType.PLACE, blankToNull(col(r, 5)),
                    null, blankToNull(iso), null, num(col(r, 9)), num(col(r, 10)), longNum(col(r, 8)),
                    blankToNull(col(r, 6)), null, null);
            if ("PPLC".equals(e.feature()) && !col(r, 4).isEmpty()) {
                capitalPopulation.merge(col(r, 4), e.population(), Math::max);
            }
            index.add(name, e, PhraseHit.Sense.NAME);
            index.add(col(r, 2), e, PhraseHit.Sense.NAME);
            for (String a : list(col(r, 3))) {
                index.add(a, e, PhraseHit.Sense.ALIAS);
            }
        }
    }

    private void readFacilities(List<String[]> rows) {
        // name aliases kind iso3 lat lon operator source
        for (String[] r : rows) {
            String name = col(r, 0);
            if (name.isEmpty()) {
                continue;
            }
            GazetteerEntry e = new GazetteerEntry("facility:" + slug(name), name, EntityType.PLACE, "facility", null,
                    blankToNull(col(r, 3)), null, num(col(r, 4)), num(col(r, 5)), 0, col(r, 2), blankToNull(col(r, 6)), null);
            index.add(name, e, PhraseHit.Sense.NAME);
            for (String a : list(col(r, 1))) {
                index.add(a, e, PhraseHit.Sense.ALIAS);
            }
        }
    }

    private void readOrganizations(List<String[]> rows) {
        // name aliases type iso3 cameo source
        for (String[] r : rows) {
            String name = col(r, 0);
            if (name.isEmpty()) {
                continue;
            }
            EntityType type = "GROUP".equalsIgnoreCase(col(r, 2)) ? EntityType.GROUP : EntityType.ORGANIZATION;
            GazetteerEntry e = new GazetteerEntry("org:" + slug(name), name, type, null, blankToNull(col(r, 4)),
                    blankToNull(col(r, 3)), null, null, null, 0, null, null, null);
            index.add(name, e, PhraseHit.Sense.NAME);
            for (String a : list(col(r, 1))) {
                index.add(a, e, PhraseHit.Sense.ALIAS);
            }
        }
    }

    private void readPersons(List<String[]> rows) {
        // name aliases role iso3 cameo valid_from valid_to source; one row per (person, role): keep the latest role
        Map<String, String[]> latest = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String[] r : rows) {
            String name = col(r, 0);
            if (name.isEmpty()) {
                continue;
            }
            String[] prev = latest.get(name);
            if (prev == null) {
                order.add(name);
                latest.put(name, r);
            } else if (later(col(r, 6), col(prev, 6))) {
                latest.put(name, r);
            }
        }
        Map<String, List<GazetteerEntry>> surnames = new HashMap<>();
        for (String name : order) {
            String[] r = latest.get(name);
            GazetteerEntry e = new GazetteerEntry("person:" + slug(name), name, EntityType.PERSON, null,
                    blankToNull(col(r, 4)), blankToNull(col(r, 3)), blankToNull(col(r, 2)), null, null, 0, null, null,
                    col(r, 6));
            persons.put(e.ref(), e);
            index.add(name, e, PhraseHit.Sense.NAME);
            for (String a : list(col(r, 1))) {
                index.add(a, e, PhraseHit.Sense.ALIAS);
            }
            String[] words = name.split(" ");
            if (words.length >= 2 && words[0].length() >= 3 && words[0].chars().allMatch(Character::isLetter)) {
                String first = Fold.token(words[0]);
                // a first name of the dictionary, unless it is a common word of titles, units or places
                if (!Fold.isAcronym(words[0]) && !Lexicon.NAME_PARTICLES.contains(first) && !Lexicon.ROLE_MODIFIERS.contains(first)
                        && !Lexicon.ROLE_HEADS.contains(first) && !Lexicon.ORG_HEADS.contains(first)
                        && !Lexicon.DATE_WORDS.contains(first) && !NOT_GIVEN_NAMES.contains(first)) {
                    givenNames.add(first);
                }
            }
            String last = words[words.length - 1];
            if (words.length >= 2 && last.length() >= 4 && Character.isUpperCase(last.charAt(0))
                    && col(r, 7).startsWith("curated")) {
                surnames.computeIfAbsent(last, k -> new ArrayList<>()).add(e);
            }
        }
        // a surname alone names a dictionary person only for the curated (current, prominent) persons, and only
        // when no other of them bears it
        surnames.forEach((surname, people) -> {
            if (people.size() == 1) {
                index.add(surname, people.get(0), PhraseHit.Sense.SURNAME);
            }
        });
    }

    /** True when the folded word is the first name of someone in the persons dictionary ("vladimir"). */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** True when validity end {@code a} is later than {@code b}; an empty end means "still valid". */
    private static boolean later(String a, String b) {
        if (a.isEmpty()) {
            return !b.isEmpty();
        }
        return !b.isEmpty() && a.compareTo(b) > 0;
    }

    private static List<String[]> rows(Function<String, BufferedReader> open, String name) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = open.apply(name)) {
            if (in == null) {
                return out;
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer table " + name, e);
        }
        return out;
    }

    static String col(String[] r, int i) {
        return i < r.length ? r[i].strip() : "";
    }

    static List<String> list(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|') {
                if (i > start) {
                    out.add(s.substring(start, i).strip());
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Double num(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long longNum(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String slug(String name) {
        String f = Fold.token(name);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
