package io.sitrep.clean;

import io.sitrep.model.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorBadInputTest {
    @Test
    void blockTextKeepsTheOwnTextOfContainersOnItsOwnLine() {
        var body = Jsoup.parse("<ul><li>Lead <a href=x>link</a><p>Inner paragraph</p>tail</li></ul><div>outside</div>").body();
        assertThat(TextNormalizer.lines(HtmlExtractor.blocksText(body))).containsExactly("Lead link", "Inner paragraph", "tail");
    }

    @Test
    void lineBreaksInsideABlockAreSpaces() {
        var body = Jsoup.parse("<p>one\ntwo<br>three</p>").body();
        assertThat(TextNormalizer.lines(HtmlExtractor.blocksText(body))).containsExactly("one two three");
    }

    @Test
    void withoutBlocksTheWholeTextCounts() {
        var body = Jsoup.parse("<div>just <span>inline</span> text</div>").body();
        assertThat(TextNormalizer.lines(HtmlExtractor.blocksText(body))).containsExactly("just inline text");
    }

    @Test
    void deepNestingKeepsEveryLevel() {
        String html = "<html><body>" + "<li>item ".repeat(5_000) + "</li>".repeat(5_000) + "</body></html>";
        Article a = new HtmlExtractor().extract("deep.html", html);
        assertThat(a.text().split("\n")).hasSize(5_000).allMatch("item"::equals);
    }
}
