package io.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Token;

import java.util.List;

/**
 * Arbitrary strings (lone surrogates included) into the tokenizer: tokens are exact substrings, in
 * order, never overlapping, never cutting a surrogate pair, never white space, and every character that
 * is not white space belongs to a token.
 */
class TokenizerFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void tokenize(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Token> tokens = Tokenizer.tokenize(text);
        int covered = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i || t.start() < covered || t.end() <= t.start() || t.end() > text.length()) {
                throw new AssertionError("token " + i + " [" + t.start() + "," + t.end() + ") out of order or empty");
            }
            if (!text.substring(t.start(), t.end()).equals(t.text())) {
                throw new AssertionError("token " + i + " text differs from its span");
            }
            if (cutsPair(text, t.start()) || cutsPair(text, t.end())) {
                throw new AssertionError("token " + i + " cuts a surrogate pair");
            }
            for (int k = covered; k < t.start(); k++) {
                if (!isSpace(text.charAt(k))) {
                    throw new AssertionError("character at " + k + " belongs to no token");
                }
            }
            for (int k = t.start(); k < t.end(); k++) {
                if (isSpace(text.charAt(k))) {
                    throw new AssertionError("token " + i + " holds white space");
                }
            }
            covered = t.end();
        }
        for (int k = covered; k < text.length(); k++) {
            if (!isSpace(text.charAt(k))) {
                throw new AssertionError("character at " + k + " belongs to no token");
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean cutsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
    }
}
