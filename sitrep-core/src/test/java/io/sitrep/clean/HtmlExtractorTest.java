package io.sitrep.clean;

import io.sitrep.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {
    @Test
    void extractsTitleDateAndBodyWithoutNavigationOrScripts() {
        String html = "<!doctype html><html><head><title>Site | Headline</title>"
                + "<meta property='og:title' content='Russia could keep bases'>"
                + "<meta property='article:published_time' content='2025-02-01T10:00:00Z'>"
                + "<script>var x = 'Share this';</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<article><h1>Russia could keep bases</h1>"
                + "<p>Syria's defence minister said Russia might be allowed to retain its bases on the coast.</p>"
                + "<p>Advertisement</p>"
                + "<p>\"So far, nothing has changed,\" Russia's deputy foreign minister said on Sunday in Moscow.</p>"
                + "</article><footer>Copyright 2025 Example News</footer></body></html>";
        Article a = new HtmlExtractor().extract("x.html", html);
        assertThat(a.title()).isEqualTo("Russia could keep bases");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(a.text()).startsWith("Syria's defence minister said")
                .contains("\"So far, nothing has changed,\"")
                .doesNotContain("Advertisement", "Home", "var x", "Copyright");
        assertThat(a.text().split("\n")).hasSize(2);
    }

    @Test
    void toleratesBrokenMarkup() {
        Article a = new HtmlExtractor().extract("b.html", "<html><body><p>Troops <b>arrived in <i>Tartus</p><p>on Monday");
        assertThat(a.text()).contains("Troops arrived in Tartus").contains("on Monday");
    }
}
