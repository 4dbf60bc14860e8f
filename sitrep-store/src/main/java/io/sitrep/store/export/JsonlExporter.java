package io.sitrep.store.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sitrep.output.AnalysisJson;
import io.sitrep.store.StoredArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Our own records: one line per stored article, the analysis object of the contract (shared/CONTRACT.md) with
 * the store's fields added ({@code id}, {@code story}, {@code source}, {@code content_hash},
 * {@code engine_version}, {@code dictionaries}, {@code ingested_at}).
 */
public final class JsonlExporter {
    private final Writer out;

    public JsonlExporter(Writer out) {
        this.out = out;
    }

    public void write(StoredArticle a) {
        ObjectNode o = AnalysisJson.toTree(a.analysis());
        o.put("id", a.id());
        o.put("story", a.storyId());
        o.put("source", a.analysis().article().source());
        o.put("content_hash", a.contentHash());
        o.put("engine_version", a.engineVersion());
        o.put("dictionaries", a.dictionaries());
        o.put("ingested_at", a.ingestedAt());
        try {
            out.write(AnalysisJson.mapper().writeValueAsString(o));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
