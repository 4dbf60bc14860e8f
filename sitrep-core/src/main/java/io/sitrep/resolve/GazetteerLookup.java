package io.sitrep.resolve;

import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Candidate;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Looks a name up the way the recogniser does, for people maintaining the dictionaries
 * ({@code sitrep gazetteer lookup NAME --context SYR}): every record the name may denote, and the one the
 * recogniser chooses with the rule that chose it, given the states a document would name.
 */
public final class GazetteerLookup {
    private GazetteerLookup() {
    }

    /**
     * @param key    the folded look-up key
     * @param hits   every record the whole name denotes
     * @param chosen the recogniser's reading of the name on its own in a document naming the context states,
     *               or null when it would drop it
     */
    public record Result(String key, List<PhraseHit> hits, Candidate chosen) {
    }

    public static Result lookup(Gazetteer gazetteer, String name, Collection<String> context) {
        String key = PhraseIndex.key(name.strip());
        List<PhraseHit> hits = new ArrayList<>(gazetteer.index().get(key));
        hits.sort((a, b) -> Double.compare(PlaceChooser.rank(b.entry()), PlaceChooser.rank(a.entry())));
        // the name as a sentence of its own after one naming the context states
        StringBuilder text = new StringBuilder();
        for (String iso : context) {
            GazetteerEntry c = gazetteer.country(iso);
            if (c != null) {
                text.append(c.name()).append(". ");
            }
        }
        int nameStart = text.length();
        text.append(name.strip()).append(" .");
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (Token t : Tokenizer.tokenize(text.toString())) {
            tokens.add(t.withTag(t.isCapitalized() ? "PROPN" : "NOUN"));
            if (t.text().equals(".")) {
                sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), t.end(), first, tokens.size(), 0));
                first = tokens.size();
            }
        }
        Candidate chosen = null;
        for (Candidate c : new GazetteerRecognizer(gazetteer).recognize(text.toString(), tokens, sentences)) {
            if (c.start() >= nameStart && (chosen == null || c.length() > chosen.length())) {
                chosen = c;
            }
        }
        return new Result(key, hits, chosen);
    }
}
