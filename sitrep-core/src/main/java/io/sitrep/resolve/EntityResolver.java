package io.sitrep.resolve;

import io.sitrep.model.Candidate;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns candidates into entities, one per real thing:
 * <ol>
 *   <li>overlaps are settled: the longer span wins, then the higher score; a state inside a state body
 *       ("Russia's foreign ministry"), a directional area ("northern Syria") or an embassy, and a place inside
 *       "Embassy in Tunis", stay as nested mentions;</li>
 *   <li>candidates with one gazetteer ref are one entity (Tartus/Tartous, Moscow/the Kremlin/Russia);</li>
 *   <li>persons: a full name gathers its shorter forms (surname "Abu Qasra", "Assad" for "Bashar al-Assad",
 *       a first name), including unmarked occurrences of the surname anywhere in the text;</li>
 *   <li>acronyms join their long form: "(SDF)" right after a name, or initials that spell it;</li>
 *   <li>attributes: a person's role and country come from the text first, the dictionary second, and its
 *       CAMEO code from country + agent word of the role ("Defence Minister" of SYR → SYRGOV).</li>
 * </ol>
 * Entity ids are e1, e2, ... in order of first mention.
 */
public final class EntityResolver implements Stage {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");
    private final Gazetteer gazetteer;

    public EntityResolver() {
        this(Gazetteer.standard());
    }

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.CANDIDATES, Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.ENTITIES);
    }

    @Override
    public void process(Document doc) {
        doc.put(Keys.ENTITIES, resolve(doc.text(), doc.get(Keys.TOKENS), doc.get(Keys.CANDIDATES)));
    }

    /** An entity being assembled. */
    private static final class Group {
        final List<Candidate> cands = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        EntityType type;
        String ref;
        List<String> nameTokens = List.of();
        List<String> surnames;
        /** An acronym that is the organisation's own name, not an abbreviation of the English long form ("TNO"). */
        String ownName;

        Group(Candidate c) {
            type = c.type();
            ref = c.ref();
            add(c, c.rule());
        }

        void add(Candidate c, String rule) {
            cands.add(c);
            mentions.add(new Mention(c.start(), c.end(), c.text(), rule));
        }

        Candidate first() {
            return cands.get(0);
        }

        int firstStart() {
            int s = Integer.MAX_VALUE;
            for (Mention m : mentions) {
                s = Math.min(s, m.start());
            }
            return s;
        }
    }

    List<Entity> resolve(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> kept = settleOverlaps(candidates);
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        List<Group> persons = new ArrayList<>();
        // persons first: full names, then the shorter forms
        List<Candidate> personCands = new ArrayList<>();
        for (Candidate c : kept) {
            if (c.type() == EntityType.PERSON) {
                personCands.add(c);
            }
        }
        personCands.sort(Comparator.comparingInt((Candidate c) -> -personTokens(c.text()).size())
                .thenComparingInt(Candidate::start));
        for (Candidate c : personCands) {
            List<String> toks = personTokens(c.text());
            Group g = c.ref() != null ? byKey.get(c.ref()) : null;
            if (g == null) {
                g = matchPerson(persons, toks, c);
            }
            if (g == null) {
                if (toks.size() < 2 && c.score() < 0.5) {
                    continue; // a lone word before "said" that names nobody known
                }
                g = new Group(c);
                g.nameTokens = toks;
                persons.add(g);
                groups.add(g);
            } else {
                g.add(c, c.rule());
                if (g.ref == null && c.ref() != null) {
                    g.ref = c.ref();
                }
            }
            if (c.ref() != null) {
                byKey.putIfAbsent(c.ref(), g);
            }
        }
        Map<String, Group> surnames = surnameIndex(persons);
        Map<String, Group> acronyms = new HashMap<>();
        for (Candidate c : kept) {
            if (c.type() == EntityType.PERSON) {
                continue;
            }
            if (c.type() == EntityType.PLACE && c.ref() != null && c.rule().startsWith("place:")) {
                Group p = surnames.get(Fold.token(c.text()));
                if (p != null) {
                    p.add(c, "surname");
                    continue;
                }
            }
            String key = key(c);
            Group g = byKey.get(key);
            if (g == null && c.rule().equals("acronym")) {
                g = acronyms.get(c.text().replace(".", ""));
                if (g == null) {
                    g = byInitials(groups, c.text().replace(".", ""));
                }
            }
            if (g == null) {
                g = new Group(c);
                groups.add(g);
                byKey.put(key, g);
            } else {
                g.add(c, c.rule());
            }
            if (c.type() == EntityType.ORGANIZATION || c.type() == EntityType.GROUP) {
                String acr = parentheticalAcronym(text, c.end());
                if (acr != null) {
                    acronyms.putIfAbsent(acr, g);
                    if (g.ownName == null && g.ref == null && !abbreviates(acr, c.text())) {
                        g.ownName = acr;
                    }
                }
            }
        }
        addSurnameMentions(text, tokens, persons, groups);
        groups.sort(Comparator.comparingInt(Group::firstStart));
        List<Entity> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(build("e" + (out.size() + 1), g));
        }
        return List.copyOf(out);
    }

    /** The longer span wins, then the higher score; some containers keep what they contain (see class doc). */
    static List<Candidate> settleOverlaps(List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingDouble(c -> -c.score())
                .thenComparingInt(Candidate::start));
        // the kept spans that block others are disjoint: a tree by start finds the overlapping ones in log time
        java.util.TreeMap<Integer, Candidate> blocking = new java.util.TreeMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : order) {
            List<Candidate> overlapping = new ArrayList<>(2);
            Map.Entry<Integer, Candidate> below = blocking.floorEntry(c.start());
            if (below != null && below.getValue().end() > c.start()) {
                overlapping.add(below.getValue());
            }
            overlapping.addAll(blocking.subMap(c.start(), false, c.end(), false).values());
            boolean ok = true;
            boolean nested = false;
            for (Candidate k : overlapping) {
                if (k.start() <= c.start() && c.end() <= k.end() && nests(k, c)) {
                    nested = true;
                } else {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                kept.add(c);
                if (!nested) {
                    blocking.put(c.start(), c);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));
        return kept;
    }

    private static boolean nests(Candidate outer, Candidate inner) {
        String r = outer.rule();
        if (inner.type() == EntityType.COUNTRY) {
            return r.startsWith(NameRecognizer.STATE_BODY) || r.equals(NameRecognizer.DIRECTION_AREA)
                    || r.equals(NameRecognizer.FACILITY_IN_PLACE);
        }
        return inner.type() == EntityType.PLACE && r.equals(NameRecognizer.FACILITY_IN_PLACE);
    }

    private String key(Candidate c) {
        if (c.ref() != null) {
            return c.ref();
        }
        String name = Fold.token(orgName(c));
        if ("facility".equals(c.kind())) {
            name = name.replace(" jail", " prison").replace(" airbase", " air base").replace(" airfield", " air base");
        }
        return c.type() + ":" + name;
    }

    /** Folded name words without particles and initials: "Bashar al-Assad" → [bashar, assad]. */
    static List<String> personTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(Fold.token(name))) {
            for (String p : w.split("-")) {
                String q = p.replace("'", "").replace(".", "");
                if (q.isEmpty() || Lexicon.NAME_PARTICLES.contains(q) && !q.equals("abu") || q.length() == 1) {
                    continue;
                }
                out.add(q);
            }
        }
        return out;
    }

    /** A person already found whose name contains these words with the same last word (or the first name alone). */
    private static Group matchPerson(List<Group> persons, List<String> toks, Candidate c) {
        if (toks.isEmpty()) {
            return null;
        }
        Group found = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Group g : persons) {
            List<String> full = g.nameTokens;
            boolean same = full.equals(toks);
            boolean shorter = full.size() > toks.size() && full.containsAll(toks)
                    && (full.get(full.size() - 1).equals(toks.get(toks.size() - 1))
                    && !(toks.size() == 1 && full.size() > 2 && isKunya(full.get(full.size() - 2)))
                    || toks.size() == 1 && full.get(0).equals(toks.get(0)));
            if (same || shorter) {
                int d = Math.abs(g.first().start() - c.start());
                if (same) {
                    return g;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    found = g;
                }
            }
        }
        return found;
    }

    /**
     * "Abu"/"Umm" (father/mother of) and "bin"/"ibn" (son of) bind the next word: a name ending "Abu Amer" is
     * shortened to "Abu Amer", not "Amer", so a bare "Amer" is someone else's surname.
     */
    static boolean isKunya(String folded) {
        return folded.equals("abu") || folded.equals("umm") || folded.equals("bin") || folded.equals("ibn");
    }

    /** Surname forms of each multi-word person ("abu qasra" for "Murhaf Abu Qasra", "assad" for "Bashar al-Assad"), unique ones only. */
    private static Map<String, Group> surnameIndex(List<Group> persons) {
        Map<String, Group> out = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Group g : persons) {
            for (String s : surnameForms(g)) {
                count.merge(s, 1, Integer::sum);
                out.put(s, g);
            }
        }
        out.keySet().removeIf(s -> count.get(s) > 1);
        return out;
    }

    private static List<String> surnameForms(Group g) {
        if (g.surnames == null) {
            g.surnames = List.copyOf(new java.util.LinkedHashSet<>(rawSurnameForms(g)));
        }
        return g.surnames;
    }

    private static List<String> rawSurnameForms(Group g) {
        String name = longestPersonName(g);
        String[] words = SPACES.split(name);
        List<String> forms = new ArrayList<>();
        if (words.length < 2) {
            forms.add(Fold.token(name)); // "President Obama": the surname is all the text gives
            return forms;
        }
        int from = 1;
        while (from < words.length - 1 && words[from].length() <= 2 && words[from].endsWith(".")) {
            from++; // middle initials
        }
        forms.add(Fold.token(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))));
        String last = words[words.length - 1];
        if (words.length > 2 && isKunya(Fold.token(words[words.length - 2]))) {
            return forms; // "Sadeq Abu Amer" is "Abu Amer", never "Amer"; "Murhaf Abu Qasra" is "Abu Qasra"
        }
        forms.add(Fold.token(last));
        int dash = last.indexOf('-');
        if (dash > 0 && Lexicon.NAME_PARTICLES.contains(Fold.token(last.substring(0, dash)))) {
            forms.add(Fold.token(last.substring(dash + 1)));
        }
        return forms;
    }

    private static String longestPersonName(Group g) {
        String best = "";
        for (Candidate c : g.cands) {
            String n = c.text();
            if (personTokens(n).size() > personTokens(best).size()) {
                best = n;
            }
        }
        return best;
    }

    /** Unmarked occurrences of a person's surname ("Abu Qasra declined") become mentions of that person. */
    private static void addSurnameMentions(String text, List<Token> tokens, List<Group> persons, List<Group> groups) {
        if (persons.isEmpty()) {
            return;
        }
        Map<String, List<Object[]>> byFirst = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Group g : persons) {
            for (String form : surnameForms(g)) {
                count.merge(form, 1, Integer::sum);
            }
        }
        for (Group g : persons) {
            for (String form : surnameForms(g)) {
                if (count.get(form) == 1) {
                    String[] words = form.split(" ");
                    byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Object[] {words, g});
                }
            }
        }
        List<int[]> taken = new ArrayList<>();
        for (int gi = 0; gi < groups.size(); gi++) {
            for (Mention m : groups.get(gi).mentions) {
                taken.add(new int[] {m.start(), m.end(), gi});
            }
        }
        taken.sort(Comparator.comparingInt(a -> a[0]));
        int ti = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized()) {
                continue;
            }
            List<Object[]> forms = byFirst.get(Fold.token(t.text()));
            if (forms == null) {
                continue;
            }
            for (Object[] f : forms) {
                String[] words = (String[]) f[0];
                int end = i + words.length;
                if (end > tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 1; k < words.length && match; k++) {
                    match = Fold.token(tokens.get(i + k).text()).equals(words[k]);
                }
                if (!match || end < tokens.size() && tokens.get(end).isCapitalized() && tokens.get(end).is("PROPN")) {
                    continue;
                }
                int s = t.start();
                int e = tokens.get(end - 1).end();
                while (ti < taken.size() && taken.get(ti)[1] <= s) {
                    ti++;
                }
                Group g = (Group) f[1];
                boolean free = true;
                List<int[]> inside = new ArrayList<>();
                for (int k = Math.max(0, ti - 1); k < taken.size() && taken.get(k)[0] < e; k++) {
                    int[] tk = taken.get(k);
                    if (tk[1] > s) {
                        // a shorter mention of the same person inside the surname ("Qasra" in "Abu Qasra") gives way
                        if (groups.get(tk[2]) == g && tk[0] >= s && tk[1] <= e && tk[1] - tk[0] < e - s) {
                            inside.add(tk);
                        } else {
                            free = false;
                            break;
                        }
                    }
                }
                if (free) {
                    for (int[] tk : inside) {
                        g.mentions.removeIf(m -> m.start() == tk[0] && m.end() == tk[1]);
                    }
                    g.mentions.add(new Mention(s, e, text.substring(s, e), "surname"));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private static String parentheticalAcronym(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return null;
        }
        int close = text.indexOf(')', i);
        if (close < 0 || close - i > 10) {
            return null;
        }
        String inner = text.substring(i + 1, close).strip().replace(".", "");
        return Fold.isAcronym(inner) && inner.chars().allMatch(Character::isLetter) ? inner : null;
    }

    /**
     * Whether the acronym abbreviates the long form: its letters are, in order, the first letters of the long
     * form's words (or hyphen parts), the first one of the first word ("IDF" for "Israel Defense Forces",
     * "OPEC" for "Organization of the Petroleum Exporting Countries"). When it does not ("TNO" after "Netherlands
     * Organisation for Applied Scientific Research"), the long form is a translation or gloss and the acronym is
     * the organisation's own name: the entity is named by it.
     */
    static boolean abbreviates(String acronym, String longForm) {
        List<Character> initials = new ArrayList<>();
        for (String w : WORD_BREAKS.split(longForm)) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                initials.add(Character.toUpperCase(w.charAt(0)));
            }
        }
        String a = acronym.toUpperCase(java.util.Locale.ROOT);
        if (initials.isEmpty() || a.isEmpty() || initials.get(0) != a.charAt(0)) {
            return false;
        }
        int k = 0;
        for (char ch : initials) {
            if (k < a.length() && ch == a.charAt(k)) {
                k++;
            }
        }
        return k == a.length();
    }

    /** An organisation whose capitalised words spell the acronym ("International Criminal Court" → ICC). */
    private static Group byInitials(List<Group> groups, String acronym) {
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION && g.type != EntityType.GROUP) {
                continue;
            }
            for (Candidate c : g.cands) {
                StringBuilder initials = new StringBuilder();
                for (String w : WORD_BREAKS.split(c.text())) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        initials.append(w.charAt(0));
                    }
                }
                if (initials.length() >= 2 && initials.toString().equals(acronym)) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The candidate's name; a state body's in its canonical form ({@link StateBodyNames}). */
    private String orgName(Candidate c) {
        String name = c.name() == null ? c.text() : c.name();
        return c.type() == EntityType.ORGANIZATION && c.country() != null
                ? StateBodyNames.canonical(name, c.country(), gazetteer) : name;
    }

    private Entity build(String id, Group g) {
        g.mentions.sort(null);
        List<Mention> mentions = dedupe(g.mentions);
        Candidate first = g.first();
        String name = first.name() != null ? first.name() : first.text();
        String kind = null;
        String code = null;
        String country = null;
        String role = null;
        Double lat = null;
        Double lon = null;
        String ref = g.ref;
        switch (g.type) {
            case PERSON -> {
                name = longestPersonName(g);
                GazetteerEntry dict = null;
                for (Candidate c : g.cands) {
                    boolean fromText = !c.rule().startsWith("gazetteer:");
                    if (role == null && c.role() != null && fromText) {
                        role = c.role();
                    }
                    if (country == null && c.country() != null && fromText) {
                        country = c.country();
                    }
                    if (c.ref() != null && dict == null) {
                        dict = dictionaryPerson(c);
                    }
                }
                if (dict != null) {
                    // the dictionary's spelling unless the text gives more of the name ("Omar Hassan al-Bashir")
                    if (personTokens(dict.name()).containsAll(personTokens(name)) || name.isEmpty()) {
                        name = dict.name();
                    }
                    ref = dict.ref();
                    if (country == null) {
                        country = dict.country();
                    }
                    if (role == null) {
                        role = dict.role();
                        code = dict.code();
                    }
                }
                if (code == null && country != null) {
                    String agent = gazetteer.agentCode(role);
                    code = agent == null ? null : country + agent;
                }
            }
            case COUNTRY -> {
                code = first.code();
                country = first.code();
            }
            case ORGANIZATION, GROUP -> {
                for (Candidate c : g.cands) {
                    if (!c.rule().equals("acronym")) {
                        name = c.name() != null ? c.name() : c.text();
                        break;
                    }
                }
                for (Candidate c : g.cands) {
                    code = code == null ? c.code() : code;
                    country = country == null ? c.country() : country;
                }
                if (g.ownName != null) {
                    name = g.ownName;
                } else if (g.type == EntityType.ORGANIZATION && country != null) {
                    name = StateBodyNames.canonical(name, country, gazetteer);
                }
            }
            case PLACE -> {
                kind = first.kind();
                country = first.country();
                lat = first.lat();
                lon = first.lon();
                for (Candidate c : g.cands) {
                    country = country == null ? c.country() : country;
                }
            }
        }
        return new Entity(id, name, g.type, kind, code, country, role, lat, lon, mentions, ref);
    }

    private GazetteerEntry dictionaryPerson(Candidate c) {
        GazetteerEntry e = gazetteer.entry(c.ref());
        return e != null ? e : new GazetteerEntry(c.ref(), c.name(), EntityType.PERSON, null, c.code(), c.country(), c.role(), null, null,
                0, null, null, null);
    }

    private static List<Mention> dedupe(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        for (Mention m : sorted) {
            long k = ((long) m.start() << 32) | m.end();
            if (seen.putIfAbsent(k, Boolean.TRUE) == null) {
                out.add(m);
            }
        }
        return out;
    }
}
