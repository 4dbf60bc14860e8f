package io.sitrep.resolve;

import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of token sequences, compiled once: each phrase is tokenised with the engine's own
 * {@link Tokenizer}, folded ({@link Fold}) and stored under its joined tokens, with the longest phrase
 * length recorded per first token. Finding the longest phrase at a token costs at most that many hash
 * look-ups, and only for tokens that start some phrase. A leading "the" is not part of a phrase.
 */
public final class PhraseIndex {
    private final Map<String, List<PhraseHit>> phrases = new HashMap<>();
    private final Map<String, Integer> maxLength = new HashMap<>();

    /** A phrase found in a token list: tokens {@code [first, end)} and every record it may name. */
    public record Match(int first, int end, List<PhraseHit> hits) {
    }

    public void add(String phrase, GazetteerEntry entry, PhraseHit.Sense sense) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        String k = key(phrase.strip());
        if (k.isEmpty()) {
            return;
        }
        boolean exact = Fold.isAcronym(phrase) && phrase.replace(".", "").length() <= 6;
        List<PhraseHit> hits = phrases.computeIfAbsent(k, x -> new ArrayList<>(1));
        for (int i = 0; i < hits.size(); i++) {
            PhraseHit h = hits.get(i);
            if (h.entry() == entry) {
                if (sense.ordinal() < h.sense().ordinal()) {
                    hits.set(i, new PhraseHit(entry, sense, exact && h.exactCase()));
                }
                return;
            }
        }
        hits.add(new PhraseHit(entry, sense, exact));
        int words = 1;
        int firstSpace = -1;
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) == ' ') {
                words++;
                if (firstSpace < 0) {
                    firstSpace = i;
                }
            }
        }
        maxLength.merge(firstSpace < 0 ? k : k.substring(0, firstSpace), words, Math::max);
    }

    /**
     * The look-up key of a phrase: its tokens folded and joined by single spaces, without a leading "the".
     * Phrases of plain words (letters, digits, inner hyphens) are split on spaces; others go through the
     * {@link Tokenizer} so that punctuation is cut as in the text.
     */
    static String key(String phrase) {
        boolean plain = true;
        for (int i = 0; i < phrase.length() && plain; i++) {
            char c = phrase.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == ' ' || c == '-' && i > 0 && i + 1 < phrase.length()
                    && Character.isLetterOrDigit(phrase.charAt(i - 1)) && Character.isLetterOrDigit(phrase.charAt(i + 1))
                    || Character.getType(c) == Character.NON_SPACING_MARK;
        }
        StringBuilder key = new StringBuilder(phrase.length());
        if (plain) {
            for (String w : phrase.split(" ")) {
                if (!w.isEmpty()) {
                    key.append(key.length() > 0 ? " " : "").append(Fold.token(w));
                }
            }
        } else {
            for (Token t : Tokenizer.tokenize(phrase)) {
                key.append(key.length() > 0 ? " " : "").append(Fold.token(t.text()));
            }
        }
        String k = key.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** The hits of exactly this folded key ("moscow", "syrian democratic forces"), or an empty list. */
    public List<PhraseHit> get(String foldedKey) {
        return phrases.getOrDefault(foldedKey, List.of());
    }

    public int size() {
        return phrases.size();
    }

    /**
     * The longest phrase starting at token {@code at} and ending before {@code limit}, or null. Acronym
     * phrases only match text in capitals; hits that fail that test are dropped.
     */
    public Match longestAt(List<Token> tokens, int at, int limit) {
        String first = Fold.token(tokens.get(at).text());
        Integer max = maxLength.get(first);
        if (max == null) {
            return null;
        }
        int longest = Math.min(max, limit - at);
        StringBuilder key = new StringBuilder(first);
        String[] keys = new String[longest];
        keys[0] = first;
        for (int n = 1; n < longest; n++) {
            key.append(' ').append(Fold.token(tokens.get(at + n).text()));
            keys[n] = key.toString();
        }
        for (int n = longest; n >= 1; n--) {
            List<PhraseHit> hits = phrases.get(keys[n - 1]);
            if (hits == null) {
                continue;
            }
            List<PhraseHit> ok = caseChecked(hits, tokens, at, at + n);
            if (!ok.isEmpty()) {
                return new Match(at, at + n, ok);
            }
        }
        return null;
    }

    private static List<PhraseHit> caseChecked(List<PhraseHit> hits, List<Token> tokens, int from, int to) {
        boolean acronymText = true;
        for (int i = from; i < to && acronymText; i++) {
            String t = tokens.get(i).text();
            acronymText = Fold.isAcronym(t) || t.length() == 1 && !Character.isLetter(t.charAt(0));
        }
        if (acronymText) {
            return hits;
        }
        // long acronyms may be written as words ("Nato", "Opec"); short ones ("US", "IS") may not
        boolean wordForm = to - from == 1 && tokens.get(from).text().length() >= 4;
        List<PhraseHit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).exactCase() && !wordForm) {
                if (out == null) {
                    out = new ArrayList<>(hits.subList(0, i));
                }
            } else if (out != null) {
                out.add(hits.get(i));
            }
        }
        return out == null ? hits : out;
    }
}
