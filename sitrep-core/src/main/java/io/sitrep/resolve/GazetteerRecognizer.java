package io.sitrep.resolve;

import io.sitrep.model.Candidate;
import io.sitrep.model.EntityType;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every gazetteer phrase in the text (longest match, left to right, within sentences) and decides
 * what each one names: a person or organisation from the dictionaries, a state by its name, alias or
 * demonym, a state through its capital or seat of power used for the government ({@link Metonymy}), a
 * place ({@link PlaceChooser}) or a military facility. Capitalised hyphen compounds are searched part by
 * part for states ("U.S.-Israeli", "Russian-backed").
 */
public final class GazetteerRecognizer implements Stage {
    private final Gazetteer gazetteer;

    public GazetteerRecognizer() {
        this(Gazetteer.standard());
    }

    public GazetteerRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.TOKENS, Keys.SENTENCES, Keys.POS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CANDIDATES);
    }

    /** A phrase found in the text with the sentence it is in. */
    record Found(PhraseIndex.Match match, Sentence sentence) {
    }

    @Override
    public void process(Document doc) {
        doc.put(Keys.CANDIDATES, List.copyOf(recognize(doc.text(), doc.get(Keys.TOKENS), doc.get(Keys.SENTENCES))));
    }

    public List<Candidate> recognize(String text, List<Token> tokens, List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        List<Candidate> out = new ArrayList<>();
        PhraseIndex index = gazetteer.index();
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = tokens.get(i);
                if (!t.isCapitalized() && !NameRecognizer.isParticleCompound(t.text())) {
                    i++;
                    continue;
                }
                PhraseIndex.Match m = index.longestAt(tokens, i, s.endToken());
                if (m != null) {
                    found.add(new Found(m, s));
                    i = m.end();
                } else {
                    if (t.text().indexOf('-') > 0) {
                        hyphenParts(text, t, out);
                    }
                    i++;
                }
            }
        }
        // the document's states, named outright (not through a capital), and where its unambiguous places lie
        Map<String, Integer> docCountries = new HashMap<>();
        Map<String, Integer> placeCountries = new HashMap<>();
        BitSet countryTokens = new BitSet(tokens.size());
        for (Found f : found) {
            String iso = null;
            boolean onlyPlaces = true;
            String placeCountry = null;
            for (PhraseHit h : f.match().hits()) {
                if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.CAPITAL
                        && !partOfLargerName(tokens, f.match(), f.sentence(), h)
                        && gazetteer.sovereignOf(h.entry().code()) == null) {
                    iso = h.entry().code();
                }
                if (h.entry().type() != EntityType.PLACE) {
                    onlyPlaces = false;
                } else if (placeCountry == null || placeCountry.equals(h.entry().country())) {
                    placeCountry = h.entry().country();
                } else {
                    onlyPlaces = false;
                }
            }
            if (iso != null) {
                docCountries.merge(iso, 1, Integer::sum);
                countryTokens.set(f.match().first(), f.match().end());
            }
            if (onlyPlaces && placeCountry != null) {
                placeCountries.merge(placeCountry, 1, Integer::sum);
            }
        }
        for (Candidate c : out) {
            if (c.type() == EntityType.COUNTRY) {
                docCountries.merge(c.code(), 1, Integer::sum);
            }
        }
        List<Candidate> extra = new ArrayList<>();
        for (Found f : found) {
            Candidate c = decide(text, tokens, f, docCountries, placeCountries, countryTokens, extra);
            if (c != null) {
                out.add(c);
            }
        }
        out.addAll(extra);
        out.sort(Candidate.IN_TEXT_ORDER);
        return out;
    }

    private void hyphenParts(String text, Token t, List<Candidate> out) {
        String s = t.text();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '-') {
                if (i > from && Character.isUpperCase(s.charAt(from))) {
                    String part = s.substring(from, i);
                    GazetteerEntry best = null;
                    for (PhraseHit h : gazetteer.index().get(Fold.token(part))) {
                        if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.CAPITAL
                                && h.sense() != PhraseHit.Sense.SEAT && (!h.exactCase() || Fold.isAcronym(part))
                                && gazetteer.sovereignOf(h.entry().code()) == null
                                && (best == null || gazetteer.capitalPopulation(h.entry().code())
                                > gazetteer.capitalPopulation(best.code()))) {
                            best = h.entry();
                        }
                    }
                    String tail = s.substring(s.lastIndexOf('-') + 1);
                    boolean locational = LOCATIONAL_TAILS.contains(tail);
                    if (best != null) {
                        out.add(country(text, t.start() + from, t.start() + i, best, "gazetteer:hyphen-part"));
                    } else if (i < s.length()) {
                        hyphenPlace(text, t.start() + from, t.start() + i, part, locational, out);
                    }
                }
                from = i + 1;
            }
        }
    }

    /** Tails after which a capital is the city ("London-based"); after the others it is the state ("Moscow-backed"). */
    private static final Set<String> LOCATIONAL_TAILS = Lexicon.set("based", "born", "bound", "registered",
            "headquartered", "area", "region");

    /** "London-based": a capital or prominent city as the first part of a compound. */
    private void hyphenPlace(String text, int start, int end, String part, boolean locational, List<Candidate> out) {
        GazetteerEntry capitalOf = null;
        GazetteerEntry city = null;
        for (PhraseHit h : gazetteer.index().get(Fold.token(part))) {
            if (h.sense() == PhraseHit.Sense.CAPITAL) {
                capitalOf = h.entry();
            } else if (h.entry().type() == EntityType.PLACE && h.sense() == PhraseHit.Sense.NAME
                    && (city == null || PlaceChooser.rank(h.entry()) > PlaceChooser.rank(city))) {
                city = h.entry();
            }
        }
        if (capitalOf != null && !locational) {
            out.add(country(text, start, end, capitalOf, "capital-as-government:compound"));
        } else if (city != null && (capitalOf != null || city.population() >= PlaceChooser.PROMINENT) && locational) {
            out.add(place(text, start, end, city, "place:compound"));
        }
    }

    private Candidate decide(String text, List<Token> tokens, Found f, Map<String, Integer> docCountries,
                             Map<String, Integer> placeCountries, BitSet countryTokens, List<Candidate> extra) {
        PhraseIndex.Match m = f.match();
        Sentence s = f.sentence();
        int start = tokens.get(m.first()).start();
        int end = tokens.get(m.end() - 1).end();
        PhraseHit person = null;
        PhraseHit org = null;
        PhraseHit country = null;
        PhraseHit seat = null;
        PhraseHit capital = null;
        List<GazetteerEntry> places = new ArrayList<>();
        for (PhraseHit h : m.hits()) {
            switch (h.entry().type()) {
                case PERSON -> {
                    if (h.sense() != PhraseHit.Sense.SURNAME || m.hits().size() == 1) {
                        person = person == null ? h : person;
                    }
                }
                case ORGANIZATION, GROUP -> org = org == null || h.sense().ordinal() < org.sense().ordinal() ? h : org;
                case COUNTRY -> {
                    if (h.sense() == PhraseHit.Sense.SEAT) {
                        seat = h;
                    } else if (h.sense() == PhraseHit.Sense.CAPITAL) {
                        capital = capital == null || isCapitalOf(m, h) ? h : capital;
                    } else if (country == null || h.sense().ordinal() < country.sense().ordinal()
                            || h.sense() == country.sense() && gazetteer.capitalPopulation(h.entry().code())
                            > gazetteer.capitalPopulation(country.entry().code())) {
                        country = h;
                    }
                }
                case PLACE -> places.add(h.entry());
            }
        }
        if (person != null && org == null) {
            GazetteerEntry e = person.entry();
            return new Candidate(start, end, text.substring(start, end), EntityType.PERSON, null, e.name(), e.code(),
                    e.country(), e.role(), null, null, e.ref(),
                    person.sense() == PhraseHit.Sense.SURNAME ? "gazetteer:person-surname" : "gazetteer:person", 0.9);
        }
        if (org != null && (country == null || org.sense() == PhraseHit.Sense.NAME || person != null)) {
            GazetteerEntry e = org.entry();
            Candidate inner = stateInside(text, tokens, m, e);
            if (inner != null) {
                extra.add(inner);
            }
            return new Candidate(start, end, text.substring(start, end), e.type(), null, e.name(), e.code(),
                    e.country(), null, null, null, e.ref(),
                    inner != null ? NameRecognizer.STATE_BODY + ":gazetteer" : "gazetteer:organization", 0.9);
        }
        String before = m.first() > s.firstToken() ? Fold.token(tokens.get(m.first() - 1).text()) : "";
        if (country != null && partOfLargerName(tokens, m, s, country)) {
            country = null; // "Thitu Island", "the Vietnam War"
        }
        if (country != null && gazetteer.sovereignOf(country.entry().code()) != null) {
            GazetteerEntry t = country.entry();
            String owner = gazetteer.placeCountryOf(t.code());
            GazetteerEntry territory = new GazetteerEntry("country:" + t.code(), t.name(), EntityType.PLACE, "region", null,
                    owner, null, t.lat(), t.lon(), 0, "TERR", null, null);
            return place(text, start, end, territory, "dependent-territory");
        }
        if (country != null) {
            boolean listed = coordinated(tokens, m, s, countryTokens);
            GazetteerEntry region = listed ? null
                    : stateOfOtherCountry(places, country.entry().code(), before, placeCountries, docCountries);
            if (region != null) {
                return place(text, start, end, region, "place:region-of-named-country");
            }
            return country(text, start, end, country.entry(),
                    country.sense() == PhraseHit.Sense.DEMONYM ? "gazetteer:demonym" : "gazetteer:country");
        }
        if (seat != null) {
            return country(text, start, end, seat.entry(), "seat-of-power");
        }
        if (capital != null) {
            String cue = Metonymy.governmentCue(tokens, m.first(), m.end(), s.firstToken(), s.endToken(),
                    countryTokens::get);
            if (cue != null) {
                return country(text, start, end, capital.entry(), "capital-as-government:" + cue);
            }
            GazetteerEntry city = PlaceChooser.best(places, Set.of(capital.entry().code()));
            if (city != null && insideLargerName(tokens, m, s)) {
                return null; // "Moscow Mick"
            }
            if (city != null) {
                return place(text, start, end, city, "capital-as-place");
            }
        }
        places.removeIf(p -> !trustedReading(p, m, tokens, docCountries));
        if (places.isEmpty() || !hasProperNoun(tokens, m) || insideLargerName(tokens, m, s)) {
            return null;
        }
        String container = container(tokens, m, s);
        PlaceChooser.Choice choice = PlaceChooser.choose(places, container, docCountries, PlaceChooser.isLocative(before));
        return choice == null ? null : place(text, start, end, choice.place(), choice.rule());
    }

    /**
     * GeoNames alternates include words of other languages that are English words or surnames ("Africa",
     * "Alma", "West"): a one-word alternate counts only for a prominent place; weekdays, months and directions
     * are never places on their own.
     */
    private boolean trustedReading(GazetteerEntry p, PhraseIndex.Match m, List<Token> tokens,
                                   Map<String, Integer> docCountries) {
        if (m.end() - m.first() > 1) {
            return true;
        }
        String f = Fold.token(tokens.get(m.first()).text());
        if (Lexicon.DATE_WORDS.contains(f) || Lexicon.DIRECTION_NOUNS.contains(f)) {
            return false;
        }
        boolean byName = Fold.token(p.name()).equals(f);
        if (!byName) {
            for (PhraseHit h : m.hits()) {
                if (h.entry() == p && h.sense() == PhraseHit.Sense.NAME) {
                    byName = true;
                }
            }
        }
        return byName || p.population() >= 100_000 || "ADM1".equals(p.feature()) || p.ref().startsWith("place:")
                || p.country() != null && docCountries.containsKey(p.country());
    }

    /** One word glued to other proper nouns that the gazetteer does not know: "Moscow Mick", "Camp Humphreys". */
    private static boolean insideLargerName(List<Token> tokens, PhraseIndex.Match m, Sentence s) {
        if (m.end() - m.first() > 1) {
            return false;
        }
        if (m.end() < s.endToken()) {
            Token next = tokens.get(m.end());
            String f = Fold.token(next.text());
            if (next.isCapitalized() && (next.is("PROPN") || next.is("NOUN")) && !Lexicon.HONORIFICS.contains(f)
                    && !f.equals("mayor") && !f.equals("governor") && !Fold.isAcronym(next.text())) {
                return true;
            }
        }
        if (m.first() > s.firstToken() + 1) {
            Token prev = tokens.get(m.first() - 1);
            String f = Fold.token(prev.text());
            return prev.isCapitalized() && (prev.is("PROPN") || prev.is("ADJ") || prev.is("NOUN") || prev.is("ADV"))
                    && !Lexicon.ROLE_HEADS.contains(f)
                    && !Lexicon.ROLE_MODIFIERS.contains(f) && !Lexicon.HONORIFICS.contains(f) && !Fold.isAcronym(prev.text());
        }
        return false;
    }

    /** In a list of states: "Ukraine, Bosnia and Herzegovina, and Georgia". */
    private static boolean coordinated(List<Token> tokens, PhraseIndex.Match m, Sentence s, BitSet countryTokens) {
        int k = m.first() - 1;
        while (k >= s.firstToken() && (tokens.get(k).text().equals(",") || Fold.token(tokens.get(k).text()).equals("and")
                || Fold.token(tokens.get(k).text()).equals("or"))) {
            k--;
        }
        if (k >= s.firstToken() && k < m.first() - 1 && countryTokens.get(k)) {
            return true;
        }
        k = m.end();
        while (k < s.endToken() && (tokens.get(k).text().equals(",") || Fold.token(tokens.get(k).text()).equals("and")
                || Fold.token(tokens.get(k).text()).equals("or"))) {
            k++;
        }
        return k < s.endToken() && k > m.end() && countryTokens.get(k);
    }

    /** A state's name used inside a bigger name: after an unmatched proper noun, or before "War". */
    private static boolean partOfLargerName(List<Token> tokens, PhraseIndex.Match m, Sentence s, PhraseHit country) {
        if (m.end() < s.endToken()) {
            String next = tokens.get(m.end()).text();
            if (next.equals("War") || next.equals("Wars")) {
                return true;
            }
        }
        if (country.sense() == PhraseHit.Sense.DEMONYM || m.first() <= s.firstToken()) {
            return false;
        }
        Token prev = tokens.get(m.first() - 1);
        String f = Fold.token(prev.text());
        return prev.is("PROPN") && prev.isCapitalized() && !Fold.isAcronym(prev.text()) && m.end() - m.first() == 1
                && !Lexicon.ROLE_HEADS.contains(f) && !Lexicon.ROLE_MODIFIERS.contains(f) && !Lexicon.HONORIFICS.contains(f)
                && country.sense() == PhraseHit.Sense.ALIAS;
    }

    /** The state named at the start of a state body from the dictionary ("Russia's foreign ministry"). */
    private Candidate stateInside(String text, List<Token> tokens, PhraseIndex.Match m, GazetteerEntry org) {
        String code = org.code();
        if (org.country() == null || code == null || !code.startsWith(org.country()) || m.end() - m.first() < 2) {
            return null;
        }
        String agent = code.substring(org.country().length());
        if (!(agent.startsWith("GOV") || agent.startsWith("MIL") || agent.startsWith("COP") || agent.startsWith("LEG")
                || agent.startsWith("JUD") || agent.startsWith("SPY"))) {
            return null;
        }
        PhraseIndex.Match c = gazetteer.index().longestAt(tokens, m.first(), m.end() - 1);
        if (c == null) {
            return null;
        }
        for (PhraseHit h : c.hits()) {
            if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.CAPITAL
                    && h.entry().code().equals(org.country())) {
                return country(text, tokens.get(c.first()).start(), tokens.get(c.end() - 1).end(), h.entry(),
                        h.sense() == PhraseHit.Sense.DEMONYM ? "gazetteer:demonym" : "gazetteer:country");
            }
        }
        return null;
    }

    /** The phrase also names the capital city of that hit's state (Moscow of Russia, not of the Soviet Union). */
    private static boolean isCapitalOf(PhraseIndex.Match m, PhraseHit capital) {
        for (PhraseHit h : m.hits()) {
            if (h.entry().type() == EntityType.PLACE && h.entry().isCapitalCity()
                    && capital.entry().code().equals(h.entry().country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Georgia" the US state rather than the country: a first-level region of another country whose places
     * the document names while it says nothing else of the country itself, or "state of Georgia".
     */
    private static GazetteerEntry stateOfOtherCountry(List<GazetteerEntry> places, String iso3, String before,
                                                      Map<String, Integer> placeCountries, Map<String, Integer> docCountries) {
        for (GazetteerEntry p : places) {
            if (!"ADM1".equals(p.feature()) || p.country() == null || p.country().equals(iso3)) {
                continue;
            }
            boolean stateWord = before.equals("of") || before.equals("state");
            boolean otherPlaces = placeCountries.getOrDefault(p.country(), 0) >= 2
                    && placeCountries.getOrDefault(iso3, 0) == 0 && docCountries.getOrDefault(iso3, 0) <= 1;
            if (stateWord || otherPlaces) {
                return p;
            }
        }
        return null;
    }

    private static boolean hasProperNoun(List<Token> tokens, PhraseIndex.Match m) {
        if (m.end() - m.first() > 1 || tokens.get(m.first()).is("PROPN")) {
            return true;
        }
        for (PhraseHit h : m.hits()) {
            if (h.entry().ref().startsWith("place:") || h.entry().isFacility()) {
                return true; // curated seas and regions, facilities: "the Mediterranean" is tagged ADJ
            }
        }
        return false;
    }

    /** An explicit container: "Latakia, Syria" or "Syria's Latakia". */
    private String container(List<Token> tokens, PhraseIndex.Match m, Sentence s) {
        if (m.end() + 1 < s.endToken() && tokens.get(m.end()).text().equals(",")) {
            String iso = countryAt(tokens, m.end() + 1, s.endToken());
            if (iso != null) {
                return iso;
            }
        }
        if (m.first() - 2 >= s.firstToken() && Fold.token(tokens.get(m.first() - 1).text()).equals("'s")) {
            int k = m.first() - 2;
            while (k > s.firstToken() && tokens.get(k - 1).isCapitalized() && m.first() - 2 - k < 3) {
                k--;
            }
            for (int a = k; a <= m.first() - 2; a++) {
                PhraseIndex.Match c = gazetteer.index().longestAt(tokens, a, m.first() - 1);
                if (c != null && c.end() == m.first() - 1) {
                    for (PhraseHit h : c.hits()) {
                        if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.DEMONYM) {
                            return h.entry().code();
                        }
                    }
                }
            }
        }
        return null;
    }

    private String countryAt(List<Token> tokens, int at, int limit) {
        PhraseIndex.Match c = gazetteer.index().longestAt(tokens, at, limit);
        if (c != null) {
            for (PhraseHit h : c.hits()) {
                if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.DEMONYM
                        && h.sense() != PhraseHit.Sense.CAPITAL) {
                    return h.entry().code();
                }
            }
        }
        return null;
    }

    static Candidate country(String text, int start, int end, GazetteerEntry c, String rule) {
        return new Candidate(start, end, text.substring(start, end), EntityType.COUNTRY, null, c.name(), c.code(),
                c.code(), null, null, null, c.ref(), rule, 0.9);
    }

    static Candidate place(String text, int start, int end, GazetteerEntry p, String rule) {
        return new Candidate(start, end, text.substring(start, end), EntityType.PLACE, p.kind() == null ? "other" : p.kind(),
                p.name(), null, p.country(), null, p.lat(), p.lon(), p.ref(), rule, 0.8);
    }
}
