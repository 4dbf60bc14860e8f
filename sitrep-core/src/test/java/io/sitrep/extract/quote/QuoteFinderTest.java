package io.sitrep.extract.quote;

import io.sitrep.model.Paragraph;
import io.sitrep.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {
    private static List<String> find(String text) {
        List<Paragraph> ps = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            ps.add(new Paragraph(ps.size(), start, start + line.length()));
            start += line.length() + 1;
        }
        List<Quote> qs = QuoteFinder.find(text, ps);
        for (Quote q : qs) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
        return qs.stream().map(Quote::text).toList();
    }

    @Test
    void straightAndCurlyMarks() {
        assertThat(find("\"We will stay,\" he said. \u201CWe are ready.\u201D")).containsExactly("We will stay", "We are ready.");
    }

    @Test
    void mixedStraightAndCurlyMarks() {
        assertThat(find("\"It is over,\u201D Smith said. \u201CWe lost.\""))
                .containsExactly("It is over", "We lost.");
    }

    @Test
    void quoteSplitAroundItsCueGivesTwoPieces() {
        assertThat(find("\"We will not leave,\" he said, \"until it is done.\""))
                .containsExactly("We will not leave", "until it is done.");
    }

    @Test
    void severalSentencesInOnePair() {
        assertThat(find("\u201CIt was late. We were tired. Nobody came,\u201D she said."))
                .containsExactly("It was late. We were tired. Nobody came");
    }

    @Test
    void quoteOverParagraphsIsOnePiecePerParagraph() {
        assertThat(find("He said: \u201CFirst part of it.\n\u201CSecond part.\u201D\nAfter that, nothing."))
                .containsExactly("First part of it.", "Second part.");
    }

    @Test
    void partialQuoteInsideReportedSpeech() {
        assertThat(find("Abu Qasra claimed Moscow's attitude has \"improved significantly\"."))
                .containsExactly("improved significantly");
    }

    @Test
    void singleMarksInsideDoubleStayPartOfTheQuote() {
        assertThat(find("\"They called it 'a disaster', and it was,\" she said."))
                .containsExactly("They called it 'a disaster', and it was");
    }

    @Test
    void singleMarksOutsideDoubleAreQuotesButApostrophesAreNot() {
        assertThat(find("Manila accused Beijing\u2019s \u2018maritime militia\u2019 of ramming the boat. The Palestinians' land isn't theirs."))
                .containsExactly("maritime militia");
    }

    @Test
    void aSingleQuotedLineAloneIsASubheading() {
        assertThat(find("'There is only one way'\nHe said \"it works\" for now.")).containsExactly("it works");
    }

    @Test
    void unbalancedMarkNeverSwallowsTheArticle() {
        String text = "The so called \"plan was announced on Monday by the ministry.\nIt said \"nothing\" more.\nThe end.";
        assertThat(find(text)).containsExactly("nothing");
    }

    @Test
    void unclosedQuoteAfterACueRunsToTheEndOfItsParagraphOnly() {
        assertThat(find("She said: \"We will go on\nThe next paragraph is narration."))
                .containsExactly("We will go on");
    }

    @Test
    void namesAndLabelsAreNotSpeech() {
        assertThat(find("The prison, dubbed the \u201CHanoi Hilton\u201D, is a museum.")).isEmpty();
        assertThat(find("They wore vests with \"PRESS\" written on them.")).isEmpty();
        assertThat(find("The so-called \"peace plan\" was rejected.")).isEmpty();
        assertThat(find("The army launched \"Operation Northern Shield\" at dawn.")).isEmpty();
    }

    @Test
    void shortQuotedWordsSomeoneUsedAreSpeech() {
        assertThat(find("Israel has characterized him as the \"mastermind\" of the attack."))
                .containsExactly("mastermind");
        assertThat(find("He called the tariffs a \"bad idea\" and \"very unusual\"."))
                .containsExactly("bad idea", "very unusual");
    }

    @Test
    void shoutedSentenceInCapitalsIsSpeech() {
        assertThat(find("He wrote: \"WE WILL NOT BE THERE WHEN THEY NEED US.\"")).hasSize(1);
    }

    @Test
    void quoteOpenAtTheEndOfTheText() {
        assertThat(find("He said: \"x")).containsExactly("x");
        assertThat(find("a \"b")).isEmpty();
        assertThat(find("\"")).isEmpty();
        assertThat(find("\"a\"")).containsExactly("a");
    }

    @Test
    void inchesAreNotQuotes() {
        assertThat(find("The 12\" pipe burst. Nothing else happened.")).isEmpty();
    }
}
