package io.sitrep.store.ingest;

import io.sitrep.ingest.ArticleReader;
import io.sitrep.ingest.InvalidInputException;
import io.sitrep.model.Article;

import java.nio.file.Path;

/** A text or HTML file holding one article. */
record FileInput(Path path) implements Input {
    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public Article read(ArticleReader reader) throws InvalidInputException {
        return reader.read(path);
    }
}
