package io.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cleaned article, ready for analysis.
 *
 * @param name      where it came from (file name, URL or "-"), for messages
 * @param title     headline, boilerplate removed, or null
 * @param text      cleaned body; paragraphs separated by a single '\n'; every offset of the analysis points here
 * @param published publication date, or null when unknown
 * @param url       canonical URL when known
 * @param source    outlet when known
 */
public record Article(String name, String title, String text, LocalDate published, String url, String source) {
    public Article {
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String title, String text) {
        return new Article("-", title, text, null, null, null);
    }

    public Article withPublished(LocalDate date) {
        return new Article(name, title, text, date, url, source);
    }
}
