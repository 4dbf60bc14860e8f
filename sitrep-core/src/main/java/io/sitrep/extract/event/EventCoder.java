package io.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the events of one sentence with a CAMEO verb dictionary over a fast shallow parse: verb groups
 * from the part-of-speech tags and the dictionary's verb forms, the subject as the nearest actor before the
 * verb group within its clause (inherited by coordinated and infinitive verbs), the target as the first actor
 * after the verb (or in the pattern's target slot), passive voice ("X was attacked by Y"), negation, and
 * verbs nested under speech or intention verbs. Linear in the sentence length times the patterns of the
 * verbs found; thread-safe.
 */
public final class EventCoder {
    /**
     * How the coder behaves.
     *
     * @param requireTarget   drop events without a target (PETRARCH's require_dyad)
     * @param transformations apply the dictionary's transformations to nested verbs (PETRARCH behaviour);
     *                        otherwise the inner event is coded and the speech verb gives its own event
     * @param speechWithoutTarget code speech verbs (01 family) that have a source but no target
     */
    public record Options(boolean requireTarget, boolean transformations, boolean speechWithoutTarget) {
        public static Options petrarch() {
            return new Options(true, true, false);
        }

        public static Options analysis() {
            return new Options(false, false, true);
        }
    }

    private static final Set<String> AUX = Set.of("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re",
            "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "'ll", "wo", "ca", "to", "not", "n't", "never", "also", "still",
            "about", "already", "now", "reportedly", "allegedly", "apparently", "again", "then", "just", "soon",
            "further", "once", "recently", "really", "certainly", "ever", "even", "most", "unexpectedly", "finally",
            "jointly", "formally", "officially", "immediately", "later", "previously", "repeatedly", "strongly",
            "publicly", "effectively", "actively", "likely", "possibly", "probably", "ready");
    private static final Set<String> BE = Set.of("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re",
            "'m", "get", "got", "gets");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> DEGREE = Set.of("very", "so", "too", "quite", "rather", "extremely", "more",
            "most", "less", "least", "fairly", "pretty");
    private static final Set<String> HEDGE = Set.of("may", "might", "could", "would", "should", "possibly", "probably",
            "likely", "reportedly", "allegedly", "apparently");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITION = Set.of("if", "unless");
    private static final Set<String> BOUNDARY = Set.of("that", "which", "who", "whom", "whose", "because", "although",
            "though", "while", "whereas", "if", "unless", "whether", ";", ":", "\"", "\u201c", "\u201d", "where",
            "when", "after", "before", "until", "since");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");
    private static final Set<String> COORD = Set.of("and", "but", "or", "nor", "then");
    private static final Set<String> SUBJECT_PRONOUN = Set.of("he", "she", "they", "it", "we");
    private static final Set<String> NOUN_INTRO = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my",
            "your", "this", "these", "those", "'s", "of", "for", "in", "on", "with", "by", "from", "at", "into",
            "about", "against", "over", "under", "between", "among", "such", "any", "no", "some", "every", "each");
    private static final Set<String> SPEECH = Set.of("SAY", "SAYS", "SAID", "SAYING", "CLAIM", "CLAIMS", "CLAIMED",
            "STATE", "STATES", "STATED", "ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "TELL", "TELLS", "TOLD", "REPORT",
            "REPORTS", "REPORTED", "ADD", "ADDS", "ADDED", "ALLEGE", "ALLEGES", "ALLEGED", "INSIST", "INSISTS",
            "INSISTED", "NOTE", "NOTES", "NOTED", "ASSERT", "ASSERTS", "ASSERTED", "DECLARE", "DECLARES", "DECLARED",
            "STRESS", "STRESSED", "EMPHASISED", "EMPHASIZED", "EMPHASISES", "EMPHASIZES", "BELIEVE", "BELIEVES",
            "BELIEVED", "THINK", "THINKS", "THOUGHT", "CONFIRM", "CONFIRMS", "CONFIRMED", "ARGUE", "ARGUED",
            "ARGUES", "WRITE", "WROTE", "WRITES", "EXPLAIN", "EXPLAINED", "EXPLAINS");
    /** Verbs of wanting and intending: "wants to meet" is an intent to meet (03x). */
    private static final Set<String> INTENT = Set.of("want", "wants", "wanted", "wanting", "wish", "wishes", "wished",
            "intend", "intends", "intended", "hope", "hopes", "hoped", "plan", "plans", "planned", "planning", "seek",
            "seeks", "sought", "seeking", "aim", "aims", "aimed", "aiming");
    private static final Set<String> ADDRESSEE_SPEECH = Set.of("TELL", "TELLS", "TOLD", "INFORM", "INFORMS",
            "INFORMED", "ASSURE", "ASSURED", "ASSURES", "BRIEF", "BRIEFED", "WARN", "WARNED", "WARNS", "URGE", "URGED",
            "URGES");

    private final VerbDictionary verbs;
    private final DiscardList discards;
    private final Options options;

    public EventCoder(VerbDictionary verbs, DiscardList discards, Options options) {
        this.verbs = verbs;
        this.discards = discards;
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** One verb group of the sentence. */
    private static final class Group {
        int auxStart;
        int start;
        int head;
        int end;
        VerbForm form;
        boolean negated;
        boolean passive;
        boolean infinitive;
        boolean gerund;
        boolean hedged;
        boolean future;
        boolean conditional;
        boolean speech;
        int windowEnd;
        List<ActorMention> subjects = List.of();
        ActorMention objectBeforeComplement;
        Group complementOf;
        boolean controlled;
        boolean reported;
        boolean consumed;
        boolean reducedRelative;
        /** Tokens after the verb that its pattern's words matched ("conducting military exercises"), or null. */
        java.util.BitSet patternWords;
        boolean participleClause;
        // coding results
        String code;
        String reverse;
        String rule;
        boolean specific;
        ActorMention patternSource;
        ActorMention patternTarget;
    }

    /** Codes the sentence; an empty list when nothing in it codes. */
    public List<CodedEvent> code(CodingSentence s) {
        return code(s, null);
    }

    /** Codes the sentence and describes its verb groups into {@code trace} (when not null). */
    public List<CodedEvent> code(CodingSentence s, StringBuilder trace) {
        int n = s.size();
        if (n == 0 || (discards != null && discards.discards(s.words))) {
            return List.of();
        }
        List<Group> groups = findGroups(s);
        if (groups.isEmpty()) {
            return List.of();
        }
        for (int g = 0; g < groups.size(); g++) {
            Group gr = groups.get(g);
            gr.windowEnd = windowEnd(s, groups, g);
        }
        markReducedRelatives(s, groups);
        for (int g = 0; g < groups.size(); g++) {
            findSubjects(s, groups, g);
        }
        markReasons(s, groups);
        cutAtTrailingAttribution(s, groups);
        linkComplements(s, groups);
        for (Group gr : groups) {
            if (gr.form != null) {
                matchPatterns(s, groups, gr);
            }
        }
        List<CodedEvent> out = new ArrayList<>();
        for (Group gr : groups) {
            if (!gr.consumed && gr.form != null) {
                emit(s, groups, gr, out);
            }
        }
        if (trace != null) {
            for (Group gr : groups) {
                trace.append("    group ").append(gr.auxStart).append('-').append(gr.head).append('-').append(gr.end)
                        .append(" win<").append(gr.windowEnd).append(' ').append(s.lower[gr.head])
                        .append(gr.form == null ? " (no dict)" : " [" + gr.form.block() + " " + gr.form.code() + "]")
                        .append(" code=").append(gr.code).append(gr.specific ? " by " + gr.rule.replaceAll("\\s+", " ") : "")
                        .append(" subj=").append(gr.subjects.stream().map(ActorMention::code).toList())
                        .append(gr.passive ? " passive" : "").append(gr.infinitive ? " inf" : "")
                        .append(gr.controlled ? " controlled" : "").append(gr.consumed ? " consumed" : "")
                        .append(gr.speech ? " speech" : "").append(gr.reported ? " reported" : "")
                        .append(gr.negated ? " negated" : "").append('\n');
            }
        }
        return dedupe(out);
    }

    // ------------------------------------------------------------------ verb groups

    private List<Group> findGroups(CodingSentence s) {
        List<Group> groups = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            if (s.actorAt[i] >= 0) {
                i = s.actorAt(i).end();
                continue;
            }
            String tag = s.tags[i];
            if (tag.equals("PUNCT") || tag.equals("DET") || tag.equals("ADP") || tag.equals("PRON") || tag.equals("NUM")
                    || tag.equals("AUX")) {
                // never a verb group's head (see isVerbal): no need to look the word up
                i++;
                continue;
            }
            VerbForm best = null;
            int bestStart = i;
            int bestEnd = i + 1;
            List<VerbForm> candidates = verbs.forms(s.words[i]);
            int hyphen = s.words[i].indexOf('-');
            if (candidates.isEmpty() && hyphen > 0) {
                candidates = verbs.forms(s.words[i].replace("-", ""));
                if (candidates.isEmpty()) {
                    candidates = verbs.forms(s.words[i].substring(hyphen + 1));
                }
            }
            for (VerbForm f : candidates) {
                int st = i - f.front().length;
                int en = i + 1 + f.back().length;
                if (st < 0 || en > n || !matchesSeq(s.words, st, f.front()) || !matchesSeq(s.words, i + 1, f.back())) {
                    continue;
                }
                if (best == null || f.length() > best.length()) {
                    best = f;
                    bestStart = st;
                    bestEnd = en;
                }
            }
            boolean verbal = isVerbal(s, i, best != null);
            if (verbal) {
                Group g = new Group();
                g.form = best;
                g.start = best != null ? bestStart : i;
                g.head = i;
                g.end = best != null ? bestEnd : i + 1;
                fillAux(s, g, groups.isEmpty() ? 0 : groups.get(groups.size() - 1).end);
                g.speech = SPEECH.contains(s.words[i]);
                groups.add(g);
                i = g.end;
                continue;
            }
            i++;
        }
        return groups;
    }

    private static boolean matchesSeq(String[] words, int from, String[] seq) {
        for (int k = 0; k < seq.length; k++) {
            if (!words[from + k].equals(seq[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether token i acts as a verb here, from its tag and its left neighbour. */
    private static boolean isVerbal(CodingSentence s, int i, boolean inDictionary) {
        String tag = s.tags[i];
        String prev = i > 0 ? s.lower[i - 1] : "";
        // an actor name is a noun phrase whatever the tagger made of it ("Fornost/VERB and Gondor/VERB welcome")
        String prevTag = i > 0 ? (s.actorAt[i - 1] >= 0 ? "PROPN" : s.tags[i - 1]) : "";
        boolean afterNounIntro = NOUN_INTRO.contains(prev) && !prev.equals("to");
        if (tag.equals("PROPN") && i > 0 && s.caps[i] && !s.tags[i - 1].equals("PUNCT")) {
            return false;
        }
        String w0 = s.lower[i];
        boolean inflected = w0.endsWith("ed") || w0.endsWith("ing") || w0.endsWith("s") || irregularParticiple(w0);
        if (tag.equals("VERB")) {
            if (afterNounIntro && !prevTag.equals("AUX") && !w0.endsWith("ing")) {
                return false;
            }
            if (!inflected && i > 0 && s.actorAt[i - 1] < 0 && (prevTag.equals("ADJ")
                    || (prevTag.equals("NOUN") && !s.lower[i - 1].endsWith("s")))) {
                // "ground support", "air strike", "military support": a noun the tagger read as a verb
                return false;
            }
            if (!inflected && i > 0 && s.actorAt[i - 1] >= 0) {
                int as = s.actorAt(i - 1).start();
                if (as > 0 && (s.tags[as - 1].equals("DET") || s.lower[as - 1].equals("'s"))) {
                    // "an Islamic State target"
                    return false;
                }
            }
            if (w0.endsWith("s") && i > 1 && COORD.contains(prev) && s.actorAt[i - 2] < 0
                    && s.tags[i - 2].equals("NOUN") && s.lower[i - 2].endsWith("s")) {
                // "asset freezes and bans"
                return false;
            }
            if (!inDictionary && !inflected && !(prevTag.equals("AUX") || prev.equals("to") || NEGATION.contains(prev)
                    || SUBJECT_PRONOUN.contains(prev) || prev.equals("i") || prev.equals("you") || prevTag.equals("ADV"))) {
                return false;
            }
            return true;
        }
        if (!inDictionary || tag.equals("AUX") || tag.equals("PUNCT") || tag.equals("DET") || tag.equals("ADP")
                || tag.equals("PRON") || tag.equals("NUM")) {
            return false;
        }
        if (afterNounIntro || prevTag.equals("VERB") || prevTag.equals("DET") || prevTag.equals("NUM")) {
            return false;
        }
        if (i > 0 && s.actorAt[i - 1] >= 0 && tag.equals("NOUN") && s.tags[i - 1].equals("ADJ")
                && !s.lower[i].endsWith("ed") && !irregularParticiple(s.lower[i])) {
            // "military exercises", "a strict Islamic state": an actor adjective before a noun
            return false;
        }
        if (i > 0 && s.actorAt[i - 1] >= 0 && tag.equals("NOUN")) {
            int as = s.actorAt(i - 1).start();
            if (as > 0 && (s.tags[as - 1].equals("DET") || s.lower[as - 1].equals("'s"))) {
                // "the Russian building was demolished": the actor modifies a noun
                return false;
            }
        }
        String w = s.lower[i];
        boolean pastForm = w.endsWith("ed") || irregularParticiple(w);
        if (tag.equals("ADJ") && DEGREE.contains(prev)) {
            // "marched very close to the border": an adjective, not the verb "close"
            return false;
        }
        if (prevTag.equals("AUX") || prev.equals("to") || NEGATION.contains(prev) || prevTag.equals("ADV")
                || SUBJECT_PRONOUN.contains(prev) || prev.equals("i") || prev.equals("you")) {
            return true;
        }
        if (i > 0 && s.actorAt[i - 1] >= 0) {
            return true;
        }
        return pastForm && (prevTag.equals("NOUN") || prevTag.equals("PROPN") || prevTag.equals("ADJ"));
    }

    private static void fillAux(CodingSentence s, Group g, int floor) {
        int k = g.start - 1;
        boolean sawBe = false;
        while (k >= floor && s.actorAt[k] < 0 && (AUX.contains(s.lower[k]) || s.tags[k].equals("AUX")
                || (s.tags[k].equals("ADV") && k + 1 < s.size() && !s.lower[k].equals(","))
                || (s.tags[k].equals("PART") && !s.lower[k].equals("'s")))) {
            String w = s.lower[k];
            if (NEGATION.contains(w)) {
                g.negated = true;
            }
            if (HEDGE.contains(w)) {
                g.hedged = true;
            }
            if (FUTURE.contains(w)) {
                g.future = true;
            }
            if (BE.contains(w)) {
                sawBe = true;
            }
            if (w.equals("to") && k == g.start - 1) {
                g.infinitive = true;
            }
            k--;
        }
        g.auxStart = k + 1;
        String head = s.lower[g.head];
        boolean participle = head.endsWith("ed") || head.endsWith("en") || (!head.endsWith("ing") && !head.endsWith("s")
                && g.form != null && !g.form.word().equals(s.words[g.head]) ) || irregularParticiple(head);
        // "was seen to break": the be + participle belongs to the first verb only
        g.passive = sawBe && participle && !head.endsWith("ing");
        g.gerund = head.endsWith("ing") && !sawBe && g.auxStart == g.start;
        if (g.infinitive && s.lower[g.start - 1].equals("to")) {
            // "is about to restore" is active even though a be-form precedes
            g.passive = false;
        }
    }

    /**
     * "warrants for two men sought in the slaying", "a report released Tuesday in the capital alleged": a past
     * participle right after a noun, with no auxiliary, followed by a preposition or a day, modifies the noun
     * (a passive participle), when a finite verb governs the clause before it or follows it.
     */
    private static void markReducedRelatives(CodingSentence s, List<Group> groups) {
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            int h = g.head;
            if (g.auxStart != g.start || g.start != h || h == 0 || h + 1 >= s.size() || SPEECH.contains(s.words[h])) {
                continue;
            }
            String w = s.lower[h];
            if (!(w.endsWith("ed") || irregularParticiple(w))) {
                continue;
            }
            String next = s.lower[h + 1];
            boolean adjunctAfter = TimeWords.ADJUNCT.contains(next) || TimeWords.DAYS.contains(next);
            String before = s.tags[h - 1];
            boolean nounBefore = s.actorAt[h - 1] >= 0 || before.equals("NOUN");
            if (!adjunctAfter || !nounBefore) {
                continue;
            }
            Group prev = gi > 0 ? groups.get(gi - 1) : null;
            boolean objectOfPrevious = prev != null && !prev.speech && prev.windowEnd >= g.auxStart
                    && noCommaBetween(s, prev.end, g.auxStart) && prev.end <= h - 1;
            // "The civilians imprisoned for ... were released": a common noun (not a name, which would be the
            // subject of a finite verb) with a finite clause after it that opens with its auxiliary
            ActorMention nounActor = s.actorAt(h - 1);
            boolean commonNoun = nounActor == null || (nounActor.agentOnly() && s.tags[h - 1].equals("NOUN")
                    && finiteWithAuxiliary(s, groups, gi));
            boolean subjectOfNext = prev == null && commonNoun && gi + 1 < groups.size()
                    && noCommaBetween(s, h, groups.get(gi + 1).auxStart);
            if (objectOfPrevious || subjectOfNext || existential(s, h)) {
                g.reducedRelative = true;
                g.passive = true;
                if (objectOfPrevious) {
                    prev.windowEnd = Math.max(prev.windowEnd, g.auxStart);
                }
            }
        }
    }

    /** "There were 10 soldiers killed in ...": a noun phrase after "there" and a be-form, before the participle. */
    private static boolean existential(CodingSentence s, int h) {
        int k = h - 1;
        while (k >= 0 && (s.actorAt[k] >= 0 || s.tags[k].equals("NOUN") || s.tags[k].equals("ADJ")
                || s.tags[k].equals("NUM") || s.tags[k].equals("DET"))) {
            k--;
        }
        return k >= 1 && k < h - 1 && BE.contains(s.lower[k]) && s.lower[k - 1].equals("there");
    }

    /** The first later group that is not a gerund or infinitive starts with an auxiliary ("were released"). */
    private static boolean finiteWithAuxiliary(CodingSentence s, List<Group> groups, int gi) {
        for (int j = gi + 1; j < groups.size(); j++) {
            Group h = groups.get(j);
            if (h.gerund || h.infinitive) {
                continue;
            }
            return h.auxStart < h.start && s.tags[h.auxStart].equals("AUX");
        }
        return false;
    }

    /**
     * "jailed a student for helping militants join a group", "praised them for ending the strike": a gerund after
     * "for" gives the reason for the verb before it (a charge, a merit), not an event of its own; nor do the
     * verbs that hang from it.
     */
    private static void markReasons(CodingSentence s, List<Group> groups) {
        for (int gi = 1; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            Group prev = groups.get(gi - 1);
            boolean gerundGroup = g.gerund && g.auxStart > 0 && s.lower[g.auxStart - 1].equals("for")
                    && prev.windowEnd >= g.auxStart - 1;
            // the tagger may read the gerund as a noun: "for helping/NOUN rebels attack Iraq"
            boolean afterGerund = !gerundGroup && reasonGerundBefore(s, prev.end, g.auxStart);
            if (!(gerundGroup || afterGerund) || prev.speech) {
                continue;
            }
            g.consumed = true;
            Group last = g;
            for (int j = gi + 1; j < groups.size(); j++) {
                Group h = groups.get(j);
                if (h.auxStart > last.windowEnd || !noCommaBetween(s, last.end, h.auxStart)
                        || (h.auxStart < h.start && !h.infinitive)) {
                    break;
                }
                h.consumed = true;
                last = h;
            }
        }
    }

    /** "for" and a word in -ing between two groups, with no clause break: "jailed X for helping rebels [attack]". */
    private static boolean reasonGerundBefore(CodingSentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (s.lower[k].equals(",") || s.lower[k].equals(";") || BOUNDARY.contains(s.lower[k])) {
                return false;
            }
            if (s.lower[k].equals("for") && s.lower[k + 1].endsWith("ing") && s.actorAt[k + 1] < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean noCommaBetween(CodingSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower[k].equals(",") || s.lower[k].equals(";")) {
                return false;
            }
        }
        return true;
    }

    /** Day words that can follow a participle directly ("released Tuesday"). */
    private static final class TimeWords {
        static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                "sunday", "yesterday", "today", "overnight", "earlier", "last");
        static final Set<String> ADJUNCT = Set.of("in", "on", "at", "by", "for", "during", "over", "near", "from",
                "with", "after", "since", "against", "into", "across", "under", "without");
    }

    private static boolean irregularParticiple(String w) {
        return switch (w) {
            case "held", "met", "made", "sent", "given", "taken", "seen", "shot", "hit", "put", "kept", "told", "said",
                    "found", "brought", "bought", "caught", "fought", "built", "left", "led", "paid", "sold", "struck",
                    "won", "lost", "freed", "killed", "wounded", "arrested", "blown", "thrown", "broken", "spoken",
                    "chosen", "drawn", "shown", "known", "beaten", "bitten", "driven", "eaten", "fallen", "forgotten",
                    "hidden", "ridden", "risen", "stolen", "sworn", "torn", "woken", "worn", "written", "set", "cut",
                    "spread", "shut", "quit", "burnt", "dealt", "felt", "heard", "laid", "lent", "meant", "sought",
                    "taught", "thought", "understood", "withdrawn", "overthrown" -> true;
            default -> false;
        };
    }

    /** The clause after the verb: up to the next verb group or clause boundary. */
    private static int windowEnd(CodingSentence s, List<Group> groups, int g) {
        Group gr = groups.get(g);
        int limit = g + 1 < groups.size() ? groups.get(g + 1).auxStart : s.size();
        for (int k = gr.end; k < limit; k++) {
            if (s.actorAt[k] >= 0) {
                k = s.actorAt(k).end() - 1;
                continue;
            }
            String w = s.lower[k];
            if (w.equals("that") && !gr.speech && copularClause(s, k + 1, limit)) {
                // "allowed that Mordor isn't a pleasant place": a clause with no verb of its own is the object
                continue;
            }
            if (BOUNDARY.contains(w) && !(w.equals("after") || w.equals("before") || w.equals("since")
                    || w.equals("until") || w.equals("when") || w.equals("where"))) {
                return k;
            }
            if (s.tags[k].equals("SCONJ") && !w.equals("of") && !w.equals("as") && !w.equals("by")
                    && !w.equals("for") && !w.equals("in") && !w.equals("with") && !w.equals("from")
                    && !w.equals("on") && !w.equals("about") && !w.equals("like") && !w.equals("than")) {
                if (w.equals("after") || w.equals("before") || w.equals("since") || w.equals("until")) {
                    // a following clause ("after crowds trashed") ends the window, a noun phrase does not
                    if (nextVerbBefore(groups, g, k, limit)) {
                        return k;
                    }
                    continue;
                }
                return k;
            }
        }
        return limit;
    }

    /** "Y is/was ..." starting at k: an actor followed by a bare be-form, before the next verb group. */
    private static boolean copularClause(CodingSentence s, int k, int limit) {
        ActorMention a = s.actorAt(k);
        if (a == null || a.start() != k || a.end() >= limit) {
            return false;
        }
        String be = s.lower[a.end()];
        return be.equals("is") || be.equals("was") || be.equals("are") || be.equals("were") || be.equals("'s");
    }

    private static boolean nextVerbBefore(List<Group> groups, int g, int k, int limit) {
        return g + 1 < groups.size() && groups.get(g + 1).auxStart <= limit && groups.get(g + 1).auxStart - k <= 6;
    }

    // ------------------------------------------------------------------ subjects

    private void findSubjects(CodingSentence s, List<Group> groups, int gi) {
        Group g = groups.get(gi);
        Group prev = gi > 0 ? groups.get(gi - 1) : null;
        if (!g.gerund && !g.infinitive && !g.reducedRelative) {
            // "The civilians imprisoned for acting against Moscow were released": the noun before the reduced
            // relative (and the non-finite clauses hanging from it) is the subject
            for (int j = gi - 1; j >= 0; j--) {
                Group r = groups.get(j);
                if (r.reducedRelative && j == 0 && !r.subjects.isEmpty() && noCommaBetween(s, r.end, g.auxStart)) {
                    g.subjects = r.subjects;
                    return;
                }
                if (!(r.gerund || r.infinitive)) {
                    break;
                }
            }
        }
        int floor = prev == null ? 0 : prev.end;
        int k = g.auxStart - 1;
        // coordination: "... condemned X and promised Y"
        int c = k;
        while (c >= floor && (s.lower[c].equals(",") || s.tags[c].equals("ADV"))) {
            c--;
        }
        if (prev != null && c >= floor && COORD.contains(s.lower[c]) && !(c > 0 && s.actorAt[c - 1] >= 0
                && c + 1 < s.size() && s.actorAt[c + 1] >= 0)) {
            g.subjects = prev.subjects;
            g.conditional = prev.conditional;
            g.reported = prev.reported;
            return;
        }
        boolean afterComma = g.auxStart > 0 && s.lower[g.auxStart - 1].equals(",");
        boolean participleClause = afterComma && (g.gerund || (s.lower[g.head].endsWith("ed") && g.auxStart == g.start));
        if (participleClause && prev != null && !g.infinitive) {
            // ", killing eight people": the subject of the clause before, but an event of its own
            g.subjects = prev.subjects;
            g.participleClause = g.gerund;
            g.conditional = prev.conditional;
            g.reported = prev.reported;
            return;
        }
        if (g.infinitive && prev != null && (nounBeforeInfinitive(s, prev, g) || nounInClauseBeforeInfinitive(s, prev, g))) {
            // "efforts to counter ...": the infinitive belongs to a noun, not to the verb before it
            return;
        }
        if (g.infinitive || (participleClause && prev != null)) {
            // infinitive or participle clause: the subject of the governing verb, or the object between them
            if (prev != null) {
                ActorMention between = null;
                for (int t = prev.end; t < g.auxStart && !prev.speech; t++) {
                    if (s.actorAt[t] >= 0) {
                        between = s.actorAt(t);
                        break;
                    }
                    if (!(s.tags[t].equals("DET") || s.tags[t].equals("ADJ"))) {
                        break;
                    }
                }
                g.complementOf = prev;
                g.controlled = true;
                if (between != null && g.infinitive) {
                    prev.objectBeforeComplement = between;
                    g.subjects = compound(s, between);
                } else {
                    g.subjects = prev.subjects;
                }
                g.conditional = prev.conditional;
                return;
            }
        }
        boolean inHead = true;
        boolean sawNoun = false;
        for (; k >= floor; k--) {
            String w = s.lower[k];
            if (s.actorAt[k] >= 0) {
                g.subjects = compound(s, appositionHead(s, locatedHead(s, s.actorAt(k)), g.auxStart));
                break;
            }
            if (CONDITION.contains(w)) {
                g.conditional = true;
            }
            if (RELATIVE.contains(w)) {
                // "Russia, which granted Assad refuge": the antecedent
                for (int a = k - 1; a >= 0 && a >= k - 3; a--) {
                    if (s.actorAt[a] >= 0) {
                        g.subjects = compound(s, s.actorAt(a));
                        break;
                    }
                    if (!s.lower[a].equals(",") && !s.tags[a].equals("PUNCT")) {
                        break;
                    }
                }
                break;
            }
            if (BOUNDARY.contains(w) || (s.tags[k].equals("SCONJ") && !w.equals("of"))) {
                break;
            }
            if (inHead) {
                // the noun phrase right before the verb is its subject; without an actor in it, nothing codes
                String t = s.tags[k];
                if (t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ") || t.equals("NUM")
                        || (t.equals("PUNCT") && w.equals("-"))) {
                    sawNoun = true;
                    continue;
                }
                if (sawNoun && (t.equals("DET") || (t.equals("PRON") && !SUBJECT_PRONOUN.contains(w)))) {
                    break;
                }
                inHead = false;
            }
            if (SUBJECT_PRONOUN.contains(w) && k >= g.auxStart - 2) {
                Group speech = governingSpeech(groups, gi);
                if (speech != null && !speech.subjects.isEmpty()) {
                    g.subjects = speech.subjects;
                } else if (prev != null && complementClauseStart(s, prev, k)) {
                    // "Ethiopia indicated it would act": the pronoun opening a verb's complement clause is
                    // that verb's subject
                    g.subjects = prev.subjects;
                }
                break;
            }
        }
        for (int t = k - 1; t >= 0; t--) {
            if (CONDITION.contains(s.lower[t])) {
                g.conditional = true;
                break;
            }
            if (prev != null && t < prev.end) {
                break;
            }
        }
    }

    /** Whether only "that" or a comma stands between the verb group {@code prev} and token k. */
    private static boolean complementClauseStart(CodingSentence s, Group prev, int k) {
        for (int t = prev.end; t < k; t++) {
            if (!s.lower[t].equals("that")) {
                return false;
            }
        }
        return true;
    }

    private static boolean nounBeforeInfinitive(CodingSentence s, Group prev, Group g) {
        int to = g.auxStart;
        while (to < g.start && !s.lower[to].equals("to")) {
            to++;
        }
        for (int t = prev.end; t < to; t++) {
            if (s.actorAt[t] >= 0) {
                return false;
            }
        }
        int last = to - 1;
        return last >= prev.end && s.tags[last].equals("NOUN");
    }

    /** "allowed that Mordor isn't a place to visit": the infinitive of a noun in the complement clause. */
    private static boolean nounInClauseBeforeInfinitive(CodingSentence s, Group prev, Group g) {
        int to = g.auxStart;
        while (to < g.start && !s.lower[to].equals("to")) {
            to++;
        }
        boolean clause = false;
        for (int t = prev.end; t < to; t++) {
            clause |= s.lower[t].equals("that");
        }
        return clause && to - 1 >= prev.end && s.tags[to - 1].equals("NOUN");
    }

    /** "the French military in Rwanda helped": the actor the place phrase modifies. */
    private static ActorMention locatedHead(CodingSentence s, ActorMention a) {
        int p = a.start() - 1;
        if (p >= 1 && (s.lower[p].equals("in") || s.lower[p].equals("from")) && s.actorAt[p - 1] >= 0) {
            return s.actorAt(p - 1);
        }
        return a;
    }

    /** "The US commander in Iraq, General David Petraeus, held talks": the head before the apposition. */
    private static ActorMention appositionHead(CodingSentence s, ActorMention a, int verbStart) {
        int after = a.end();
        while (after < verbStart && !s.lower[after].equals(",")) {
            after++;
        }
        if (after >= verbStart || a.start() < 2 || !s.lower[a.start() - 1].equals(",")) {
            return a;
        }
        for (int k = a.start() - 2; k >= 0 && k >= a.start() - 6; k--) {
            if (s.actorAt[k] >= 0) {
                return s.actorAt(k);
            }
            String t = s.tags[k];
            if (t.equals("VERB") || t.equals("PUNCT") || t.equals("SCONJ")) {
                return a;
            }
        }
        return a;
    }

    private static Group governingSpeech(List<Group> groups, int gi) {
        for (int j = gi - 1; j >= 0; j--) {
            if (groups.get(j).speech) {
                return groups.get(j);
            }
        }
        return null;
    }

    /** The actor with the actors coordinated with it: "A, B and the awful C", "neither A nor B". */
    private static List<ActorMention> compound(CodingSentence s, ActorMention a) {
        List<ActorMention> out = new ArrayList<>();
        int idx = s.actors.indexOf(a);
        // walk left
        int j = idx;
        while (j > 0 && coordinated(s, s.actors.get(j - 1), s.actors.get(j))) {
            j--;
        }
        out.add(s.actors.get(j));
        while (j + 1 < s.actors.size() && coordinated(s, s.actors.get(j), s.actors.get(j + 1))) {
            j++;
            out.add(s.actors.get(j));
        }
        if (!out.contains(a) || (out.size() > 1 && !hasConjunction(s, out))) {
            return List.of(a);
        }
        return out;
    }

    /** A list joined by commas only is an apposition ("Bogdanov, Russia's deputy minister"), not a coordination. */
    private static boolean hasConjunction(CodingSentence s, List<ActorMention> chain) {
        for (int k = chain.get(0).end(); k < chain.get(chain.size() - 1).start(); k++) {
            String w = s.lower[k];
            if (w.equals("and") || w.equals("or") || w.equals("nor") || w.equals("&")) {
                return true;
            }
        }
        return false;
    }

    private static boolean coordinated(CodingSentence s, ActorMention left, ActorMention right) {
        boolean conj = false;
        int gap = right.start() - left.end();
        if (gap <= 0 || gap > 5) {
            return false;
        }
        for (int k = left.end(); k < right.start(); k++) {
            String w = s.lower[k];
            String t = s.tags[k];
            if (w.equals("and") || w.equals("or") || w.equals("nor") || w.equals(",") || w.equals("&")) {
                conj = true;
            } else if (!(t.equals("DET") || t.equals("ADJ") || t.equals("ADV")
                    || (conj && t.equals("NOUN") && !s.caps[k] && !w.endsWith("s") && k + 1 < right.start()))) {
                // "Fornost and the evil/NOUN awful Gondor": a singular common noun before another modifier is
                // an adjective the tagger misread
                return false;
            }
        }
        return conj;
    }

    // ------------------------------------------------------------------ complements and speech

    private void linkComplements(CodingSentence s, List<Group> groups) {
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            if (!g.speech) {
                continue;
            }
            if (g.subjects.isEmpty()) {
                continue;
            }
            boolean trailing = gi > 0 && isTrailingAttribution(s, groups, gi);
            if (trailing) {
                for (int j = 0; j < gi; j++) {
                    groups.get(j).reported = true;
                }
            }
            for (int j = gi + 1; j < groups.size(); j++) {
                Group h = groups.get(j);
                if (h.complementOf == null) {
                    h.complementOf = g;
                }
                h.reported = true;
            }
        }
    }

    /** "Y did Z, X said": X is not a target of the verbs before the comma. */
    private static void cutAtTrailingAttribution(CodingSentence s, List<Group> groups) {
        for (int gi = 1; gi < groups.size(); gi++) {
            Group h = groups.get(gi);
            if (!h.speech || h.subjects.isEmpty()) {
                continue;
            }
            int subj = h.subjects.get(0).start();
            for (int k = subj - 1; k >= 0 && k >= subj - 4; k--) {
                if (s.lower[k].equals(",")) {
                    for (int j = 0; j < gi; j++) {
                        if (groups.get(j).windowEnd > k && groups.get(j).end <= k) {
                            groups.get(j).windowEnd = k;
                        }
                    }
                    break;
                }
            }
        }
    }

    /** "..., X said (on Sunday)." at the end of the sentence. */
    private static boolean isTrailingAttribution(CodingSentence s, List<Group> groups, int gi) {
        Group g = groups.get(gi);
        if (g.subjects.isEmpty()) {
            return false;
        }
        int subjStart = g.subjects.get(0).start();
        for (int k = subjStart - 1; k >= 0 && k >= subjStart - 6; k--) {
            if (s.lower[k].equals(",")) {
                return groups.get(gi - 1).end <= k;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ patterns

    private void matchPatterns(CodingSentence s, List<Group> groups, Group g) {
        int postLimit = g.windowEnd;
        // an infinitive complement ("agreed to lift the sanctions") is part of the verb's phrase
        for (Group h : groups) {
            if (h.complementOf == g && h.controlled && h.auxStart <= postLimit + 1) {
                postLimit = Math.max(postLimit, h.windowEnd);
            }
        }
        VerbPattern best = null;
        int bestScore = 0;
        ActorMention[] bestBind = null;
        java.util.Set<String> present = s.stems();
        List<VerbPattern> candidates = verbs.candidates(g.form.block(), present);
        for (VerbPattern p : candidates) {
            if (!allPresent(p.required(), present) || (g.passive && wordsOnly(p.pre()))) {
                // a passive's surface subject is the deep object: the words a pattern wants before the verb
                // describe the deep subject ("- &WEAPON *" is not "a mortar bomb was fired"), looked for after "by"
                continue;
            }
            ActorMention[] bind = new ActorMention[2];
            int pre = matchPre(s, p.pre(), g.start, bind);
            if (pre < 0) {
                continue;
            }
            int post = matchPost(s, p.post(), g.end, postLimit, bind);
            if (post < 0) {
                continue;
            }
            int score = pre + post;
            if (score > bestScore) {
                best = p;
                bestScore = score;
                bestBind = bind;
            }
        }
        if (best != null && !best.post().isEmpty()) {
            g.patternWords = new java.util.BitSet();
            matchPost(s, best.post(), g.end, postLimit, new ActorMention[2], g.patternWords);
        }
        if (g.passive) {
            // "Evidence against Russia was presented by the US": the subject is the deep object
            int region = regionStart(groups, g);
            // the subject itself when it stands before the region ("The civilians imprisoned for ... were released")
            ActorMention subject = g.subjects.isEmpty() ? null : g.subjects.get(0);
            boolean subjectApart = subject != null && subject.end() <= region;
            for (VerbPattern p : candidates) {
                if (!p.pre().isEmpty() || p.post().isEmpty() || !allPresent(p.required(), present)) {
                    continue;
                }
                ActorMention[] bind = new ActorMention[2];
                for (int pass = subjectApart ? 0 : 1; pass < 2; pass++) {
                    int lo = pass == 0 ? subject.start() : region;
                    int hi = pass == 0 ? subject.end() : g.auxStart;
                    int score = -1;
                    for (int from = lo; from < hi; from++) {
                        score = matchPost(s, p.post(), from, hi, bind);
                        if (score > bestScore) {
                            best = p;
                            bestScore = score;
                            bestBind = new ActorMention[2];
                        }
                        if (score >= 0) {
                            break;
                        }
                    }
                    if (score >= 0) {
                        break;
                    }
                }
            }
        }
        ActorMention agent = g.passive ? byAgent(s, g) : null;
        if (agent != null) {
            // "was demolished by a Ukrainian protestor": the deep subject is after "by", where the patterns
            // written for the active voice ("- PROTESTOR *") look for it
            int by = agent.start() - 1;
            while (by > g.end && !s.lower[by].equals("by")) {
                by--;
            }
            int npEnd = agent.end();
            while (npEnd < postLimit && (s.tags[npEnd].equals("NOUN") || s.tags[npEnd].equals("PROPN"))) {
                npEnd++;
            }
            for (VerbPattern p : candidates) {
                if (p.pre().isEmpty() || !p.post().isEmpty() || !allPresent(p.required(), present)) {
                    continue;
                }
                ActorMention[] bind = new ActorMention[2];
                int score = matchPre(s, p.pre(), npEnd, by + 1, bind);
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                    bestBind = new ActorMention[2];
                }
            }
        }
        if (best != null) {
            g.code = best.code();
            g.reverse = best.reverse();
            g.rule = best.line();
            g.specific = true;
            g.patternSource = bestBind[0];
            g.patternTarget = bestBind[1];
        } else {
            g.code = g.form.code();
            g.reverse = g.form.reverse();
            g.rule = null; // "verb WORD [BLOCK]", written only when an event needs it (see ruleOf)
        }
    }

    /** Elements that are all words or synonym sets (no actor slot), and at least one. */
    private static boolean wordsOnly(List<PatternElement> els) {
        if (els.isEmpty()) {
            return false;
        }
        for (PatternElement e : els) {
            if (e.kind() != PatternElement.Kind.WORD && e.kind() != PatternElement.Kind.SYNSET) {
                return false;
            }
        }
        return true;
    }

    private static boolean allPresent(String[] required, java.util.Set<String> present) {
        for (String w : required) {
            if (!present.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static int regionStart(List<Group> groups, Group g) {
        int start = 0;
        for (Group h : groups) {
            if (h == g) {
                break;
            }
            start = h.windowEnd < g.auxStart ? h.windowEnd : h.end;
        }
        return start;
    }

    private int matchPre(CodingSentence s, List<PatternElement> els, int verbStart, ActorMention[] bind) {
        return matchPre(s, els, verbStart, 0, bind);
    }

    /** Matches the elements before the verb, right to left, none of them starting before {@code floor}. */
    private int matchPre(CodingSentence s, List<PatternElement> els, int verbStart, int floor, ActorMention[] bind) {
        int pos = verbStart; // exclusive right edge
        int score = 0;
        for (int k = els.size() - 1; k >= 0; k--) {
            PatternElement e = els.get(k);
            int maxSkip = e.glued() ? 0 : 6;
            boolean found = false;
            for (int skip = 0; skip <= maxSkip; skip++) {
                int endExcl = pos - skip;
                if (endExcl <= floor) {
                    break;
                }
                if (skip > 0 && s.tags[endExcl].equals("PUNCT")) {
                    break;
                }
                int start = matchEndingAt(s, e, endExcl, bind);
                if (start >= 0) {
                    pos = start;
                    score += e.weight();
                    found = true;
                    break;
                }
            }
            if (!found) {
                return -1;
            }
        }
        return score;
    }

    /** Matches the element so that it ends at {@code endExcl}; returns its start or -1. */
    private int matchEndingAt(CodingSentence s, PatternElement e, int endExcl, ActorMention[] bind) {
        int last = endExcl - 1;
        switch (e.kind()) {
            case SOURCE, TARGET, COMPOUND -> {
                ActorMention a = s.actorAt(last);
                if (a == null || a.end() != endExcl) {
                    return -1;
                }
                bindActor(e, a, bind);
                return a.start();
            }
            case PHRASE -> {
                int st = endExcl;
                while (st > 0 && nounPhraseToken(s, st - 1)) {
                    st--;
                }
                return st < endExcl ? st : -1;
            }
            case SYNSET -> {
                for (int st = last; st >= 0 && st >= last - 3; st--) {
                    if (verbs.synsets().match(e.word(), s.words, st, endExcl) == endExcl) {
                        return st;
                    }
                }
                return -1;
            }
            default -> {
                return wordMatches(e, s.words[last]) ? last : -1;
            }
        }
    }

    private int matchPost(CodingSentence s, List<PatternElement> els, int from, int limit, ActorMention[] bind) {
        return matchPost(s, els, from, limit, bind, null);
    }

    /** As above; marks in {@code words} the tokens the pattern's words and synonym sets matched. */
    private int matchPost(CodingSentence s, List<PatternElement> els, int from, int limit, ActorMention[] bind,
                          java.util.BitSet words) {
        int pos = from;
        int score = 0;
        boolean afterTo = false;
        for (PatternElement e : els) {
            boolean found = false;
            for (int p = pos; p < limit; p++) {
                if (p > pos && (e.glued() || !canSkip(s, p - 1, e))) {
                    break;
                }
                if (infinitiveVerb(s, p) && !(afterTo && p == pos)) {
                    // "asked Obama to help Iran": HELP of "- * HELP" is the noun, not another verb's infinitive
                    continue;
                }
                int end = matchStartingAt(s, e, p, limit, bind);
                if (end > 0 && words != null
                        && (e.kind() == PatternElement.Kind.WORD || e.kind() == PatternElement.Kind.SYNSET)) {
                    words.set(p, end);
                }
                if (end > 0) {
                    afterTo = end == p + 1 && s.lower[p].equals("to");
                    pos = end;
                    score += e.weight();
                    found = true;
                    break;
                }
            }
            if (!found) {
                return -1;
            }
        }
        return score;
    }

    /**
     * "met in Zurich to discuss", "arrived in Kabul on Monday to sign": an infinitive after a place or time phrase
     * says what the verb was for; right after the verb ("wants to attack") it is what the verb is about.
     */
    private static boolean purposeClause(CodingSentence s, Group g, Group inner) {
        if (inner.auxStart <= g.end || g.objectBeforeComplement != null) {
            return false;
        }
        boolean preposition = false;
        for (int k = g.end; k < inner.auxStart; k++) {
            if (s.tags[k].equals("ADP")) {
                preposition = true;
            } else if (s.tags[k].equals("VERB") || s.tags[k].equals("PUNCT")) {
                return false;
            }
        }
        return preposition && s.tags[g.end].equals("ADP");
    }

    /** A token a noun phrase is made of, for the {@code ^} of a pattern. */
    private static boolean nounPhraseToken(CodingSentence s, int k) {
        String t = s.tags[k];
        return s.actorAt[k] >= 0 || t.equals("NOUN") || t.equals("PROPN") || t.equals("DET") || t.equals("ADJ")
                || t.equals("NUM") || s.lower[k].equals("'s");
    }

    /** A verb after "to": the head of an infinitive, which a pattern's noun may not stand for. */
    private static boolean infinitiveVerb(CodingSentence s, int p) {
        return p > 0 && s.tags[p].equals("VERB") && s.lower[p - 1].equals("to");
    }

    private static boolean canSkip(CodingSentence s, int k, PatternElement e) {
        String t = s.tags[k];
        if (t.equals("AUX") || s.lower[k].equals("n't")) {
            // a copula ("that Mordor isn't a pleasant place") may be skipped; an auxiliary of a verb may not
            return copula(s, k);
        }
        if (t.equals("VERB")) {
            return false;
        }
        if (t.equals("PUNCT") && !s.lower[k].equals("-")) {
            return e.kind() == PatternElement.Kind.PREP && s.lower[k].equals(",");
        }
        if (e.kind() == PatternElement.Kind.PREP || e.kind() == PatternElement.Kind.TARGET
                || e.kind() == PatternElement.Kind.SOURCE || e.kind() == PatternElement.Kind.COMPOUND) {
            return true;
        }
        String w = s.lower[k];
        if (t.equals("ADP") && k + 1 < s.size() && s.tags[k + 1].equals("NUM")) {
            // "free over 150 prisoners", "about 200 troops": a preposition of quantity
            return true;
        }
        return !((t.equals("ADP") || t.equals("SCONJ")) && !w.equals("of") && !w.equals("that"));
    }

    /** Whether the auxiliary at k is a copula: no verb follows it in its group. */
    private static boolean copula(CodingSentence s, int k) {
        int j = k + 1;
        while (j < s.size() && (s.tags[j].equals("AUX") || s.tags[j].equals("PART") || s.tags[j].equals("ADV")
                || s.lower[j].equals("n't"))) {
            j++;
        }
        return j < s.size() && !s.tags[j].equals("VERB");
    }

    private int matchStartingAt(CodingSentence s, PatternElement e, int p, int limit, ActorMention[] bind) {
        switch (e.kind()) {
            case SOURCE, TARGET, COMPOUND -> {
                ActorMention a = s.actorAt(p);
                if (a == null || a.start() != p) {
                    return -1;
                }
                bindActor(e, a, bind);
                return a.end();
            }
            case SYNSET -> {
                return verbs.synsets().match(e.word(), s.words, p, limit);
            }
            case PHRASE -> {
                int end = p;
                while (end < limit && nounPhraseToken(s, end)) {
                    end++;
                }
                return end > p ? end : -1;
            }
            default -> {
                return wordMatches(e, s.words[p]) ? p + 1 : -1;
            }
        }
    }

    private static void bindActor(PatternElement e, ActorMention a, ActorMention[] bind) {
        if (e.kind() == PatternElement.Kind.SOURCE) {
            bind[0] = a;
        } else if (e.kind() == PatternElement.Kind.TARGET) {
            bind[1] = a;
        }
    }

    private static boolean wordMatches(PatternElement e, String w) {
        String p = e.word();
        if (w.equals(p)) {
            return true;
        }
        if (e.exact() || w.length() <= p.length()) {
            return false;
        }
        return w.equals(e.plural()) || (w.startsWith(p) && (w.length() - p.length() <= 3)
                && (w.endsWith("S") || w.endsWith("ED") || w.endsWith("ING") || w.endsWith("D")));
    }

    // ------------------------------------------------------------------ events

    /** Result states after "leave X": "leaving the future of Russian bases uncertain", "left ten people dead". */
    private static final Set<String> RESULT_STATES = Set.of("uncertain", "unclear", "open", "intact", "unanswered",
            "unresolved", "undecided", "unchanged", "untouched", "vulnerable", "exposed", "homeless", "dead", "injured",
            "wounded", "stranded", "hungry", "isolated", "divided", "unable");

    /** "leave" with an object and a result state says what a thing or event left behind, not that anyone left. */
    private static boolean resultativeLeave(CodingSentence s, Group g) {
        String head = s.lower[g.head];
        if (!(head.equals("leave") || head.equals("leaves") || head.equals("leaving") || head.equals("left"))) {
            return false;
        }
        for (int k = g.end + 1; k < g.windowEnd && k <= g.end + 8; k++) {
            String w = s.lower[k];
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                return false;
            }
            if (RESULT_STATES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void emit(CodingSentence s, List<Group> groups, Group g, List<CodedEvent> out) {
        if (resultativeLeave(s, g)) {
            return;
        }
        if (options.transformations() && g.participleClause) {
            // PETRARCH codes the main clause only: ", killing eight people" adds no event of its own
            return;
        }
        Group inner = innerEvent(groups, g);
        if (inner != null) {
            if (options.transformations() && transform(s, g, inner, out)) {
                inner.consumed = true;
                // "claimed that ISIL had attacked Iraq and taken Mosul": each coordinated verb of the
                // complement goes through the transformation (and dedupes into one accusation)
                for (Group h : groups) {
                    if (h != inner && h.complementOf == g && h.form != null && !h.consumed
                            && h.subjects == inner.subjects && !h.subjects.isEmpty() && transform(s, g, h, out)) {
                        h.consumed = true;
                    }
                    if (h.complementOf == inner && h.controlled && inner.specific) {
                        // "said he would not give permission to Russia to help Israel": the permission's
                        // infinitive is part of the coded event, as when the verb codes on its own
                        h.consumed = true;
                    }
                }
                return;
            }
            boolean intentVerb = inner.controlled && !g.specific && "030".equals(g.form.code())
                    && INTENT.contains(s.lower[g.head]);
            if (intentVerb && inner.code != null && g.objectBeforeComplement == null) {
                // "wants to meet": intent to do what the complement says (CAMEO 03x)
                inner.code = intent(inner.code);
                inner.reverse = null;
            }
            if (intentVerb && inner.code == null && g.objectBeforeComplement != null) {
                // "might want Obama to head back": wanting someone to do what codes nothing is no event
                return;
            }
            boolean byAgent = g.passive && byAgent(s, g) != null;
            boolean purpose = inner.controlled && g.code != null && purposeClause(s, g, inner);
            if (purpose && options.transformations()) {
                // "will meet in Zurich to discuss ...": PETRARCH codes the meeting, not its purpose
                inner.consumed = true;
            }
            if (g.complementOf == null && inner.controlled && !g.specific && inner.code != null
                    && g.objectBeforeComplement == null && !byAgent && !purpose) {
                // "wants to attack", "is seeking to deepen": the complement carries the event
                return;
            }
            if (inner.controlled && (g.specific || g.objectBeforeComplement != null || byAgent)
                    && (g.code != null || g.reverse != null)) {
                // "faces pressure from Congress to help Iran", "is pressured by Congress to help Iran"
                inner.consumed = true;
                String combined = g.specific || g.code == null ? null : CodingOntology.pico().combine(g.code, inner.code);
                if (combined != null) {
                    // "asked Obama to help Iran": an appeal (020) for aid (070) is an appeal for aid (023)
                    g.rule = ruleOf(g) + " + " + inner.code + " -> " + combined;
                    g.code = combined;
                }
            }
        }
        if (g.code == null && g.reverse != null && !g.passive) {
            // a code for the passive reading only ("received assurances from X" [:030]): the actor after
            // by/from/in acts on the subject
            ActorMention agent = g.patternTarget != null ? g.patternTarget : prepositionalAgent(s, g);
            if (agent == null || g.subjects.isEmpty()) {
                return;
            }
            for (ActorMention src : compound(s, agent)) {
                for (ActorMention tgt : g.subjects) {
                    if (tgt != src) {
                        out.add(event(s, g, src, tgt, g.reverse, ruleOf(g)));
                    }
                }
            }
            return;
        }
        if (g.code == null) {
            return;
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (g.passive) {
            ActorMention agent = passiveSource(s, g);
            sources = agent == null ? List.of() : compound(s, agent);
            targets = g.subjects;
            if (agent == null && !options.transformations() && g.reported && (g.hedged || g.conditional || g.future)
                    && !intent(g.code).equals(g.code)) {
                // "X said Russia might be allowed to keep its bases": the speaker's side offers what the hedged
                // agentless passive grants (CAMEO 03, express intent to cooperate)
                sources = speakerOf(groups, g);
                g.code = intent(g.code);
                g.reverse = null;
            }
        } else {
            sources = g.subjects;
            targets = targetsOf(s, groups, g);
        }
        if (g.patternSource != null) {
            sources = compound(s, g.patternSource);
        }
        if (g.patternTarget != null) {
            targets = compound(s, g.patternTarget);
        }
        if (sources.isEmpty()) {
            return;
        }
        boolean neutralClaim = !options.requireTarget() && !g.specific && "ALLEGE".equals(g.form.block())
                && !s.lower[g.head].startsWith("alleg");
        if (g.speech && targets.isEmpty() && !g.code.startsWith("01") && !g.code.startsWith("02") && !neutralClaim) {
            // "X alleged that Y was aware of ...": an accusation whose clause codes nothing targets its subject;
            // in analysis "claimed/swore/avowed that Moscow's attitude has improved" is a statement, not one
            targets = reportedSubject(s, groups, g);
        }
        if (g.speech && !g.specific && targets.isEmpty() && !options.requireTarget()) {
            // "X claimed (that) ...": a statement; what was claimed is coded on its own
            g.code = "010";
            g.reverse = null;
        }
        boolean speechCode = g.code.startsWith("01") || g.code.startsWith("02");
        if (targets.isEmpty() && sources.size() > 1 && !g.passive) {
            // "The US, Russia and Switzerland met": each with each
            for (ActorMention a : sources) {
                for (ActorMention b : sources) {
                    if (a != b) {
                        out.add(event(s, g, a, b, g.code, ruleOf(g)));
                    }
                }
            }
            return;
        }
        if (targets.isEmpty()) {
            if (options.requireTarget() || (!options.speechWithoutTarget() && speechCode)) {
                return;
            }
            targets = java.util.Collections.singletonList(null);
        }
        for (ActorMention src : sources) {
            for (ActorMention tgt : targets) {
                if (tgt != null && (tgt == src || (tgt.entity() != null && tgt.entity().equals(src.entity())))) {
                    continue;
                }
                out.add(event(s, g, src, tgt, g.code, ruleOf(g)));
                if (g.reverse != null && tgt != null && !(g.controlled && g.complementOf != null && !g.complementOf.speech)) {
                    // "X visited Y": Y hosted X too; "X prepared to attend Y": nothing has been hosted yet
                    out.add(event(s, g, tgt, src, g.reverse, ruleOf(g)));
                }
            }
        }
    }

    /** The rule that gave the group its code: its pattern's line, else its verb and block. */
    private static String ruleOf(Group g) {
        return g.rule != null ? g.rule : "verb " + g.form.word() + " [" + g.form.block() + "]";
    }

    /** CAMEO's "express intent to" code for a cooperative action; other codes are kept. */
    static String intent(String code) {
        return switch (code.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            default -> code;
        };
    }

    /** The verb group nested in g: its infinitive complement or, for a speech verb, the reported clause. */
    private static Group innerEvent(List<Group> groups, Group g) {
        for (Group h : groups) {
            if (h.complementOf == g && h.form != null) {
                return h;
            }
        }
        return null;
    }

    private boolean transform(CodingSentence s, Group outer, Group inner, List<CodedEvent> out) {
        if (outer.form.code() == null || inner.code == null || outer.subjects.isEmpty()) {
            return false;
        }
        List<ActorMention> innerSources = inner.passive ? optional(passiveSource(s, inner)) : inner.subjects;
        List<ActorMention> innerTargets = inner.passive ? inner.subjects : targetsOf(s, List.of(), inner);
        if (inner.patternTarget != null) {
            innerTargets = List.of(inner.patternTarget);
        }
        boolean sameSource = !innerSources.isEmpty() && innerSources == outer.subjects
                || (!innerSources.isEmpty() && sameCodes(innerSources, outer.subjects));
        for (Transformation t : verbs.transformations()) {
            if (!t.outerCode().equals(outer.form.code())) {
                continue;
            }
            if (t.innerCode() != null && !inner.code.startsWith(t.innerCode())) {
                continue;
            }
            List<ActorMention> b;
            switch (t.innerSource()) {
                case "a" -> {
                    if (!sameSource) {
                        continue;
                    }
                    b = innerTargets;
                }
                case "_" -> {
                    if (!inner.controlled || outer.objectBeforeComplement != null) {
                        continue;
                    }
                    b = innerTargets;
                }
                default -> {
                    if (sameSource || innerSources.isEmpty() || (inner.controlled && outer.objectBeforeComplement == null)) {
                        continue;
                    }
                    b = innerSources;
                }
            }
            if (b.isEmpty()) {
                continue;
            }
            String code = t.resultCode() != null ? t.resultCode() : inner.code;
            for (ActorMention a : outer.subjects) {
                for (ActorMention bb : b) {
                    if (bb != a) {
                        out.add(event(s, inner, a, bb, code, t.line()));
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static List<ActorMention> optional(ActorMention a) {
        return a == null ? List.of() : List.of(a);
    }

    private static boolean sameCodes(List<ActorMention> x, List<ActorMention> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) != y.get(i) && !java.util.Objects.equals(x.get(i).code(), y.get(i).code())) {
                return false;
            }
        }
        return true;
    }

    /** The subjects of the speech verb that reports g (before or after it), or none. */
    private static List<ActorMention> speakerOf(List<Group> groups, Group g) {
        for (Group h = g.complementOf; h != null; h = h.complementOf) {
            if (h.speech && !h.subjects.isEmpty()) {
                return h.subjects;
            }
            if (h.complementOf == h) {
                break;
            }
        }
        for (Group h : groups) {
            if (h.speech && !h.subjects.isEmpty()) {
                return h.subjects;
            }
        }
        return List.of();
    }

    /** The first actor of the clause a speech verb reports, before that clause's verb. */
    private static List<ActorMention> reportedSubject(CodingSentence s, List<Group> groups, Group g) {
        int limit = s.size();
        for (Group h : groups) {
            if (h.auxStart >= g.end) {
                limit = h.auxStart;
                break;
            }
        }
        for (int k = g.end; k < limit; k++) {
            if (s.actorAt[k] >= 0) {
                ActorMention a = s.actorAt(k);
                for (Group h : groups) {
                    if (h.code != null && h.subjects.contains(a)) {
                        return List.of(); // the reported clause is an event of its own
                    }
                }
                return compound(s, a);
            }
        }
        return List.of();
    }

    /** The first actor after "by", "from" or "in" in the verb's clause. */
    private static ActorMention prepositionalAgent(CodingSentence s, Group g) {
        for (int k = g.end; k < g.windowEnd; k++) {
            String w = s.lower[k];
            if ((w.equals("by") || w.equals("from") || w.equals("in")) && k + 1 < s.size()) {
                for (int j = k + 1; j < g.windowEnd && j <= k + 4; j++) {
                    if (s.actorAt[j] >= 0) {
                        return s.actorAt(j);
                    }
                    if (s.tags[j].equals("ADP") || s.tags[j].equals("PUNCT")) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    /** The source of a passive: its by-agent; in PETRARCH mode also a from/in phrase ("fired from Gaza"). */
    private ActorMention passiveSource(CodingSentence s, Group g) {
        ActorMention agent = byAgent(s, g);
        if (agent == null && options.transformations()) {
            agent = passiveSourceAfterPreposition(s, g);
        }
        return agent;
    }

    /**
     * The actor of the first "from" or "in" phrase after a passive verb ("were killed in Ukraine"), looking only at
     * the phrases that hang from the verb: after a phrase with no actor, the next ones belong to its noun.
     */
    private static ActorMention passiveSourceAfterPreposition(CodingSentence s, Group g) {
        int k = g.end;
        while (k < g.windowEnd) {
            if (!s.tags[k].equals("ADP")) {
                if (s.tags[k].equals("ADV") || TimeWords.DAYS.contains(s.lower[k])) {
                    k++;
                    continue;
                }
                return null;
            }
            String prep = s.lower[k];
            int j = k + 1;
            ActorMention found = null;
            while (j < g.windowEnd && (s.actorAt[j] >= 0 || s.tags[j].equals("NOUN") || s.tags[j].equals("PROPN")
                    || s.tags[j].equals("ADJ") || s.tags[j].equals("DET") || s.tags[j].equals("NUM")
                    || s.tags[j].equals("PRON"))) {
                if (found == null && s.actorAt[j] >= 0) {
                    found = s.actorAt(j);
                }
                j++;
            }
            if (prep.equals("from") || prep.equals("in")) {
                return found;
            }
            if (found == null && j == k + 1) {
                return null;
            }
            k = j;
        }
        return null;
    }

    private static ActorMention byAgent(CodingSentence s, Group g) {
        for (int k = g.end; k < g.windowEnd; k++) {
            if (s.lower[k].equals("by") && k + 1 < s.size()) {
                for (int j = k + 1; j < g.windowEnd && j <= k + 4; j++) {
                    if (s.actorAt[j] >= 0) {
                        return s.actorAt(j);
                    }
                    if (s.tags[j].equals("ADP") || s.tags[j].equals("PUNCT")) {
                        break;
                    }
                }
            }
        }
        return null;
    }

    private static List<ActorMention> targetsOf(CodingSentence s, List<Group> groups, Group g) {
        if (g.speech && !ADDRESSEE_SPEECH.contains(s.words[g.head])) {
            return List.of();
        }
        for (int k = g.end; k < g.windowEnd; k++) {
            ActorMention a = s.actorAt(k);
            if (a == null) {
                continue;
            }
            if (g.subjects.contains(a) || (g.patternWords != null
                    && g.patternWords.nextClearBit(a.start()) >= a.end())) {
                // "conducting military exercises in Alaska": words of the verb's pattern name no target
                k = a.end() - 1;
                continue;
            }
            // the subject of the next finite clause is not this verb's target
            if (subjectOfNextClause(s, groups, g, a)) {
                return List.of();
            }
            return compound(s, a);
        }
        return List.of();
    }

    private static boolean subjectOfNextClause(CodingSentence s, List<Group> groups, Group g, ActorMention a) {
        for (Group h : groups) {
            if (h.auxStart >= a.end() && h != g) {
                if (h.infinitive || h.gerund || h.reducedRelative) {
                    return false;
                }
                for (int k = a.end(); k < h.auxStart; k++) {
                    if (!s.tags[k].equals("ADV")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static CodedEvent event(CodingSentence s, Group g, ActorMention src, ActorMention tgt, String code,
                                    String rule) {
        StringBuilder verb = new StringBuilder();
        for (int k = g.start; k < g.end; k++) {
            if (verb.length() > 0) {
                verb.append(' ');
            }
            verb.append(s.lower[k]);
        }
        CodedEvent.Mood mood = g.conditional ? CodedEvent.Mood.CONDITIONAL
                : g.hedged ? CodedEvent.Mood.HEDGED
                : g.future ? CodedEvent.Mood.PROPOSED : CodedEvent.Mood.ASSERTED;
        int clauseStart = Math.min(g.auxStart, src == null ? g.auxStart : src.start());
        int clauseEnd = Math.max(g.windowEnd, tgt == null ? g.end : tgt.end());
        boolean negated = g.negated;
        String rejection = negated ? CodingOntology.pico().negation(code) : null;
        if (rejection != null) {
            // "would not provide support": CAMEO codes the refusal itself (121), an asserted event
            rule = rule + " + not: " + code + " -> " + rejection;
            code = rejection;
            negated = false;
        }
        return new CodedEvent(src, tgt, code, g.auxStart, g.end, verb.toString(), rule, negated, mood, g.reported,
                clauseStart, clauseEnd);
    }

    private static List<CodedEvent> dedupe(List<CodedEvent> events) {
        Map<String, CodedEvent> seen = new LinkedHashMap<>();
        for (CodedEvent e : events) {
            String key = key(e.source()) + "|" + key(e.target()) + "|" + e.code();
            seen.putIfAbsent(key, e);
        }
        return List.copyOf(seen.values());
    }

    private static String key(ActorMention a) {
        return a == null ? "-" : a.entity() != null ? a.entity() : a.start() + ":" + a.code();
    }
}
