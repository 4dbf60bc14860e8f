package io.sitrep.annotate;

import io.sitrep.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {
    private static List<String> words(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsPossessivesStraightAndCurly() {
        assertThat(words("Syria's army and Russia’s navy")).containsExactly("Syria", "'s", "army", "and", "Russia", "’s", "navy");
    }

    @Test
    void keepsAbbreviationsNumbersAndHyphens() {
        assertThat(words("U.S. forces killed 1,200 in al-Hasakah, Gen. Smith said."))
                .containsExactly("U.S.", "forces", "killed", "1,200", "in", "al-Hasakah", ",", "Gen.", "Smith", "said", ".");
    }

    @Test
    void splitsNegationAndQuotes() {
        assertThat(words("\u201CWe don't know,\u201D he said")).containsExactly("\u201C", "We", "do", "n't", "know", ",", "\u201D", "he", "said");
    }

    @Test
    void sentenceFinalAbbreviationLikeWordKeepsItsPeriodSeparate() {
        assertThat(words("They met in Jan.")).containsExactly("They", "met", "in", "Jan", ".");
    }

    @Test
    void offsetsAreExactIncludingSurrogatePairs() {
        String text = "Emoji \uD83D\uDE00 here, and \u0645\u0631\u062D\u0628\u0627 too: ok";
        for (Token t : Tokenizer.tokenize(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(words(text)).contains("\uD83D\uDE00", "\u0645\u0631\u062D\u0628\u0627");
    }
}
