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

    List<Candidate> recognize(String text, List<Token> tokens, List<Sentence> sentences) {
        List<Found> found = new ArrayList<>();
        List<Candidate> out = new ArrayList<>();
        PhraseIndex index = gazetteer.index();
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = tokens.get(i);
                if (!t.isCapitalized()) {
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
                if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.CAPITAL) {
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
        for (Found f : found) {
            Candidate c = decide(text, tokens, f, docCountries, placeCountries, countryTokens);
            if (c != null) {
                out.add(c);
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    private void hyphenParts(String text, Token t, List<Candidate> out) {
        String s = t.text();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '-') {
                if (i > from && Character.isUpperCase(s.charAt(from))) {
                    String part = s.substring(from, i);
                    for (PhraseHit h : gazetteer.index().get(Fold.token(part))) {
                        if (h.entry().type() == EntityType.COUNTRY && h.sense() != PhraseHit.Sense.CAPITAL
                                && (!h.exactCase() || Fold.isAcronym(part))) {
                            int start = t.start() + from;
                            out.add(country(text, start, t.start() + i, h.entry(), "gazetteer:hyphen-part"));
                            break;
                        }
                    }
                }
                from = i + 1;
            }
        }
    }

    private Candidate decide(String text, List<Token> tokens, Found f, Map<String, Integer> docCountries,
                             Map<String, Integer> placeCountries, BitSet countryTokens) {
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
                        capital = h;
                    } else if (country == null || h.sense().ordinal() < country.sense().ordinal()) {
                        country = h;
                    }
                }
                case PLACE -> places.add(h.entry());
            }
        }
        if (person != null) {
            GazetteerEntry e = person.entry();
            return new Candidate(start, end, text.substring(start, end), EntityType.PERSON, null, e.name(), e.code(),
                    e.country(), e.role(), null, null, e.ref(),
                    person.sense() == PhraseHit.Sense.SURNAME ? "gazetteer:person-surname" : "gazetteer:person", 0.9);
        }
        if (org != null && (country == null || org.sense() == PhraseHit.Sense.NAME)) {
            GazetteerEntry e = org.entry();
            return new Candidate(start, end, text.substring(start, end), e.type(), null, e.name(), e.code(),
                    e.country(), null, null, null, e.ref(), "gazetteer:organization", 0.9);
        }
        String before = m.first() > s.firstToken() ? Fold.token(tokens.get(m.first() - 1).text()) : "";
        if (country != null) {
            GazetteerEntry region = stateOfOtherCountry(places, country.entry().code(), before, placeCountries, docCountries);
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
            if (city != null) {
                return place(text, start, end, city, "capital-as-place");
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        if (!hasProperNoun(tokens, m)) {
            return null;
        }
        String container = container(tokens, m, s);
        PlaceChooser.Choice choice = PlaceChooser.choose(places, container, docCountries, PlaceChooser.isLocative(before));
        return choice == null ? null : place(text, start, end, choice.place(), choice.rule());
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
            boolean otherPlaces = placeCountries.getOrDefault(p.country(), 0) > 0
                    && placeCountries.getOrDefault(iso3, 0) == 0 && docCountries.getOrDefault(iso3, 0) <= 1;
            if (stateWord || otherPlaces) {
                return p;
            }
        }
        return null;
    }

    private static boolean hasProperNoun(List<Token> tokens, PhraseIndex.Match m) {
        if (m.end() - m.first() > 1) {
            return true;
        }
        return tokens.get(m.first()).is("PROPN");
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
