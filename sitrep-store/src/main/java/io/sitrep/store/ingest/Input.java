package io.sitrep.store.ingest;

import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Article;

/** One article to ingest, read lazily (on a worker thread): a file, a JSON Lines record, a feed entry, a WARC record. */
public interface Input {
    /** Where it came from, for messages: "dir/a.txt", "news.jsonl:12", "feed.xml#3". */
    String name();

    Article read(ArticleReader reader) throws InvalidInputException;

    /** An input that could not even be taken apart (a bad JSON line, an unreadable feed); reading it fails. */
    static Input failed(String name, String reason) {
        return new Input() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Article read(ArticleReader reader) throws InvalidInputException {
                throw new InvalidInputException(name, reason);
            }
        };
    }
}
