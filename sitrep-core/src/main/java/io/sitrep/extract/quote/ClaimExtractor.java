package io.sitrep.extract.quote;

import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.Modality;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;
import io.sitrep.resolve.coref.MentionIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech as claims: {@code X said (that) ...}, {@code X claimed ...}, {@code X denied ...},
 * {@code X proposed ...}, {@code according to X, ...}. The claim is the reported clause (from after the verb,
 * its indirect object and "that", to the end of the sentence or a clause boundary), its speaker the cue's
 * subject, its modality from the verb (denied, proposed) or from the clause ({@link ModalityDetector}).
 * Direct quotes with nothing else reported ({@code "...," he said}) are quotes, not claims.
 */
public final class ClaimExtractor implements Stage {
    private static final Set<String> BOUNDARY_AFTER_COMMA = Set.of("with", "while", "but", "although", "whereas",
            "though", "yet", "according");
    /** How far after the verb "that" may come ("told the BBC on Sunday that ..."). */
    private static final int THAT_REACH = 10;

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.QUOTE_SPANS, Keys.ENTITIES, Keys.COREF, Keys.POS, Keys.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CLAIMS);
    }

    @Override
    public void process(Document doc) {
        CueGrammar grammar = CueGrammar.of(doc);
        doc.put(Keys.CLAIMS, extract(doc.text(), grammar.layout(), grammar));
    }

    public static List<Claim> extract(String text, QuoteLayout layout, CueGrammar grammar) {
        List<Token> tokens = layout.tokens();
        List<Claim> out = new ArrayList<>();
        for (QuoteLayout.Frame f : layout.frames()) {
            for (int v : grammar.cueVerbs(f)) {
                CueGrammar.Cue c = grammar.cue(v, f);
                int[] span = grammar.isAccordingTo(v, f) ? accordingClause(tokens, layout, f, c) : clause(tokens, layout, grammar, f, c);
                if (span == null || span[1] <= span[0] || wholeQuote(layout, span)) {
                    continue;
                }
                CueGrammar.Resolved r = grammar.resolve(c);
                Entity speaker = r == null ? null : r.entity();
                Modality m = c.lexeme() != null && c.lexeme().deny() ? Modality.DENIED
                        : c.lexeme() != null && c.lexeme().propose() ? Modality.PROPOSED
                        : ModalityDetector.detect(tokens, span[0], span[1]);
                int s = tokens.get(span[0]).start();
                int e = tokens.get(span[1] - 1).end();
                out.add(new Claim(speaker == null ? null : speaker.id(), speaker == null ? null : speaker.name(), s, e,
                        text.substring(s, e), c.text(), m, r == null ? "no-subject" : r.how()));
            }
        }
        return List.copyOf(out);
    }

    /** The reported clause of a speech verb, as tokens {@code [from, to)}, or null. */
    private static int[] clause(List<Token> tokens, QuoteLayout layout, CueGrammar grammar, QuoteLayout.Frame f, CueGrammar.Cue c) {
        SpeechVerbs.Verb v = c.lexeme();
        if (v == null || c.inverted() || c.from() < 0 || !(v.clause() || v.deny() || v.propose())) {
            return null;
        }
        int start = c.verb() + 1;
        int that = -1;
        for (int i = start; i < f.end() && i <= c.verb() + THAT_REACH; i++) {
            if (layout.inside(i) || tokens.get(i).is("VERB") || tokens.get(i).text().equals(",")) {
                break;
            }
            if (tokens.get(i).text().equalsIgnoreCase("that")) {
                that = i;
                break;
            }
        }
        if (that >= 0) {
            start = that + 1;
        } else if (v.thatOnly()) {
            return null;
        } else if (v.tell()) {
            int[] object = grammar.npStartingAt(start, f);
            if (object != null) {
                start = object[1] + 1;
            }
        }
        for (int pp = 0; pp < 2 && that < 0 && start < f.end() && !layout.inside(start) && tokens.get(start).is("ADP"); pp++) {
            int[] object = grammar.npStartingAt(start + 1, f); // "said on Sunday (that) ...", "said in a statement ..."
            if (object == null) {
                return null;
            }
            start = object[1] + 1;
        }
        if (start >= f.end() || layout.inside(start) && that < 0 || tokens.get(start).is("PUNCT") && !layout.inside(start)) {
            return null; // "...," he said. / he said: "..." (a direct quote) / he said, leaving ...
        }
        if (c.verb() + 1 < f.end() && tokens.get(c.verb() + 1).text().equalsIgnoreCase("by")) {
            return null; // passive: "the waterway claimed by Beijing"
        }
        int end = start;
        while (end < f.end()) {
            if (!layout.inside(end)) {
                String w = tokens.get(end).text();
                if (w.equals(";") || w.equals(",") && end + 1 < f.end()
                        && BOUNDARY_AFTER_COMMA.contains(tokens.get(end + 1).text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                if (end > start && attributionStarts(grammar, layout, f, end)) {
                    break;
                }
            }
            end++;
        }
        while (end > start && !layout.inside(end - 1) && tokens.get(end - 1).is("PUNCT")) {
            end--;
        }
        return hasVerb(tokens, layout, start, end) || end - start >= 3 || v.deny() || v.propose() ? new int[] {start, end} : null;
    }

    /** A reported clause has a verb of its own (quoted words count: said it was "a theft"), or a few words. */
    private static boolean hasVerb(List<Token> tokens, QuoteLayout layout, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is("VERB") || tokens.get(i).is("AUX") || layout.inside(i)) {
                return true;
            }
        }
        return false;
    }

    /** Another attribution starts at {@code i} ({@code ..., he said}): the clause ends before it. */
    private static boolean attributionStarts(CueGrammar grammar, QuoteLayout layout, QuoteLayout.Frame f, int i) {
        if (!layout.inside(i - 1) && !grammar.token(i - 1).text().equals(",")) {
            return false;
        }
        for (int v = i; v < f.end() && v <= i + 6; v++) {
            if (SpeechVerbs.of(grammar.token(v)) != null) {
                CueGrammar.Cue c = grammar.cue(v, f);
                return c.from() == i && !c.inverted();
            }
        }
        return false;
    }

    /** "According to X, clause" or "clause, according to X". */
    private static int[] accordingClause(List<Token> tokens, QuoteLayout layout, QuoteLayout.Frame f, CueGrammar.Cue c) {
        if (c.from() < 0) {
            return null;
        }
        int start;
        int end;
        if (c.verb() == f.first()) {
            start = c.to() + 1;
            if (start < f.end() && tokens.get(start).text().equals(",")) {
                start++;
            }
            end = f.end();
        } else {
            start = f.first();
            end = c.verb();
        }
        while (end > start && !layout.inside(end - 1) && tokens.get(end - 1).is("PUNCT")) {
            end--;
        }
        return new int[] {start, end};
    }

    /** The span is one direct quote and nothing else: already reported as a quote. */
    private static boolean wholeQuote(QuoteLayout layout, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (!layout.inside(i)) {
                return false;
            }
        }
        return true;
    }
}
