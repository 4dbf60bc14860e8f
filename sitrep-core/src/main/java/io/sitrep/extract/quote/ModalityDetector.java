package io.sitrep.extract.quote;

import io.sitrep.model.Modality;
import io.sitrep.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How certain a clause is as the text presents it: {@link Modality#CONDITIONAL} (if, unless, provided that),
 * {@link Modality#HEDGED} (might, could, may, possibly, reportedly, likely), {@link Modality#NEGATED} (not,
 * no, never, nothing), else {@link Modality#ASSERTED}, in that order of precedence. Reusable by any stage
 * that reads a span: pass its tokens, or plain text.
 */
public final class ModalityDetector {
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "provided", "providing", "assuming");
    private static final Set<String> HEDGED = Set.of("might", "could", "may", "possibly", "possible", "reportedly",
            "likely", "unlikely", "perhaps", "probably", "allegedly", "apparently", "maybe", "purportedly", "seemingly",
            "suspected", "presumably", "potentially", "would-be");
    private static final Set<String> NEGATED = Set.of("not", "n't", "no", "never", "nothing", "none", "neither", "nor",
            "nobody", "cannot", "without");

    private ModalityDetector() {
    }

    /** Modality of tokens {@code [from, to)}. */
    public static Modality detect(List<Token> tokens, int from, int to) {
        boolean hedged = false;
        boolean negated = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (w.equals("may") && t.isCapitalized() && i + 1 < to && Character.isDigit(tokens.get(i + 1).text().charAt(0))) {
                continue; // May 22
            }
            if (CONDITIONAL.contains(w)) {
                return Modality.CONDITIONAL;
            }
            hedged |= HEDGED.contains(w);
            negated |= NEGATED.contains(w);
        }
        return hedged ? Modality.HEDGED : negated ? Modality.NEGATED : Modality.ASSERTED;
    }

    /** Modality of a plain text span. */
    public static Modality detect(String span) {
        String[] words = span.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z'\\-]+");
        boolean hedged = false;
        boolean negated = false;
        for (String w : words) {
            if (w.endsWith("n't")) {
                negated = true;
                continue;
            }
            if (CONDITIONAL.contains(w)) {
                return Modality.CONDITIONAL;
            }
            hedged |= HEDGED.contains(w);
            negated |= NEGATED.contains(w);
        }
        return hedged ? Modality.HEDGED : negated ? Modality.NEGATED : Modality.ASSERTED;
    }
}
