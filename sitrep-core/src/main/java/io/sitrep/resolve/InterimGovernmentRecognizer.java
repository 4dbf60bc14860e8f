package io.sitrep.resolve;

import io.sitrep.model.Candidate;
import io.sitrep.model.EntityType;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The government of a state in transition, which news names by what it is rather than by a name: "the
 * transitional government", "the interim administration", "Mali's transitional authorities", "the caretaker
 * cabinet". Each such phrase is an ORGANIZATION of the state named before it ("Syria's", "Malian"), else of the
 * state the article is about (its most mentioned country); all of them in one article are one entity, named as a
 * state body is ("Syrian transitional government", {@link StateBodyNames}) with the code CCCGOV. A phrase with no
 * state in the article, or one a recogniser already took, is left alone.
 */
public final class InterimGovernmentRecognizer implements Stage {
    private static final Set<String> QUALIFIERS = Set.of("transitional", "interim", "caretaker", "provisional");
    private static final Set<String> BODIES = Set.of("government", "administration", "authorities", "council",
            "cabinet", "junta");

    private final Gazetteer gazetteer;

    public InterimGovernmentRecognizer() {
        this(Gazetteer.standard());
    }

    public InterimGovernmentRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.TOKENS, Keys.CANDIDATES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CANDIDATES);
    }

    @Override
    public void process(Document doc) {
        List<Token> tokens = doc.get(Keys.TOKENS);
        List<Candidate> known = doc.get(Keys.CANDIDATES);
        String main = mostMentionedCountry(known);
        List<Candidate> found = new ArrayList<>();
        Map<String, String> names = new HashMap<>(); // one name per state: its first phrase's
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String q = lower(tokens.get(i));
            String body = lower(tokens.get(i + 1));
            if (!QUALIFIERS.contains(q) || !BODIES.contains(body)) {
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + 1).end();
            if (covered(known, start, end)) {
                continue;
            }
            String country = countryRightBefore(tokens, i, known);
            Candidate named = country == null ? earlierNamedOne(known, start) : null;
            String iso3 = country != null ? country : named != null ? named.country() : main;
            if (iso3 == null || gazetteer.country(iso3) == null) {
                continue;
            }
            if (named != null) {
                // "Mali's transitional authorities ... the transitional authorities": the same body
                names.putIfAbsent(iso3, named.name() != null ? named.name() : named.text());
            }
            String name = names.computeIfAbsent(iso3, k -> gazetteer.attributive(k) + " " + q + " " + body);
            found.add(new Candidate(start, end, doc.text().substring(start, end), EntityType.ORGANIZATION, null,
                    name, iso3 + "GOV", iso3, null, null, null,
                    "state-in-transition:" + iso3, "interim-government", 0.8));
        }
        if (found.isEmpty()) {
            return;
        }
        List<Candidate> out = new ArrayList<>(known);
        out.addAll(found);
        out.sort(Candidate.IN_TEXT_ORDER);
        doc.put(Keys.CANDIDATES, List.copyOf(out));
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean covered(List<Candidate> known, int start, int end) {
        for (Candidate c : known) {
            if (c.start() < end && start < c.end() && c.type() != EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** "Syria's transitional government", "the Malian interim authorities": the state written just before. */
    private static String countryRightBefore(List<Token> tokens, int qualifier, List<Candidate> known) {
        int k = qualifier - 1;
        if (k >= 0 && StateBodyNames.POSSESSIVES.contains(tokens.get(k).text())) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        int end = tokens.get(k).end();
        for (Candidate c : known) {
            if (c.type() == EntityType.COUNTRY && c.end() == end && c.code() != null) {
                return c.code();
            }
        }
        return null;
    }

    /** The last state body before {@code start} that a recogniser named with a state and a qualifier, or null. */
    private static Candidate earlierNamedOne(List<Candidate> known, int start) {
        Candidate last = null;
        for (Candidate c : known) {
            if (c.start() >= start) {
                break;
            }
            if (c.type() == EntityType.ORGANIZATION && c.country() != null) {
                for (String w : c.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (QUALIFIERS.contains(w)) {
                        last = c;
                        break;
                    }
                }
            }
        }
        return last;
    }

    /** The country the article names most often (first named on a tie), or null. */
    private static String mostMentionedCountry(List<Candidate> known) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Candidate c : known) {
            if (c.type() == EntityType.COUNTRY && c.code() != null) {
                if (counts.merge(c.code(), 1, Integer::sum) == 1) {
                    order.add(c.code());
                }
            }
        }
        String best = null;
        for (String code : order) {
            if (best == null || counts.get(code) > counts.get(best)) {
                best = code;
            }
        }
        return best;
    }
}
