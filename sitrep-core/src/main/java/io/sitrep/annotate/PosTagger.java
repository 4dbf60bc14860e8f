package io.sitrep.annotate;

import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;
import opennlp.tools.postag.POSTaggerME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tags every token with its universal part of speech (OpenNLP's UD English model). Sentences longer than
 * {@value #MAX_TAGGED} tokens are tagged in windows so the cost stays linear.
 */
public final class PosTagger implements Stage {
    static final int MAX_TAGGED = 200;
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(NlpModels.pos()));

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES, Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.POS);
    }

    @Override
    public void process(Document doc) {
        List<Token> tokens = doc.get(Keys.TOKENS);
        List<Token> tagged = new ArrayList<>(tokens);
        POSTaggerME pos = tagger.get();
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            for (int from = s.firstToken(); from < s.endToken(); from += MAX_TAGGED) {
                int to = Math.min(s.endToken(), from + MAX_TAGGED);
                String[] words = new String[to - from];
                for (int i = from; i < to; i++) {
                    words[i - from] = normalize(tokens.get(i).text());
                }
                String[] tags = pos.tag(words);
                for (int i = from; i < to; i++) {
                    tagged.set(i, tokens.get(i).withTag(fix(tokens.get(i).text(), tags[i - from])));
                }
            }
        }
        doc.put(Keys.TOKENS, List.copyOf(tagged));
        doc.put(Keys.POS, Boolean.TRUE);
    }

    private static String normalize(String w) {
        if (w.length() == 1) {
            char c = w.charAt(0);
            if (c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
                return "\"";
            }
            if (c == '\u2018' || c == '\u2019') {
                return "'";
            }
        }
        if (w.length() == 2 && w.charAt(0) == '\u2019') {
            return "'" + w.charAt(1);
        }
        return w;
    }

    private static String fix(String word, String tag) {
        if (word.length() == 2 && Tokenizer.isApostrophe(word.charAt(0)) && (word.charAt(1) == 's' || word.charAt(1) == 'S')) {
            return "PART";
        }
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }
}
