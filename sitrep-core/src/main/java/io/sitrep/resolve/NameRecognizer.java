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
import java.util.List;
import java.util.Set;

/**
 * Contextual recognition of names no gazetteer knows, from runs of capitalised tokens ("name chunks") and
 * the words around them:
 * <ul>
 *   <li>a title or role before the name makes a person ("Defence Minister Murhaf Abu Qasra", "President Trump");</li>
 *   <li>an appositive role after it ("Mikhail Bogdanov, Russia's deputy foreign minister,");</li>
 *   <li>a speech verb after it, or "said"/"according to" before it ("X Y said");</li>
 *   <li>a given name known from the persons dictionary as first word ("Hugo Chávez");</li>
 *   <li>an organisation head inside ("... Ministry", "... Forces", "Hayat ...") makes an organisation, a GROUP
 *       when it is an armed or non-state group;</li>
 *   <li>a state followed by a body ("Russia's foreign ministry", "the Syrian army", "US forces") makes a
 *       state organisation;</li>
 *   <li>"X region/province/district" makes a region, "X prison/airbase/Embassy in Y" a facility, "northern
 *       Syria"/"Syria's northeast" a directional region of the state;</li>
 *   <li>an unknown word in capitals ("SDF") is an organisation acronym, to be tied to its long form later.</li>
 * </ul>
 * Candidates from the gazetteer stage are kept; the resolver settles overlaps (the longer span wins).
 */
public final class NameRecognizer implements Stage {
    static final String STATE_BODY = "state-body";
    static final String DIRECTION_AREA = "direction-area";
    static final String FACILITY_IN_PLACE = "facility-in-place";

    private static final Set<String> CONNECTORS = Lexicon.set("of", "for", "on", "and", "de", "du", "des", "&", "in");
    private static final Set<String> REGION_NOUNS = Lexicon.set("region", "province", "oblast", "district", "governorate",
            "county", "prefecture", "municipality", "raion", "canton", "area", "settlement", "neighbourhood",
            "neighborhood", "suburb", "camp");
    /** Region nouns that English keeps in the name ("Kyiv region", "Logar province"); others do not ("Pangram area"). */
    private static final Set<String> NAMED_REGION_NOUNS = Lexicon.set("region", "province", "oblast", "governorate",
            "prefecture", "county");
    /** "the Russian town of Grayvoron", "the island of Palawan". */
    private static final Set<String> CONTAINER_NOUNS = Lexicon.set("town", "village", "city", "island", "province",
            "region", "district", "port", "hamlet", "enclave", "governorate", "oblast", "state", "capital",
            "neighbourhood", "neighborhood", "suburb", "municipality", "archipelago", "peninsula", "county", "area");
    /** Capitalised heads of geographic names: "Thitu Island", "West Philippine Sea". */
    private static final Set<String> PLACE_HEADS = Lexicon.set("island", "islands", "sea", "strait", "straits", "gulf",
            "bay", "river", "lake", "mountains", "mountain", "peninsula", "desert", "valley", "coast", "heights",
            "plateau", "canal", "ocean", "reef", "shoal", "atoll", "archipelago", "hills", "plain", "basin", "delta");
    private static final Set<String> FACILITY_NOUNS = Lexicon.set("prison", "airbase", "airport", "base", "museum", "camp",
            "refinery", "plant", "embassy", "consulate", "jail", "airfield", "port", "barracks", "garrison",
            "dam", "shipyard", "complex", "compound", "palace", "stadium", "hospital", "reactor", "facility");
    private static final Set<String> AFTER_SPEECH = Lexicon.set("said", "says", "added", "adds", "told", "wrote", "asked",
            "claimed", "stated", "warned", "noted", "explained", "insisted");

    private final Gazetteer gazetteer;

    public NameRecognizer() {
        this(Gazetteer.standard());
    }

    public NameRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.TOKENS, Keys.SENTENCES, Keys.POS, Keys.CANDIDATES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CANDIDATES);
    }

    @Override
    public void process(Document doc) {
        List<Candidate> known = doc.get(Keys.CANDIDATES);
        List<Candidate> out = new ArrayList<>(known);
        new Pass(doc.text(), doc.get(Keys.TOKENS), known).run(doc.get(Keys.SENTENCES), out);
        out.sort(Candidate.IN_TEXT_ORDER);
        doc.put(Keys.CANDIDATES, List.copyOf(out));
    }

    /** The work on one document. */
    private final class Pass {
        final String text;
        final List<Token> tokens;
        /** per token: the gazetteer candidate that starts there, or null; and the one covering it */
        final Candidate[] startsAt;
        final Candidate[] covering;

        Pass(String text, List<Token> tokens, List<Candidate> known) {
            this.text = text;
            this.tokens = tokens;
            this.startsAt = new Candidate[tokens.size()];
            this.covering = new Candidate[tokens.size()];
            int t = 0;
            for (Candidate c : known) {
                while (t < tokens.size() && tokens.get(t).end() <= c.start()) {
                    t++;
                }
                for (int k = t; k < tokens.size() && tokens.get(k).start() < c.end(); k++) {
                    if (tokens.get(k).start() >= c.start() && tokens.get(k).end() <= c.end()) {
                        if (tokens.get(k).start() == c.start() && startsAt[k] == null) {
                            startsAt[k] = c;
                        }
                        if (covering[k] == null || covering[k].length() < c.length()) {
                            covering[k] = c;
                        }
                    }
                }
            }
        }

        String fold(int i) {
            return Fold.token(tokens.get(i).text());
        }

        String phrase(int from, int to) {
            StringBuilder p = new StringBuilder();
            for (int k = from; k < to; k++) {
                p.append(k > from ? " " : "").append(fold(k));
            }
            return p.toString();
        }

        boolean isCountry(int i) {
            return covering[i] != null && covering[i].type() == EntityType.COUNTRY;
        }

        Candidate countryAt(int i) {
            return isCountry(i) ? covering[i] : null;
        }

        void run(List<Sentence> sentences, List<Candidate> out) {
            for (Sentence s : joinAfterInitials(sentences)) {
                int i = s.firstToken();
                while (i < s.endToken()) {
                    if (!isNameToken(i, s)) {
                        i++;
                        continue;
                    }
                    int end = chunkEnd(i, s);
                    classify(i, end, s, out);
                    i = end;
                }
                stateBodies(s, out);
                facilitiesInPlaces(s, out);
                directions(s, out);
                acronyms(s, out);
            }
        }

        /** The sentence splitter may cut "George H.W. | Bush": such sentences are joined again. */
        List<Sentence> joinAfterInitials(List<Sentence> sentences) {
            List<Sentence> out = new ArrayList<>(sentences.size());
            Sentence cur = null;
            for (Sentence s : sentences) {
                if (cur != null && cur.paragraph() == s.paragraph() && cur.endToken() > cur.firstToken()
                        && isInitial(tokens.get(cur.endToken() - 1).text()) && tokens.get(s.firstToken()).isCapitalized()) {
                    cur = new Sentence(cur.index(), cur.start(), s.end(), cur.firstToken(), s.endToken(), cur.paragraph());
                    continue;
                }
                if (cur != null) {
                    out.add(cur);
                }
                cur = s;
            }
            if (cur != null) {
                out.add(cur);
            }
            return out;
        }

        boolean isNameToken(int i, Sentence s) {
            Token t = tokens.get(i);
            if (!t.isCapitalized() && !isParticleCompound(t.text()) || Lexicon.isLowerTailedCompound(t.text())) {
                return false;
            }
            if (t.text().length() == 2 && Tokenizer_isPossessive(t.text())) {
                return false;
            }
            String tag = t.tag();
            if (tag == null || tag.equals("PROPN") || tag.equals("X") || isParticleCompound(t.text())) {
                return true;
            }
            if (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("PRON") && !isPronoun(t.text())) {
                // inside a sentence a capital marks a name whatever the tagger thought ("Heather/PRON Humphreys");
                // a capitalised common word opening a sentence is no name unless the gazetteer knows it
                return i > s.firstToken() && !isPronoun(t.text()) || covering[i] != null;
            }
            return false;
        }

        int chunkEnd(int from, Sentence s) {
            int j = from + 1;
            boolean extension = false;
            while (j < s.endToken()) {
                if (isNameToken(j, s)) {
                    j++;
                    continue;
                }
                String f = fold(j);
                if (Lexicon.NAME_PARTICLES.contains(f) && j + 1 < s.endToken() && isNameToken(j + 1, s)
                        && !tokens.get(j).isCapitalized()) {
                    j += 2;
                    continue;
                }
                String last = fold(j - 1);
                boolean afterHead = Lexicon.ORG_HEADS.contains(last) || Lexicon.ROLE_HEADS.contains(last)
                        && !f.equals("in");
                if (CONNECTORS.contains(f) && (afterHead || extension && !f.equals("in"))) {
                    int k = j + 1;
                    if (f.equals("and") && k < s.endToken() && fold(k).equals("the")) {
                        break; // "the Court of Justice and the Security Council": two names
                    }
                    if (k < s.endToken() && fold(k).equals("the") && !f.equals("the")) {
                        k++;
                    }
                    // a name never ends in a date: "the Defense Ministry on Sunday"
                    if (k < s.endToken() && isNameToken(k, s) && !(f.equals("in") && !isPlaceHead(last))
                            && !Lexicon.DATE_WORDS.contains(fold(k))) {
                        extension = true;
                        j = k + 1;
                        continue;
                    }
                }
                break;
            }
            return j;
        }

        boolean isPlaceHead(String folded) {
            return folded.equals("embassy") || folded.equals("consulate");
        }

        void classify(int a, int b, Sentence s, List<Candidate> out) {
            if (b - a == 1 && Lexicon.DATE_WORDS.contains(fold(a))) {
                return;
            }
            // a title before the name, inside the chunk: "Turkish Foreign Minister Hakan Fidan"
            int n = nameStart(a, b);
            if (n > a) {
                if (person(n, b, a, n - 1, s, "title-before", 0.85, out)) {
                    return;
                }
            }
            if (office(a, b, s, out)) {
                return;
            }
            if (orgOrPlace(a, b, s, out)) {
                return;
            }
            // "the then UK Home Secretary, Sajid Javid, ..."
            if (a - 2 >= s.firstToken() && tokens.get(a - 1).text().equals(",") && isHead(a - 2)
                    && b < s.endToken() && (tokens.get(b).text().equals(",") || tokens.get(b).text().equals("."))) {
                int rs = a - 2;
                while (rs - 1 >= s.firstToken() && (isTitleWord(rs - 1) || isCountry(rs - 1)) && !fold(rs - 1).equals("the")) {
                    rs--;
                }
                if (person(a, b, rs, a - 2, s, "role-comma-before", 0.8, out)) {
                    return;
                }
            }
            int roleEnd = a - 1;
            if (roleEnd >= s.firstToken() && !tokens.get(roleEnd).isCapitalized()
                    && Lexicon.ROLE_HEADS.contains(fold(roleEnd)) && !fold(roleEnd).equals("official")
                    && !fold(roleEnd).equals("member")) {
                int roleStart = roleEnd;
                while (roleStart - 1 >= s.firstToken() && !tokens.get(roleStart - 1).isCapitalized()
                        && (Lexicon.ROLE_MODIFIERS.contains(fold(roleStart - 1)) || Lexicon.ROLE_HEADS.contains(fold(roleStart - 1)))
                        && !fold(roleStart - 1).equals("the")) {
                    roleStart--;
                }
                if (person(a, b, roleStart, roleEnd, s, "role-before", 0.8, out)) {
                    return;
                }
            }
            if (appositive(a, b, s, out)) {
                return;
            }
            // "Abu Hassan Amer, 44, agreed": an age after a name
            if (b + 2 < s.endToken() && tokens.get(b).text().equals(",") && tokens.get(b + 1).is("NUM")
                    && tokens.get(b + 2).text().equals(",") && allProper(a, b) && b - a >= 2
                    && tokens.get(b + 1).text().chars().allMatch(Character::isDigit) && tokens.get(b + 1).text().length() <= 3) {
                person(a, b, -1, -1, s, "age-apposition", 0.8, out);
                return;
            }
            boolean allProper = allProper(a, b);
            int v = b;
            while (v < s.endToken() && tokens.get(v).is("ADV")) {
                v++;
            }
            if (v + 1 < s.endToken() && (fold(v).equals("has") || fold(v).equals("had") || fold(v).equals("have"))) {
                v++;
            }
            boolean speechAfter = v < s.endToken() && Lexicon.SPEECH_VERBS.contains(fold(v)) && !tokens.get(v).isCapitalized();
            boolean speechBefore = a - 1 >= s.firstToken() && AFTER_SPEECH.contains(fold(a - 1))
                    || a - 2 >= s.firstToken() && fold(a - 2).equals("according") && fold(a - 1).equals("to");
            if (coveredByKnown(a, b)) {
                return;
            }
            if ((speechAfter || speechBefore) && allProper) {
                if (b - a >= 2 && b - a <= 5) {
                    person(a, b, -1, -1, s, speechAfter ? "speech-verb" : "speech-verb-before", 0.7, out);
                } else if (b - a == 1) {
                    person(a, b, -1, -1, s, "speech-verb-single", 0.3, out);
                }
                return;
            }
            if (b - a >= 2 && b - a <= 4 && allProper && gazetteer.isGivenName(fold(a))
                    && !Lexicon.ROLE_MODIFIERS.contains(fold(a)) && !Lexicon.DATE_WORDS.contains(fold(a))) {
                person(a, b, -1, -1, s, "given-name", 0.6, out);
            }
        }

        boolean coveredByKnown(int a, int b) {
            Candidate c = covering[a];
            if (c == null) {
                return false;
            }
            for (int i = a; i < b; i++) {
                if (covering[i] != c) {
                    return false;
                }
            }
            return true;
        }

        /** Every capitalised word is a proper noun (or a capitalised word the tagger missed inside a sentence). */
        boolean allProper(int a, int b) {
            for (int i = a; i < b; i++) {
                Token t = tokens.get(i);
                boolean proper = t.is("PROPN") || t.is("X") || isParticleCompound(t.text())
                        || i > 0 && (t.is("ADJ") || t.is("NOUN") || t.is("PRON")) && !isPronoun(t.text())
                        && !isCountry(i) && tokens.get(i - 1).end() < t.start() && !isSentenceStart(i);
                if (t.isCapitalized() && !proper || Fold.isAcronym(t.text()) && t.text().length() > 3) {
                    return false;
                }
            }
            return true;
        }

        boolean isSentenceStart(int i) {
            String prev = i > 0 ? tokens.get(i - 1).text() : ".";
            if (prev.equals(".") || prev.equals("\"") || prev.equals("\u201C") || prev.equals(":") || prev.equals("?")
                    || prev.equals("!")) {
                return true;
            }
            for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
                if (text.charAt(c) == '\n') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the name starts after a title inside a chunk ("US Secretary of State Mike Pompeo" → "Mike",
         * "AFP Global News Director Phil Chetwynd" → "Phil"), or -1: the name is the longest run of non-title
         * words at the end, and the words before it must end in a title run that holds a role head.
         */
        int nameStart(int a, int b) {
            int q = b;
            while (q - 1 >= a && !isTitleWord(q - 1) && !isCountry(q - 1)) {
                q--;
            }
            if (q == a || q == b) {
                return -1;
            }
            for (int p = q - 1; p >= a && (isTitleWord(p) || isCountry(p)); p--) {
                if (isHead(p)) {
                    return q;
                }
            }
            return -1;
        }

        boolean isHead(int i) {
            String f = fold(i);
            if (Lexicon.ROLE_HEADS.contains(f) || Lexicon.HONORIFICS.contains(f)) {
                return true;
            }
            if (f.indexOf('-') > 0) {
                for (String part : f.split("-")) {
                    if (Lexicon.ROLE_HEADS.contains(part)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean isTitleWord(int i) {
            return isHead(i) || Lexicon.ROLE_MODIFIERS.contains(fold(i));
        }

        /** Adds a person for tokens [a, b) with the role in tokens [roleStart, roleEnd]; false if not a name. */
        boolean person(int a, int b, int roleStart, int roleEnd, Sentence s, String rule, double score, List<Candidate> out) {
            if (roleStart < 0) {
                int k = nameStart(a, b);
                if (k > a) {
                    roleStart = a;
                    roleEnd = k - 1;
                    a = k;
                }
            }
            while (a < b && (Lexicon.HONORIFICS.contains(fold(a)) || isCountry(a) && !"gazetteer:demonym".equals(covering[a].rule()))) {
                a++; // "ambassador to Britain Liu Xiaming": the state is no part of the name
            }
            if (a >= b || b - a > 5 || !tokens.get(a).isCapitalized() || isHead(b - 1)
                    || Lexicon.DATE_WORDS.contains(fold(a))) {
                return false;
            }
            for (int i = a; i < b; i++) {
                String f = fold(i);
                if (Lexicon.ORG_HEADS.contains(f) && tokens.get(i).isCapitalized() || CONNECTORS.contains(f)) {
                    return false;
                }
            }
            Candidate known = coveredByKnown(a, b) ? covering[a] : null;
            if (known != null && known.type() != EntityType.PLACE && known.type() != EntityType.PERSON) {
                return false;
            }
            if (known != null && known.type() == EntityType.PERSON
                    && (known.start() != tokens.get(a).start() || known.end() != tokens.get(b - 1).end())) {
                known = null;
            }
            String country = null;
            String role = null;
            if (roleStart >= 0) {
                int rs = roleStart;
                while (rs <= roleEnd && isCountry(rs)) {
                    country = covering[rs].code();
                    rs++;
                }
                if (rs <= roleEnd && fold(rs).equals("'s")) {
                    rs++;
                }
                if (rs <= roleEnd) {
                    role = text.substring(tokens.get(rs).start(), tokens.get(roleEnd).end());
                }
                if (country == null) {
                    country = possessor(roleStart, s);
                }
            }
            int start = tokens.get(a).start();
            int end = tokens.get(b - 1).end();
            String name = text.substring(start, end);
            if (known != null && known.type() == EntityType.PERSON) {
                // the dictionary knows the person: keep its record, add what the text says
                out.add(new Candidate(start, end, name, EntityType.PERSON, null, known.name(), known.code(), country, role,
                        null, null, known.ref(), rule, 0.95));
                return true;
            }
            out.add(new Candidate(start, end, name, EntityType.PERSON, null, name, null, country, role, null, null, null,
                    rule, score));
            return true;
        }

        /** The state in "Syria's ..." or "Syrian ..." right before token i. */
        String possessor(int i, Sentence s) {
            if (i - 1 >= s.firstToken() && fold(i - 1).equals("'s") && i - 2 >= s.firstToken() && isCountry(i - 2)) {
                return covering[i - 2].code();
            }
            if (i - 1 >= s.firstToken() && isCountry(i - 1)) {
                return covering[i - 1].code();
            }
            return null;
        }

        /** "Name, [the|a|Russia's|Turkish] ... role-word ...," */
        boolean appositive(int a, int b, Sentence s, List<Candidate> out) {
            if (b + 1 >= s.endToken() || !tokens.get(b).text().equals(",") || !allProper(a, b)) {
                return false;
            }
            if (covering[a] != null && covering[a].type() != EntityType.PERSON && coveredByKnown(a, b)) {
                return false;
            }
            int j = b + 1;
            if (j + 1 < s.endToken() && tokens.get(j).is("NUM") && tokens.get(j + 1).text().equals(",")) {
                j += 2; // "Yevhen Zosin, 74, a Kyiv resident"
            }
            int first = j;
            int roleHead = -1;
            String country = null;
            int limit = Math.min(s.endToken(), j + 10);
            for (; j < limit; j++) {
                Token t = tokens.get(j);
                String f = fold(j);
                if (f.equals(",") || f.equals(".") || f.equals(";") || f.equals("(") || t.is("VERB") || t.is("AUX")
                        || t.is("PUNCT") && !f.equals("-")) {
                    break;
                }
                if (isCountry(j) && roleHead < 0 && country == null) {
                    country = covering[j].code();
                }
                if (!t.isCapitalized() && Lexicon.isRoleWord(f) && roleHead < 0) {
                    roleHead = j;
                }
            }
            if (roleHead < 0 || b - a > 5 || roleHead + 1 < s.endToken() && tokens.get(roleHead + 1).isCapitalized()
                    && !isCountry(roleHead + 1)) {
                return false;
            }
            int rs = first;
            if (fold(rs).equals("a") || fold(rs).equals("an") || fold(rs).equals("the")) {
                rs++;
            }
            if (rs + 1 < j && isCountry(rs)) {
                int after = rs;
                while (after < j && isCountry(after)) {
                    after++;
                }
                if (after < j && fold(after).equals("'s")) {
                    rs = after + 1;
                }
            }
            String role = text.substring(tokens.get(rs).start(), tokens.get(j - 1).end());
            int start = tokens.get(a).start();
            int end = tokens.get(b - 1).end();
            String name = text.substring(start, end);
            if (b - a == 1 && !tokens.get(a).is("PROPN")) {
                return false;
            }
            out.add(new Candidate(start, end, name, EntityType.PERSON, null, name, null, country, role, null, null, null,
                    "appositive", b - a == 1 ? 0.5 : 0.8));
            return true;
        }

        /**
         * An office named by its title and portfolio, with no holder's name after it: "the United Nations High
         * Commissioner for Human Rights said", "the UN Special Rapporteur on Torture". The office speaks as an
         * institution (an ORGANIZATION); "Secretary of State" (a title, "of") is left to the person rules.
         */
        boolean office(int a, int b, Sentence s, List<Candidate> out) {
            for (int k = a; k + 2 < b; k++) {
                String f = fold(k + 1);
                if (isHead(k) && tokens.get(k).isCapitalized() && !Lexicon.HONORIFICS.contains(fold(k))
                        && (f.equals("for") || f.equals("on")) && allCapitalized(k + 2, b)) {
                    int start = tokens.get(a).start();
                    int end = tokens.get(b - 1).end();
                    String country = isCountry(a) ? covering[a].code() : null;
                    out.add(new Candidate(start, end, text.substring(start, end), EntityType.ORGANIZATION, null,
                            text.substring(start, end), null, country, null, null, null, null, "office", 0.75));
                    return true;
                }
            }
            return false;
        }

        boolean allCapitalized(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).isCapitalized() && !CONNECTORS.contains(fold(i)) && !fold(i).equals("the")) {
                    return false;
                }
            }
            return true;
        }

        /** Organisations, groups, facilities and regions named by their head word. */
        boolean orgOrPlace(int a, int b, Sentence s, List<Candidate> out) {
            String lastF = fold(b - 1);
            // "the Obama administration", "Trump's administration"
            int adm = b < s.endToken() && fold(b).equals("'s") ? b + 1 : b;
            if (adm < s.endToken() && fold(adm).equals("administration") && !tokens.get(adm).isCapitalized() && b - a <= 3) {
                int start = tokens.get(a).start();
                int end = tokens.get(adm).end();
                Candidate known = covering[a];
                String country = known != null && known.type() == EntityType.PERSON ? known.country() : null;
                String name = text.substring(start, tokens.get(b - 1).end()) + " administration";
                out.add(new Candidate(start, end, text.substring(start, end), EntityType.ORGANIZATION, null, name,
                        country == null ? null : country + "GOV", country, null, null, null, null, "administration-of", 0.8));
                return true;
            }
            // "X region", "X Province", "X prison", "X Air Base", "U.S. Embassy in Tunis"
            if (b < s.endToken() && !tokens.get(b).isCapitalized()) {
                String next = fold(b);
                if (REGION_NOUNS.contains(next)) {
                    return region(a, b + 1, s, out);
                }
                String next2 = b + 1 < s.endToken() ? next + " " + fold(b + 1) : next;
                if (next2.equals("air base") || next2.equals("naval base") || next2.equals("military base")) {
                    return facility(a, b + 2, s, out);
                }
                if (FACILITY_NOUNS.contains(next) && !coveredByKnown(a, b) && allProper(a, b)) {
                    return facility(a, b + 1, s, out);
                }
            }
            if (REGION_NOUNS.contains(lastF) && b - a >= 2) {
                return region(a, b, s, out);
            }
            if (PLACE_HEADS.contains(lastF) && b - a >= 2 && !coveredByKnown(a, b)) {
                String kind = lastF.equals("sea") || lastF.equals("strait") || lastF.equals("gulf") || lastF.equals("bay")
                        || lastF.equals("ocean") || lastF.equals("straits") || lastF.equals("river") || lastF.equals("lake")
                        ? "water" : "other";
                return contextualPlace(a, b, b, kind, placeCountry(a, b, s), "place-head", out);
            }
            // "the Russian town of Grayvoron", "the Philippines' main island of Luzon"
            if (a - 2 >= s.firstToken() && fold(a - 1).equals("of") && CONTAINER_NOUNS.contains(fold(a - 2))
                    && !tokens.get(a - 2).isCapitalized() && allProper(a, b) && b - a <= 4) {
                String noun = fold(a - 2);
                String kind = noun.equals("town") || noun.equals("village") || noun.equals("city") || noun.equals("port")
                        || noun.equals("hamlet") || noun.equals("capital") ? "city"
                        : noun.equals("island") || noun.equals("archipelago") || noun.equals("peninsula") ? "other" : "region";
                String country = null;
                for (int k = a - 3; k >= Math.max(s.firstToken(), a - 6) && country == null; k--) {
                    if (isCountry(k)) {
                        country = covering[k].code();
                    }
                }
                Candidate known = coveredByKnown(a, b) ? covering[a] : null;
                if (known != null && known.type() == EntityType.PLACE) {
                    return false; // the gazetteer reading stands
                }
                if (known == null || known.type() == EntityType.PLACE) {
                    return contextualPlace(a, b, b, kind, country, "container-noun", out);
                }
            }
            int head = -1;
            for (int i = a; i < b; i++) {
                String f = fold(i);
                if (Lexicon.ORG_HEADS.contains(f) && tokens.get(i).isCapitalized()) {
                    head = i;
                }
            }
            boolean groupFirst = Lexicon.GROUP_FIRST_WORDS.contains(fold(a));
            if (head < 0 && !groupFirst) {
                return false;
            }
            String headF = head >= 0 ? fold(head) : "";
            if (FACILITY_NOUNS.contains(headF) && !headF.equals("embassy") && !headF.equals("consulate") || isPlaceHead(headF)) {
                return facility(a, b, s, out);
            }
            if (b - a == 1 && coveredByKnown(a, b)) {
                return false;
            }
            // the state that owns it: a leading state name or demonym, or "Russia's" before
            int i = a;
            String country = null;
            while (i < b && isCountry(i)) {
                country = covering[i].code();
                i++;
            }
            int start = tokens.get(a).start();
            String possessor = null;
            if (country == null && a - 2 >= s.firstToken() && fold(a - 1).equals("'s") && isCountry(a - 2)) {
                possessor = covering[a - 2].code();
                country = possessor;
                start = covering[a - 2].start();
            }
            boolean stateForce = true;
            for (int k = i; k < b; k++) {
                String f = fold(k);
                if (k != head && !Lexicon.STATE_FORCE_WORDS.contains(f) && !Lexicon.ORG_HEADS.contains(f)) {
                    stateForce = false;
                }
            }
            boolean armed = groupFirst;
            for (int k = a; k < b; k++) {
                if (Lexicon.GROUP_HEADS.contains(fold(k))) {
                    armed = true;
                }
            }
            boolean stateBody = country != null && (i > a || possessor != null) && stateForce;
            EntityType type = armed && !stateBody ? EntityType.GROUP : EntityType.ORGANIZATION;
            int end = tokens.get(b - 1).end();
            String mention = text.substring(start, end);
            String name = possessor != null
                    ? gazetteer.demonym(possessor) + " " + text.substring(tokens.get(a).start(), end)
                    : text.substring(tokens.get(a).start(), end);
            String code = stateBody ? country + agent(headF) : null;
            out.add(new Candidate(start, end, mention, type, null, name, code, country, null, null, null, null,
                    stateBody ? STATE_BODY + ":named" : "org-keyword", 0.75));
            return true;
        }

        String agent(String headFolded) {
            String code = gazetteer.agentCode(headFolded);
            if (code != null) {
                return code;
            }
            return switch (headFolded) {
                case "army", "forces", "force", "navy", "military", "troops", "marines", "corps", "guard" -> "MIL";
                case "police", "coast guard", "border guard", "border police" -> "COP";
                case "parliament", "congress", "senate", "legislature" -> "LEG";
                case "court", "judiciary" -> "JUD";
                case "intelligence", "intelligence services", "security services" -> "SPY";
                default -> "GOV";
            };
        }

        boolean region(int a, int end, Sentence s, List<Candidate> out) {
            if (covering[a] != null && "gazetteer:demonym".equals(covering[a].rule())) {
                return false; // "Syrian province" is no name
            }
            String country = placeCountry(a, end, s);
            boolean keepNoun = NAMED_REGION_NOUNS.contains(fold(end - 1));
            return contextualPlace(a, end, keepNoun ? end : end - 1, "region", country, "region-noun", out);
        }

        /** A place the text names: mention tokens [a, end), name tokens [a, nameEnd). */
        boolean contextualPlace(int a, int end, int nameEnd, String kind, String country, String rule, List<Candidate> out) {
            int start = tokens.get(a).start();
            int stop = tokens.get(end - 1).end();
            String name = text.substring(start, tokens.get(nameEnd - 1).end());
            out.add(new Candidate(start, stop, text.substring(start, stop), EntityType.PLACE, kind, name, null, country,
                    null, null, null, null, rule, 0.8));
            return true;
        }

        boolean facility(int a, int end, Sentence s, List<Candidate> out) {
            int stop = end;
            String rule = "facility-noun";
            String country = null;
            // "Embassy in Tunis": the host place is part of an embassy's name
            if (isPlaceHead(fold(end - 1)) && stop + 1 < s.endToken() && fold(stop).equals("in") && covering[stop + 1] != null
                    && (covering[stop + 1].type() == EntityType.PLACE || covering[stop + 1].type() == EntityType.COUNTRY)) {
                Candidate host = covering[stop + 1];
                country = host.country();
                while (stop + 1 < s.endToken() && covering[stop + 1] == host) {
                    stop++;
                }
                stop++;
                rule = FACILITY_IN_PLACE;
            } else {
                country = null;
                for (int k = a; k + 1 < end && country == null; k++) {
                    if (fold(k).equals("in") && covering[k + 1] != null && covering[k + 1].country() != null) {
                        country = covering[k + 1].country(); // "U.S. Embassy in Tunis" lies in Tunisia
                        rule = FACILITY_IN_PLACE;
                    }
                }
                if (country == null) {
                    country = placeCountry(a, end, s);
                }
            }
            int start = tokens.get(a).start();
            int e = tokens.get(stop - 1).end();
            String name = text.substring(start, e);
            out.add(new Candidate(start, e, name, EntityType.PLACE, "facility", name, null, country, null, null, null,
                    null, rule, 0.8));
            return true;
        }

        /** The state a contextual place lies in: its own gazetteer reading, or a possessive container before it. */
        String placeCountry(int a, int end, Sentence s) {
            for (int i = a; i < end; i++) {
                if (covering[i] != null && covering[i].country() != null
                        && (covering[i].type() == EntityType.PLACE || covering[i].type() == EntityType.COUNTRY)) {
                    return covering[i].country();
                }
            }
            if (a - 2 >= s.firstToken() && fold(a - 1).equals("'s") && covering[a - 2] != null) {
                return covering[a - 2].country();
            }
            return null;
        }

        /** "Russia's foreign ministry", "the Syrian army", "US forces", "Ecuadorean embassy in London". */
        void stateBodies(Sentence s, List<Candidate> out) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Candidate c = startsAt[i];
                if (c == null || c.type() != EntityType.COUNTRY) {
                    continue;
                }
                int j = i;
                while (j < s.endToken() && covering[j] == c) {
                    j++;
                }
                int afterCountry = j;
                if (j < s.endToken() && fold(j).equals("'s")) {
                    j++;
                }
                int modStart = j;
                while (j < s.endToken() && !tokens.get(j).isCapitalized() && Lexicon.STATE_BODY_MODIFIERS.contains(fold(j))) {
                    j++;
                }
                int headEnd = -1;
                String head = null;
                for (int h = modStart; h <= j; h++) {
                    for (int len = 1; len <= 3 && h + len <= s.endToken(); len++) {
                        if (h + len < j || tokens.get(h + len - 1).isCapitalized()) {
                            continue;
                        }
                        String p = phrase(h, h + len);
                        if (Lexicon.STATE_BODY_HEADS.contains(p) && h + len > headEnd) {
                            headEnd = h + len;
                            head = p;
                        }
                    }
                }
                if (headEnd < 0 || headEnd <= afterCountry || headEnd < s.endToken() && tokens.get(headEnd).is("NOUN")
                        && !tokens.get(headEnd).isCapitalized()) {
                    continue; // "military bases": the word modifies a noun, it names no body
                }
                int start = c.start();
                int end = tokens.get(headEnd - 1).end();
                String body = text.substring(tokens.get(modStart).start(), end);
                if (head.equals("embassy") || head.equals("consulate")) {
                    int stop = headEnd;
                    String country = null;
                    if (stop + 1 < s.endToken() && fold(stop).equals("in") && covering[stop + 1] != null
                            && covering[stop + 1].type() == EntityType.PLACE) {
                        Candidate host = covering[stop + 1];
                        country = host.country();
                        end = host.end();
                    }
                    out.add(new Candidate(start, end, text.substring(start, end), EntityType.PLACE, "facility",
                            text.substring(start, end), null, country, null, null, null, null, FACILITY_IN_PLACE, 0.8));
                    continue;
                }
                // "Russia's foreign ministry" as written: the resolver gives state bodies their canonical name
                String name = text.substring(c.start(), c.end()) + " " + body;
                String lastWord = head.substring(head.lastIndexOf(' ') + 1);
                out.add(new Candidate(start, end, text.substring(start, end), EntityType.ORGANIZATION, null, name,
                        c.code() + agent(head.equals("coast guard") || head.equals("border guard") ? head : lastWord),
                        c.code(), null, null, null, null, STATE_BODY + ":descriptive", 0.75));
            }
        }

        /** "a naval facility in Tartous": the facility the gazetteer knows as "Tartous naval facility". */
        void facilitiesInPlaces(Sentence s, List<Candidate> out) {
            for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
                if (!FACILITY_NOUNS.contains(fold(i)) || tokens.get(i).isCapitalized()) {
                    continue;
                }
                int from = i > s.firstToken() && !tokens.get(i - 1).isCapitalized()
                        && (tokens.get(i - 1).is("ADJ") || tokens.get(i - 1).is("NOUN")) ? i - 1 : i;
                String in = fold(i + 1);
                Candidate place = startsAt[i + 2];
                if (!(in.equals("in") || in.equals("at") || in.equals("near")) || place == null
                        || place.type() != EntityType.PLACE) {
                    continue;
                }
                for (int f = from; f <= i; f++) {
                    String noun = phrase(f, i + 1);
                    GazetteerEntry facility = facilityNamed(place.text() + " " + noun);
                    if (facility == null && place.name() != null) {
                        facility = facilityNamed(place.name() + " " + noun);
                    }
                    if (facility != null) {
                        int start = tokens.get(f).start();
                        int end = tokens.get(i).end();
                        out.add(GazetteerRecognizer.place(text, start, end, facility, "facility-noun-in-place"));
                        break;
                    }
                }
            }
        }

        GazetteerEntry facilityNamed(String phrase) {
            for (PhraseHit h : gazetteer.index().get(PhraseIndex.key(phrase))) {
                if (h.entry().isFacility()) {
                    return h.entry();
                }
            }
            return null;
        }

        /** "northern Syria", "east Jerusalem", "Syria's northeast". */
        void directions(Sentence s, List<Candidate> out) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String f = fold(i);
                Token t = tokens.get(i);
                if (!t.isCapitalized() && (Lexicon.DIRECTION_ADJECTIVES.contains(f) || Lexicon.DIRECTION_NOUNS.contains(f))
                        && i + 1 < s.endToken() && startsAt[i + 1] != null
                        && (startsAt[i + 1].type() == EntityType.COUNTRY && !startsAt[i + 1].rule().equals("gazetteer:demonym")
                        || startsAt[i + 1].type() == EntityType.PLACE)) {
                    Candidate c = startsAt[i + 1];
                    if (c.type() == EntityType.COUNTRY && SIMPLE_DIRECTIONS.contains(f)) {
                        // "northern Syria": half a state is a mention of the state, the direction kept in the mention
                        out.add(new Candidate(t.start(), c.end(), text.substring(t.start(), c.end()), EntityType.COUNTRY,
                                null, c.name(), c.code(), c.country(), null, null, null, c.ref(), DIRECTION_AREA + ":" + f, 0.85));
                        continue;
                    }
                    String place = c.type() == EntityType.COUNTRY ? c.name() : c.text();
                    out.add(area(t.start(), c.end(), adjective(f) + " " + place, c.country(), out));
                }
                if (f.equals("'s") && i - 1 >= s.firstToken() && isCountry(i - 1) && i + 1 < s.endToken()
                        && Lexicon.DIRECTION_NOUNS.contains(fold(i + 1)) && !tokens.get(i + 1).isCapitalized()) {
                    Candidate c = covering[i - 1];
                    boolean noun = i + 2 >= s.endToken() || !tokens.get(i + 2).is("NOUN");
                    if (noun && !c.rule().equals("gazetteer:demonym")) {
                        out.add(area(c.start(), tokens.get(i + 1).end(), adjective(fold(i + 1)) + " " + c.name(), c.country(), out));
                    }
                }
            }
        }

        Candidate area(int start, int end, String name, String country, List<Candidate> out) {
            return new Candidate(start, end, text.substring(start, end), EntityType.PLACE, "region", name, null, country,
                    null, null, null, null, DIRECTION_AREA, 0.8);
        }

        /**
         * A word in capitals that is no acronym: a function word ("WE", "IF", "THERE") or one of a run of words
         * in capitals (a shouted quote, a dateline "THE HAGUE", a headline "AS PRESS FREEDOM ...").
         */
        boolean shouted(int i, Sentence s) {
            Token t = tokens.get(i);
            if (isPronoun(t.text()) || FUNCTION_WORDS.contains(Fold.token(t.text()))) {
                return true;
            }
            return i > s.firstToken() && capsWord(i - 1) || i + 1 < s.endToken() && capsWord(i + 1);
        }

        /** A word of two letters or more in capitals that no dictionary entry covers. */
        boolean capsWord(int i) {
            String w = tokens.get(i).text();
            return covering[i] == null && w.length() >= 2 && Fold.isAcronym(w) && w.chars().allMatch(Character::isLetter);
        }

        void acronyms(Sentence s, List<Candidate> out) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                String x = t.text().replace(".", "");
                if (covering[i] != null || x.length() < 2 || x.length() > 6 || !Fold.isAcronym(t.text())
                        || Lexicon.NOT_ACRONYMS.contains(x) || !x.chars().allMatch(Character::isLetter)
                        || shouted(i, s)) {
                    continue;
                }
                out.add(new Candidate(t.start(), t.end(), t.text(), EntityType.ORGANIZATION, null, t.text(), null, null,
                        null, null, null, null, "acronym", 0.3));
            }
        }
    }

    /** English closed-class words that a text may write in capitals ("IF", "WHEN"): never acronyms. */
    private static final Set<String> FUNCTION_WORDS = Lexicon.set("if", "when", "and", "or", "but", "not", "no",
            "yes", "so", "to", "of", "in", "on", "at", "by", "for", "from", "with", "as", "is", "are", "was", "were",
            "be", "been", "am", "do", "did", "does", "has", "have", "had", "can", "will", "would", "shall", "should",
            "must", "may", "might", "the", "an", "than", "then", "now", "why", "how", "where", "up", "out", "off",
            "oh", "ok", "okay", "too", "very", "just");

    /** Plain directions of a whole state ("northern", "central"): the area stays a mention of the state. */
    private static final Set<String> SIMPLE_DIRECTIONS = Lexicon.set("northern", "southern", "eastern", "western",
            "central", "north", "south", "east", "west");

    static String adjective(String direction) {
        String d = direction.replace("-", "");
        if (Lexicon.DIRECTION_NOUNS.contains(direction)) {
            return d + "ern";
        }
        return d;
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean up = true;
        for (char c : s.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ';
        }
        return b.toString();
    }

    private static final Set<String> PRONOUNS = Lexicon.set("i", "he", "she", "it", "we", "they", "you", "his", "her",
            "its", "our", "their", "your", "my", "him", "them", "us", "me", "this", "that", "these", "those", "who",
            "what", "which", "there", "here", "someone", "everyone", "anyone", "nobody", "none", "one", "some", "all",
            "each", "both", "either", "neither", "many", "much", "few", "several", "others", "another", "such");

    static boolean isPronoun(String t) {
        return PRONOUNS.contains(Fold.token(t));
    }

    /** "al-Chaab", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name. */
    static boolean isParticleCompound(String t) {
        int dash = t.indexOf('-');
        return dash > 0 && dash + 1 < t.length() && Character.isUpperCase(t.charAt(dash + 1))
                && Lexicon.NAME_PARTICLES.contains(Fold.token(t.substring(0, dash)));
    }

    static boolean isInitial(String t) {
        int n = t.length();
        if (n < 2 || t.charAt(n - 1) != '.') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (!(i % 2 == 0 ? Character.isUpperCase(c) : c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean Tokenizer_isPossessive(String t) {
        return (t.charAt(0) == '\'' || t.charAt(0) == '\u2019') && (t.charAt(1) == 's' || t.charAt(1) == 'S');
    }
}
