package io.sitrep.clean;

import io.sitrep.model.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextCleanerTest {
    private final PlainTextCleaner cleaner = new PlainTextCleaner();

    @Test
    void firstNonBoilerplateLineIsTheHeadline() {
        Article a = cleaner.clean("t", "Breadcrumb\nRussia could keep bases\n\nBody one.\nAdvertisement\nBody two.\nShare this\n");
        assertThat(a.title()).isEqualTo("Russia could keep bases");
        assertThat(a.text()).isEqualTo("Body one.\nBody two.");
    }

    @Test
    void dropsBylinesCreditsAndReadMore() {
        Article a = cleaner.clean("t", "Headline\nBy Jane Smith and John Doe\nPhoto: Getty Images\nThe talks went on.\n"
                + "Read more: Why the talks matter\nIt ended.");
        assertThat(a.text()).isEqualTo("The talks went on.\nIt ended.");
    }

    @Test
    void keepsSentencesThatMerelyStartLikeBoilerplate() {
        Article a = cleaner.clean("t", "Headline\nBy the end of the year, troops will leave, officials said.");
        assertThat(a.text()).isEqualTo("By the end of the year, troops will leave, officials said.");
    }

    @Test
    void foldsWhitespaceAndDropsInvisibleCharacters() {
        Article a = cleaner.clean("t", "Head\r\nA\u200B  b\tc\u00A0d\r\n");
        assertThat(a.text()).isEqualTo("A b c d");
    }
}
