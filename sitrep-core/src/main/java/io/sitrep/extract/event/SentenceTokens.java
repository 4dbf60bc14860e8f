package io.sitrep.extract.event;

import io.sitrep.model.Sentence;
import io.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words, tags and upper-case words of one sentence, as the coder and the actor matchers read them. */
record SentenceTokens(List<String> texts, List<String> tags, String[] upper) {
    static SentenceTokens of(List<Token> tokens, Sentence s) {
        List<String> texts = new ArrayList<>(s.tokenCount());
        List<String> tags = new ArrayList<>(s.tokenCount());
        String[] upper = new String[s.tokenCount()];
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String t = tokens.get(i).text();
            texts.add(t);
            tags.add(tokens.get(i).tag());
            upper[i - s.firstToken()] = t.replace('\u2019', '\'').toUpperCase(Locale.ROOT);
        }
        return new SentenceTokens(texts, tags, upper);
    }

    String[] tagArray() {
        return tags.toArray(new String[0]);
    }
}
