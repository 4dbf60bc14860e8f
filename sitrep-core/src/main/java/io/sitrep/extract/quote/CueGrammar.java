package io.sitrep.extract.quote;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Token;
import io.sitrep.resolve.coref.Lexicon;
import io.sitrep.resolve.coref.MentionIndex;
import io.sitrep.resolve.coref.Nominals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammar of speech cues, on tokens and part-of-speech tags: finds the speech verbs of a frame and the
 * noun phrase that is each one's subject ("Lina Khatib, an expert ..., told", "said Matthew Levitt",
 * "according to the ministry", the subject shared by "denied ..., calling ...", the antecedent of "which
 * says"), then the entity that noun phrase stands for (a person in it first; an organisation behind a
 * spokesperson or a statement; nobody for an unnamed official).
 */
public final class CueGrammar {
    /** A speech cue: the verb at {@code verb}, its subject tokens {@code [from, to]} ({@code split}: an appositive comma). */
    public record Cue(int verb, SpeechVerbs.Verb lexeme, int from, int to, int split, boolean inverted, String text) {
    }

    /** What a subject stands for: an entity, or nobody that can be named (entity null), and why. */
    public record Resolved(Entity entity, String how) {
    }

    private static final Map<String, Set<String>> NOUNS = Lexicon.sections(CueGrammar.class, "speaker-nouns.txt");
    private static final Set<String> SPOKES = NOUNS.get("spokes");
    private static final Set<String> DOCUMENTS = NOUNS.get("document");
    private static final Set<String> INDIVIDUALS = NOUNS.get("individual");
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "from", "to", "in", "on");
    private static final Set<String> SKIPPED = Set.of("also", "reportedly", "previously", "later", "repeatedly", "earlier",
            "then", "has", "have", "had", "would", "will", "did", "does", "do", "was", "were", "is", "been", "be", "not",
            "never", "already", "once", "again", "publicly", "separately", "further", "recently", "initially", "quickly",
            "however", "too", "n't", "just", "now", "first", "last", "today", "yesterday", "tonight", "late", "early",
            "on", "this", "week", "month", "year", "morning", "evening", "afternoon", "night");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");
    private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "while", "after", "before", "when", "in", "without",
            "as", "on");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whom");
    private static final Set<String> HARD_BOUNDARY = Set.of("with", "while", "but", "although", "whereas", "though", "yet");
    private static final int MAX_NP = 16;
    private static final int MAX_APPOSITIVE = 40;
    /** How far ahead (characters) the author of an unattributed report is looked for. */
    private static final int LOOKAHEAD = 2500;

    private final String text;
    private final List<Token> tokens;
    private final QuoteLayout layout;
    private final MentionIndex index;
    private final List<Entity> entities;
    private final Map<String, Entity> issuers = new HashMap<>();

    public QuoteLayout layout() {
        return layout;
    }

    /** The grammar of one document: its quote layout and entity mentions, as the speech stages need them. */
    public static CueGrammar of(io.sitrep.pipeline.Document doc) {
        List<Token> tokens = doc.get(io.sitrep.pipeline.Keys.TOKENS);
        QuoteLayout layout = new QuoteLayout(tokens, doc.get(io.sitrep.pipeline.Keys.SENTENCES),
                doc.get(io.sitrep.pipeline.Keys.QUOTE_SPANS));
        List<Entity> entities = doc.get(io.sitrep.pipeline.Keys.ENTITIES);
        return new CueGrammar(doc.text(), tokens, layout, new MentionIndex(tokens, entities), entities);
    }

    public CueGrammar(String text, List<Token> tokens, QuoteLayout layout, MentionIndex index, List<Entity> entities) {
        this.text = text;
        this.tokens = tokens;
        this.layout = layout;
        this.index = index;
        this.entities = entities;
    }

    /** Speech verbs (and "according to") of a frame, outside quotation marks, in text order. */
    public List<Integer> cueVerbs(QuoteLayout.Frame f) {
        List<Integer> out = new ArrayList<>();
        for (int i = f.first(); i < f.end(); i++) {
            if (layout.inside(i)) {
                continue;
            }
            if (isAccordingTo(i, f)) {
                out.add(i);
            } else if ((SpeechVerbs.of(tokens.get(i)) != null || participleAfterName(i)) && !afterDeterminer(i) && !reducedRelative(i)
                    && !(i + 1 < f.end() && (lower(i + 1).equals("out") || lower(i + 1).equals("by")))) {
                // "rule out", "call out"; "the tariffs announced by ..." is passive: its subject is not a speaker
                out.add(i);
            }
        }
        return out;
    }

    public boolean isAccordingTo(int i, QuoteLayout.Frame f) {
        return lower(i).equals("according") && i + 1 < f.end() && lower(i + 1).equals("to");
    }

    /** The cue at {@code verb}: its subject, or a cue without subject (from = -1) when none can be read. */
    public Cue cue(int verb, QuoteLayout.Frame f) {
        if (isAccordingTo(verb, f)) {
            int[] np = npStartingAt(verb + 2, f);
            return new Cue(verb, null, np == null ? -1 : np[0], np == null ? -1 : np[1], -1, true, "according to");
        }
        SpeechVerbs.Verb v = SpeechVerbs.of(tokens.get(verb));
        if (v == null) {
            v = SpeechVerbs.lookup(lower(verb));
        }
        String cueText = cueText(verb, f);
        int l = skipBack(verb - 1, f);
        boolean leftOpen = l < f.first() || layout.inside(l) || lower(l).equals(",");
        int r = verb + 1;
        int[] s = subjectOf(verb, f, 0);
        if (v.invert() && leftOpen && (s == null || l >= f.first() && layout.inside(l)) && r < f.end() && !layout.inside(r) && startsNp(r)) {
            int[] np = npStartingAt(r, f);
            if (np != null && !startsClause(np[1] + 1, f)) {
                return new Cue(verb, v, np[0], np[1], -1, true, cueText);
            }
        }
        return s == null ? new Cue(verb, v, -1, -1, -1, false, cueText) : new Cue(verb, v, s[0], s[1], s[2], false, cueText);
    }

    /** The entity a cue's subject stands for, or null when the cue has no subject at all. */
    public Resolved resolve(Cue c) {
        if (c.from() < 0) {
            return null;
        }
        if (c.split() >= 0) {
            Entity p = lastPerson(c.from(), c.split() - 1);
            if (p == null) {
                p = lastPerson(c.split() + 1, c.to());
            }
            if (p != null) {
                return new Resolved(p, "appositive");
            }
            Resolved r = resolveSpan(c.from(), c.split() - 1, false);
            if (r.entity() != null) {
                return r;
            }
            int[] np = npStartingAt(c.split() + 1, layout.frameOf(c.split()));
            return np == null ? r : resolveSpan(np[0], np[1], false);
        }
        return resolveSpan(c.from(), c.to(), c.inverted());
    }

    /** Remembers who issued a statement, report or note mentioned in a frame, for "the statement said". */
    public void noteIssuer(QuoteLayout.Frame f, int verb, Entity issuer) {
        if (issuer == null) {
            return;
        }
        for (int i = verb + 1; i < f.end(); i++) {
            if (!layout.inside(i) && DOCUMENTS.contains(lower(i))) {
                issuers.put(lower(i), issuer);
            }
        }
    }

    /** Subject tokens {from, to, split} of a verb, or null. */
    int[] subjectOf(int verb, QuoteLayout.Frame f, int depth) {
        if (depth > 4) {
            return null;
        }
        boolean participle = SpeechVerbs.isParticiple(tokens.get(verb)) || tokens.get(verb).is("VERB") && lower(verb).endsWith("ing");
        int j = skipBack(verb - 1, f);
        if (j < f.first() || layout.inside(j)) {
            return null;
        }
        String w = lower(j);
        if (w.equals("and") || w.equals("or") || w.equals("but")) {
            return mainSubject(j - 1, f, depth);
        }
        if (w.equals(",")) {
            if (participle) {
                return mainSubject(j - 1, f, depth);
            }
            return appositive(j, f);
        }
        if (RELATIVES.contains(w) || w.equals("that") && tokens.get(j).is("PRON")) {
            int k = j - 1;
            if (k >= f.first() && lower(k).equals(",")) {
                k--;
            }
            int[] np = k >= f.first() && !layout.inside(k) && isNpToken(k) ? npEndingAt(k, f, true) : null;
            return np == null ? null : new int[] {np[0], np[1], -1};
        }
        if (w.equals("to")) {
            int k = skipBack(j - 1, f);
            if (k < f.first() || layout.inside(k)) {
                return null;
            }
            if (isNpToken(k) && !tokens.get(k).is("VERB")) {
                int[] np = npEndingAt(k, f);
                return np == null ? null : new int[] {np[0], np[1], -1};
            }
            return tokens.get(k).is("VERB") ? subjectOf(k, f, depth + 1) : null;
        }
        if (participle && PARTICIPLE_LINKS.contains(w)) {
            return mainSubject(j - 1, f, depth);
        }
        if (isNpToken(j) || isPronoun(j)) {
            int[] np = npEndingAt(j, f);
            return np == null ? null : new int[] {np[0], np[1], -1};
        }
        return null;
    }

    /** "Name, appositive, VERB": from the name's start to the comma before the verb, split at the first comma. */
    private int[] appositive(int comma, QuoteLayout.Frame f) {
        int c = -1;
        for (int i = comma - 1; i >= f.first() && comma - i <= MAX_APPOSITIVE; i--) {
            if (layout.inside(i)) {
                break;
            }
            if (lower(i).equals(",")) {
                c = i;
                break;
            }
        }
        if (c < 0 || c + 1 > comma - 1) {
            return null;
        }
        int[] name = c - 1 >= f.first() && !layout.inside(c - 1) && (isNpToken(c - 1) || isPronoun(c - 1)) ? npEndingAt(c - 1, f) : null;
        if (name == null) {
            // "However, Smith said": the comma only ends an introductory phrase
            return null;
        }
        return new int[] {name[0], comma - 1, c};
    }

    /** The subject of the nearest finite verb before {@code from} that has one (participles, coordination). */
    private int[] mainSubject(int from, QuoteLayout.Frame f, int depth) {
        for (int k = previousFiniteVerb(from, f); k >= 0; k = previousFiniteVerb(k - 1, f)) {
            int[] s = subjectOf(k, f, depth + 1);
            if (s != null) {
                return s;
            }
        }
        // the tagger missed the main verb ("Beijing considers/NOUN ... and has vowed"): the sentence's first noun phrase
        Token first = tokens.get(f.first());
        if (!layout.inside(f.first()) && index.entityAt(f.first()) != null && index.mentionEnd(f.first()) < from) {
            return new int[] {f.first(), index.mentionEnd(f.first()), -1};
        }
        if (!layout.inside(f.first()) && (first.is("PROPN") || first.is("DET"))) {
            int[] np = npStartingAt(f.first(), f);
            return np == null || np[1] >= from ? null : new int[] {np[0], np[1], -1};
        }
        return null;
    }

    private int previousFiniteVerb(int from, QuoteLayout.Frame f) {
        for (int i = from; i >= f.first(); i--) {
            if (layout.inside(i)) {
                continue;
            }
            Token t = tokens.get(i);
            boolean verb = t.is("VERB") || SpeechVerbs.lookup(t.text()) != null && !t.is("NOUN") && !t.is("DET");
            if (verb && !lower(i).endsWith("ing") && !(i > f.first() && lower(i - 1).equals("to"))) {
                return i;
            }
        }
        return -1;
    }

    private int skipBack(int j, QuoteLayout.Frame f) {
        while (j >= f.first() && !layout.inside(j) && index.entityAt(j) == null) {
            String w = lower(j);
            Token t = tokens.get(j);
            if (SKIPPED.contains(w) || t.is("AUX") || (t.is("ADV") && !w.equals("which")) || (t.is("PART") && !isPossessive(j) && !w.equals("to"))) {
                j--;
            } else if (DAYS.contains(w) && index.entityAt(j) == null) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /** Noun-phrase tokens ending at {@code k}, walking left: [from, k], or null. */
    int[] npEndingAt(int k, QuoteLayout.Frame f) {
        return npEndingAt(k, f, false);
    }

    /** With {@code nearest}, stops at "of": the antecedent of "which" is "the group", not "the head of the group". */
    private int[] npEndingAt(int k, QuoteLayout.Frame f, boolean nearest) {
        if (isPronoun(k)) {
            return new int[] {k, k};
        }
        int i = k;
        while (i - 1 >= f.first() && !layout.inside(i - 1) && k - i < MAX_NP) {
            int j = i - 1;
            String w = lower(j);
            if (isNpToken(j) || isPossessivePronoun(j)) {
                i = j;
            } else if (NP_PREPOSITIONS.contains(w) && !(nearest && w.equals("of")) && j - 1 >= f.first() && !layout.inside(j - 1)
                    && (tokens.get(j - 1).is("NOUN") || tokens.get(j - 1).is("PROPN") || index.entityAt(j - 1) != null)
                    && (tokens.get(i).is("DET") || tokens.get(i).is("PROPN") || tokens.get(i).is("NOUN") || tokens.get(i).is("ADJ"))) {
                i = j;
            } else if (w.equals("and") && j - 1 >= f.first() && index.entityAt(j - 1) != null && index.entityAt(i) != null) {
                i = j;
            } else {
                break;
            }
        }
        return new int[] {i, k};
    }

    /** Noun-phrase tokens starting at {@code r}, walking right: [r, to], or null. */
    int[] npStartingAt(int r, QuoteLayout.Frame f) {
        if (r >= f.end() || layout.inside(r)) {
            return null;
        }
        if (isPronoun(r)) {
            return new int[] {r, r};
        }
        int i = r;
        if (!(isNpToken(i) || isPossessivePronoun(i))) {
            return null;
        }
        while (i + 1 < f.end() && !layout.inside(i + 1) && i - r < MAX_NP) {
            int j = i + 1;
            String w = lower(j);
            if (isNpToken(j) && !(tokens.get(j).is("NUM") && lower(i).equals(","))) {
                i = j;
            } else if (NP_PREPOSITIONS.contains(w) && j + 1 < f.end() && !layout.inside(j + 1)
                    && (tokens.get(j + 1).is("DET") || tokens.get(j + 1).is("PROPN") || tokens.get(j + 1).is("NOUN"))) {
                i = j;
            } else {
                break;
            }
        }
        return new int[] {r, i};
    }

    /** A verb follows: "said top diplomats will meet" is a reported clause, not "said Smith". */
    private boolean startsClause(int i, QuoteLayout.Frame f) {
        int j = i;
        while (j < f.end() && !layout.inside(j) && (tokens.get(j).is("ADV") || tokens.get(j).is("PART"))) {
            j++;
        }
        return j < f.end() && !layout.inside(j) && (tokens.get(j).is("VERB") || tokens.get(j).is("AUX"));
    }

    private boolean startsNp(int r) {
        Token t = tokens.get(r);
        return index.entityAt(r) != null || t.is("PROPN") || t.is("DET") || t.is("NOUN") || t.is("ADJ") && !lower(r).equals("that");
    }

    boolean isNpToken(int i) {
        if (index.entityAt(i) != null && !isPronoun(i)) {
            return true;
        }
        Token t = tokens.get(i);
        String w = t.text();
        if (t.isCapitalized() && !t.is("VERB") && !t.is("AUX") && !t.is("PUNCT") && !w.equals("I") && i > 0
                && !tokens.get(i - 1).is("PUNCT") && Character.isLetter(w.charAt(0))) {
            return true; // a capitalised word inside a sentence is a name, whatever the tagger says
        }
        return t.is("PROPN") || t.is("NOUN") || t.is("NUM") || t.is("ADJ") || t.is("DET") && !lower(i).equals("that")
                || isPossessive(i) || w.equals("-") || w.equals("&") || (w.length() > 1 && w.endsWith(".") && Character.isUpperCase(w.charAt(0)));
    }

    private boolean isPronoun(int i) {
        String w = lower(i);
        return tokens.get(i).is("PRON") && (w.equals("he") || w.equals("she") || w.equals("it") || w.equals("they")
                || w.equals("we") || w.equals("i"));
    }

    private boolean isPossessivePronoun(int i) {
        String w = lower(i);
        return w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their");
    }

    private boolean isPossessive(int i) {
        String w = tokens.get(i).text();
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** "with Ayman Safadi warning of ...": a speech participle right after a name, whatever its tag. */
    private boolean participleAfterName(int i) {
        return i > 0 && lower(i).endsWith("ing") && SpeechVerbs.lookup(lower(i)) != null
                && (index.entityAt(i - 1) != null || tokens.get(i - 1).is("PROPN"));
    }

    /** "her comments suggesting ...": a participle right after a common noun modifies it. */
    private boolean reducedRelative(int i) {
        return i > 0 && lower(i).endsWith("ing") && tokens.get(i - 1).is("NOUN") && index.entityAt(i - 1) == null
                && !tokens.get(i - 1).isCapitalized();
    }

    /** "the said agreement": a form of say after a determiner is no verb. */
    private boolean afterDeterminer(int i) {
        return i > 0 && tokens.get(i - 1).is("DET");
    }

    /** The words of a subject tokens span stand for: a person first, else its head's entity, else its owner. */
    private Resolved resolveSpan(int from, int to, boolean firstPerson) {
        if (from == to && isPronoun(from)) {
            Entity e = index.entityAt(from);
            return new Resolved(e, e == null ? "unresolved-pronoun" : "pronoun");
        }
        int personAt = firstPerson ? firstPersonAt(from, to) : lastPersonAt(from, to);
        if (personAt >= 0) {
            return new Resolved(index.entityAt(personAt), how(personAt));
        }
        int head = to;
        for (int i = from + 1; i <= to; i++) {
            if (NP_PREPOSITIONS.contains(lower(i)) && tokens.get(i).is("ADP") || lower(i).equals(",")) {
                head = i - 1;
                break;
            }
        }
        Entity atHead = index.entityAt(head);
        if (atHead != null && !ownerAt(head) && atHead.type() != EntityType.PLACE) {
            return new Resolved(atHead, how(head));
        }
        String h = lower(head);
        if (Nominals.isRoleNoun(h) && atHead == null && !INDIVIDUALS.contains(h) && !SPOKES.contains(h)) {
            // "the Russian president said" that coreference could not resolve: a person, not the state named in it
            return new Resolved(null, "unresolved-role");
        }
        if (Nominals.isOrgNoun(h) && atHead == null) {
            Entity org = Nominals.resolveOrg(h, entities, tokens.get(from).start());
            if (org != null) {
                return new Resolved(org, "nominal");
            }
        }
        if (INDIVIDUALS.contains(h)) {
            return new Resolved(null, "unnamed");
        }
        if (SPOKES.contains(h) || DOCUMENTS.contains(h)) {
            Entity owner = firstActor(from, to);
            if (owner != null) {
                return new Resolved(owner, SPOKES.contains(h) ? "spokesperson" : "document");
            }
            for (int i = from; i <= to; i++) {
                if (Nominals.isOrgNoun(lower(i))) {
                    Entity org = Nominals.resolveOrg(lower(i), entities, tokens.get(from).start());
                    if (org != null) {
                        return new Resolved(org, "spokesperson");
                    }
                }
            }
            Entity issuer = DOCUMENTS.contains(h) ? issuers.getOrDefault(h, laterOwner(h, to)) : null;
            return new Resolved(issuer, issuer == null ? "unnamed" : "document-issuer");
        }
        Entity any = firstActor(from, to);
        if (any != null) {
            return new Resolved(any, "name");
        }
        Entity state = cityAsState(from, to);
        if (state != null) {
            return new Resolved(state, "capital");
        }
        Entity bySurname = surname(from, to);
        return new Resolved(bySurname, bySurname == null ? "not-an-entity" : "surname");
    }

    /**
     * "according to a report ..." before the report's author is named: the owner in the next "X's report"
     * (or "X's final report") within a few paragraphs.
     */
    private Entity laterOwner(String noun, int after) {
        int limit = tokens.size();
        for (int i = after + 1; i < limit && tokens.get(i).start() - tokens.get(after).end() <= LOOKAHEAD; i++) {
            if (!lower(i).equals(noun) || layout.inside(i)) {
                continue;
            }
            int k = i - 1;
            while (k > after && tokens.get(k).is("ADJ")) {
                k--;
            }
            if (k > after && isPossessive(k) && index.entityAt(k - 1) != null && index.entityAt(k - 1).isActor()) {
                return index.entityAt(k - 1);
            }
        }
        return null;
    }

    /** A city that speaks is its state's government ("Beijing warned"): the state, when the document names it. */
    private Entity cityAsState(int from, int to) {
        for (int i = from; i <= to; i++) {
            Entity e = index.entityAt(i);
            if (e != null && e.type() == EntityType.PLACE && "city".equals(e.kind()) && e.country() != null) {
                for (Entity c : entities) {
                    if (c.type() == EntityType.COUNTRY && e.country().equals(c.code())) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** A capitalised word of the span that is the last name of exactly one person of the document. */
    private Entity surname(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (index.entityAt(i) != null || !tokens.get(i).isCapitalized()) {
                continue;
            }
            Entity found = null;
            int count = 0;
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON && e.name().endsWith(" " + tokens.get(i).text())) {
                    found = e;
                    count++;
                }
            }
            if (count == 1) {
                return found;
            }
        }
        return null;
    }

    /** How the mention at {@code i} names its entity: "pronoun", "nominal" (coreference) or "name". */
    private String how(int i) {
        String rule = index.ruleAt(i);
        return "pronoun".equals(rule) || "nominal".equals(rule) ? rule : "name";
    }

    private Entity lastPerson(int from, int to) {
        int at = lastPersonAt(from, to);
        return at < 0 ? null : index.entityAt(at);
    }

    private int lastPersonAt(int from, int to) {
        int out = -1;
        for (int i = from; i <= to; i++) {
            Entity e = index.entityAt(i);
            if (e != null && e.type() == EntityType.PERSON && !ownerAt(i)) {
                out = i;
            }
        }
        return out;
    }

    private int firstPersonAt(int from, int to) {
        for (int i = from; i <= to; i++) {
            Entity e = index.entityAt(i);
            if (e != null && e.type() == EntityType.PERSON && !ownerAt(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first organisation, group or state named in the span, owners included. */
    private Entity firstActor(int from, int to) {
        for (int i = from; i <= to; i++) {
            // the body a state is named in ("the British Foreign Office"), not the state
            for (Entity e : new Entity[] {index.outerEntityAt(i), index.entityAt(i)}) {
                if (e != null && e.type() != EntityType.PLACE && e.type() != EntityType.PERSON) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The mention covering {@code i} is followed by 's: an owner, not the head. */
    private boolean ownerAt(int i) {
        int end = index.mentionEnd(i);
        return end >= 0 && end + 1 < tokens.size() && isPossessive(end + 1);
    }

    /** The verb and, when they follow it, "reporters", "in a statement" and the like. */
    private String cueText(int verb, QuoteLayout.Frame f) {
        String v = tokens.get(verb).text();
        int n = verb + 1;
        if (n < f.end() && !layout.inside(n)) {
            String w = lower(n);
            if (w.equals("reporters") || w.equals("journalists")) {
                return v + " " + tokens.get(n).text();
            }
            if ((w.equals("in") || w.equals("on")) && n + 2 < f.end() && !layout.inside(n + 2)
                    && (lower(n + 1).equals("a") || lower(n + 1).equals("its") || lower(n + 1).equals("his") || lower(n + 1).equals("her"))
                    && DOCUMENTS.contains(lower(n + 2))) {
                return v + " " + text.substring(tokens.get(n).start(), tokens.get(n + 2).end());
            }
        }
        return v;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    private String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
