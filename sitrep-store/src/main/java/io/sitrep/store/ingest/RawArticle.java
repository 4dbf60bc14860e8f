package io.sitrep.store.ingest;

import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Article;

import java.time.LocalDate;

/**
 * An article's raw text or HTML with the metadata its container gave (JSON Lines fields, feed entry, WARC
 * headers); the metadata wins over what cleaning finds in the content.
 *
 * @param html whether {@code content} is HTML
 */
public record RawArticle(String name, String content, boolean html, String title, String url, LocalDate published,
                         String source) implements Input {

    @Override
    public Article read(ArticleReader reader) throws InvalidInputException {
        String raw = content;
        if (!html && title != null && !title.isBlank()) {
            raw = title.strip() + "\n" + content; // the plain-text cleaner takes the first line as the headline
        }
        Article a = reader.fromText(name, raw, html ? "text/html" : "text/plain");
        return new Article(name, pick(title, a.title()), a.text(), published != null ? published : a.published(),
                pick(url, a.url()), pick(source, a.source()));
    }

    private static String pick(String given, String found) {
        return given != null && !given.isBlank() ? given.strip() : found;
    }
}
