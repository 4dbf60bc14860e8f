package io.sitrep.extract.quote;

import io.sitrep.model.Entity;
import io.sitrep.model.Quote;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;
import io.sitrep.resolve.coref.MentionIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the speaker of every quote, and records the cue and the rule that decided, in this order:
 * <ol>
 * <li>{@code cue-after}: a cue right after the quote ({@code "...," he said}, {@code "...," said Smith});</li>
 * <li>{@code cue-before}: the speech verb before the quote in its sentence, climbing from a verb inside a
 * reported clause to the verb that reports it ("Pompeo said Washington had concluded ... "...""), or a
 * colon after a name ({@code Smith: "..."});</li>
 * <li>{@code cue-trailing}: an attribution at the end of the sentence ({@code ... "...", the ministry said});</li>
 * <li>{@code previous-speaker}: a quote standing alone in its sentence continues the speaker of the sentence
 * before it (the quote of the previous paragraph, the speaker named there, or that sentence's subject);</li>
 * <li>{@code paragraph-speaker}: a quote in a sentence without cue continues an earlier quote of the paragraph;</li>
 * <li>{@code sentence-subject}: otherwise the subject of its sentence, if that is an entity.</li>
 * </ol>
 * The cue's subject becomes an entity through {@link CueGrammar#resolve}; pronouns and descriptions were
 * resolved by the coreference stage. A quote whose subject names nobody ("a Nato official said") gets null.
 */
public final class SpeakerAttribution implements Stage {
    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.QUOTE_SPANS, Keys.ENTITIES, Keys.COREF, Keys.POS, Keys.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.QUOTES);
    }

    @Override
    public void process(Document doc) {
        CueGrammar grammar = CueGrammar.of(doc);
        doc.put(Keys.QUOTES, attribute(grammar.layout(), grammar));
    }

    /** A decided attribution. */
    private record Attribution(Entity speaker, String cue, String rule) {
    }

    public static List<Quote> attribute(QuoteLayout layout, CueGrammar grammar) {
        return new Run(layout, grammar).run();
    }

    /** Words that open a new clause after a comma. */
    private static final Set<String> HARD = Set.of("with", "while", "but", "although", "whereas", "though", "yet");

    private static final class Run {
        private final QuoteLayout layout;
        private final CueGrammar grammar;
        private final List<Token> tokens;
        private final Map<Integer, List<QuoteLayout.Piece>> piecesByFrame = new HashMap<>();
        private final Map<QuoteLayout.Piece, Attribution> decided = new HashMap<>();
        private final Map<Integer, Attribution> frameSpeaker = new HashMap<>();

        Run(QuoteLayout layout, CueGrammar grammar) {
            this.layout = layout;
            this.grammar = grammar;
            this.tokens = layout.tokens();
            for (QuoteLayout.Piece p : layout.pieces()) {
                piecesByFrame.computeIfAbsent(p.frame(), k -> new ArrayList<>()).add(p);
            }
        }

        List<Quote> run() {
            for (QuoteLayout.Frame f : layout.frames()) {
                List<Integer> verbs = grammar.cueVerbs(f);
                List<CueGrammar.Cue> cues = new ArrayList<>(verbs.size());
                for (int v : verbs) {
                    cues.add(grammar.cue(v, f));
                }
                for (QuoteLayout.Piece p : piecesByFrame.getOrDefault(f.index(), List.of())) {
                    decided.put(p, decide(p, f, cues));
                }
                for (CueGrammar.Cue c : cues) {
                    CueGrammar.Resolved r = grammar.resolve(c);
                    if (r != null && r.entity() != null) {
                        grammar.noteIssuer(f, c.verb(), r.entity());
                        frameSpeaker.putIfAbsent(f.index(), new Attribution(r.entity(), c.text(), "cue"));
                    }
                }
            }
            List<Quote> out = new ArrayList<>();
            for (QuoteLayout.Piece p : layout.pieces()) {
                Attribution a = decided.get(p);
                Quote q = p.quote();
                out.add(a == null ? q : q.withSpeaker(a.speaker() == null ? null : a.speaker().id(),
                        a.speaker() == null ? null : a.speaker().name(), a.cue(), a.rule()));
            }
            return List.copyOf(out);
        }

        private Attribution decide(QuoteLayout.Piece p, QuoteLayout.Frame f, List<CueGrammar.Cue> cues) {
            Attribution a = cueAfter(p, cues);
            if (a == null) {
                a = cueBefore(p, f, cues);
            }
            if (a == null) {
                a = colon(p, f);
            }
            if (a == null) {
                a = trailing(p, cues);
            }
            if (a == null) {
                a = continuation(p, f);
            }
            return a == null ? new Attribution(null, null, "none") : a;
        }

        /** {@code "...," he said} / {@code "...," said Smith}: only punctuation between the quote and the cue. */
        private Attribution cueAfter(QuoteLayout.Piece p, List<CueGrammar.Cue> cues) {
            for (CueGrammar.Cue c : cues) {
                if (c.verb() < p.regionEnd()) {
                    continue;
                }
                if (c.from() < 0 || !c.inverted() && c.from() < p.regionEnd()) {
                    return null; // "...", saying ...: a participle whose subject stands before the quote
                }
                int startOfCue = c.inverted() || c.lexeme() == null ? c.verb() : Math.min(c.from(), c.verb());
                return onlyPunctuation(p.regionEnd(), startOfCue) ? attribution(c, "cue-after") : null;
            }
            return null;
        }

        /** The nearest cue before the quote in its sentence, climbing to the verb that reports its clause. */
        private Attribution cueBefore(QuoteLayout.Piece p, QuoteLayout.Frame f, List<CueGrammar.Cue> cues) {
            int k = -1;
            for (int i = 0; i < cues.size(); i++) {
                if (cues.get(i).verb() < p.regionStart()) {
                    k = i;
                }
            }
            if (k < 0) {
                return null;
            }
            while (true) {
                int outer = -1;
                for (int i = k - 1; i >= 0; i--) {
                    CueGrammar.Cue u = cues.get(i);
                    if (u.lexeme() != null && u.lexeme().clause() && u.from() >= 0 && !u.inverted()
                            && !hardBoundary(u.verb(), cues.get(k).verb()) && !cueOfEarlierQuote(u)) {
                        outer = i;
                        break;
                    }
                }
                if (outer < 0) {
                    break;
                }
                k = outer;
            }
            CueGrammar.Cue c = cues.get(k);
            return c.from() < 0 ? null : attribution(c, "cue-before");
        }

        /** {@code Smith: "..."}: a name, a colon, the quote. */
        private Attribution colon(QuoteLayout.Piece p, QuoteLayout.Frame f) {
            int c = p.regionStart() - 1;
            if (c < f.first() || !tokens.get(c).text().equals(":") || c - 1 < f.first() || layout.inside(c - 1)
                    || !grammar.isNpToken(c - 1)) {
                return null;
            }
            int[] np = grammar.npEndingAt(c - 1, f);
            if (np == null || np[0] != f.first()) {
                return null;
            }
            CueGrammar.Resolved r = grammar.resolve(new CueGrammar.Cue(c, null, np[0], np[1], -1, false, ":"));
            return r == null ? null : new Attribution(r.entity(), ":", "colon+" + r.how());
        }

        /** {@code ... "...", the ministry said.}: a cue later in the sentence whose subject follows the quote. */
        private Attribution trailing(QuoteLayout.Piece p, List<CueGrammar.Cue> cues) {
            for (CueGrammar.Cue c : cues) {
                if (c.verb() >= p.regionEnd() && c.from() >= p.regionEnd()) {
                    return attribution(c, "cue-trailing");
                }
            }
            return null;
        }

        /** Quotes without a cue of their own. */
        private Attribution continuation(QuoteLayout.Piece p, QuoteLayout.Frame f) {
            if (quoteOnly(f)) {
                QuoteLayout.Frame prev = f.index() > 0 ? layout.frames().get(f.index() - 1) : null;
                if (prev == null || f.paragraph() - prev.paragraph() > 1) {
                    return null;
                }
                Attribution a = speakerOf(prev);
                return a == null ? null : new Attribution(a.speaker(), a.cue(), "previous-speaker");
            }
            List<QuoteLayout.Piece> all = layout.pieces();
            for (int k = all.indexOf(p) - 1; k >= 0 && layout.frames().get(all.get(k).frame()).paragraph() == f.paragraph(); k--) {
                Attribution a = decided.get(all.get(k));
                if (a != null && a.speaker() != null) {
                    return new Attribution(a.speaker(), a.cue(), "paragraph-speaker");
                }
            }
            Entity subject = clauseSubject(f, p.regionStart());
            return subject == null ? null : new Attribution(subject, null, "sentence-subject");
        }

        /** Who speaks in a frame: its last quote's speaker, else the speaker of its cue, else its subject. */
        private Attribution speakerOf(QuoteLayout.Frame f) {
            List<QuoteLayout.Piece> ps = piecesByFrame.get(f.index());
            if (ps != null && !ps.isEmpty()) {
                return decided.get(ps.get(ps.size() - 1));
            }
            Attribution a = frameSpeaker.get(f.index());
            if (a != null) {
                return a;
            }
            Entity s = sentenceSubject(f);
            return s == null ? null : new Attribution(s, null, "subject");
        }

        /** The subject of the clause holding the quote: after the last "..., while" / "; " boundary before it. */
        private Entity clauseSubject(QuoteLayout.Frame f, int quoteStart) {
            int from = f.first();
            for (int i = f.first(); i + 1 < quoteStart; i++) {
                if (!layout.inside(i) && (tokens.get(i).text().equals(";") || tokens.get(i).text().equals(",")
                        && HARD.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)))) {
                    from = i + 1;
                }
            }
            return sentenceSubject(f, from);
        }

        private Entity sentenceSubject(QuoteLayout.Frame f) {
            return sentenceSubject(f, f.first());
        }

        private Entity sentenceSubject(QuoteLayout.Frame f, int from) {
            for (int i = from; i < f.end(); i++) {
                if (!layout.inside(i) && tokens.get(i).is("VERB")) {
                    int[] s = grammar.subjectOf(i, f, 0);
                    if (s == null) {
                        return null;
                    }
                    CueGrammar.Resolved r = grammar.resolve(new CueGrammar.Cue(i, null, s[0], s[1], s[2], false, null));
                    return r == null || r.entity() == null || !r.entity().isActor() ? null : r.entity();
                }
            }
            return null;
        }

        private Attribution attribution(CueGrammar.Cue c, String rule) {
            CueGrammar.Resolved r = grammar.resolve(c);
            if (r == null) {
                return new Attribution(null, c.text(), rule + "+no-subject");
            }
            return new Attribution(r.entity(), c.text(), rule + "+" + r.how());
        }

        private boolean quoteOnly(QuoteLayout.Frame f) {
            for (int i = f.first(); i < f.end(); i++) {
                if (!layout.inside(i) && !tokens.get(i).is("PUNCT")) {
                    return false;
                }
            }
            return true;
        }

        private boolean onlyPunctuation(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).is("PUNCT") || layout.inside(i)) {
                    return false;
                }
            }
            return true;
        }

        /** A clause boundary between two cues: a semicolon, or a comma before "with", "while", "but", ... */
        private boolean hardBoundary(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (layout.inside(i)) {
                    continue;
                }
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (w.equals(";") || w.equals(",") && i + 1 < to && HARD.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** The cue follows a quote it belongs to ({@code "A," he said, ...}). */
        private boolean cueOfEarlierQuote(CueGrammar.Cue c) {
            for (int i = c.verb() - 1; i >= 0 && i >= c.verb() - 6; i--) {
                if (layout.inside(i)) {
                    return true;
                }
                if (!tokens.get(i).is("PUNCT") && !(c.from() >= 0 && i >= c.from())) {
                    return false;
                }
            }
            return false;
        }
    }
}
