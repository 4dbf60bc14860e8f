package io.sitrep.serve;

import io.sitrep.model.Analysis;
import io.sitrep.model.Quote;
import io.sitrep.store.Store;
import io.sitrep.store.StoredArticle;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-process full-text index (Apache Lucene, in memory) of the stored articles and their quotes, kept in step
 * with the store: built on start-up, extended on ingest, and caught up before a search when the store has
 * grown behind the server's back (another process ingesting).
 *
 * <p>Queries go through Lucene's {@link SimpleQueryParser}: words, "phrases", {@code -excluded}, {@code +}/{@code |}
 * and {@code prefix*} work; field names, ranges, regular expressions and fuzzy operators do not exist in its
 * syntax, and it never fails on malformed input, so user text cannot reach other fields or blow up a query.
 */
final class SearchIndex implements AutoCloseable {
    enum Kind { ARTICLE, QUOTE }

    /** One hit: what it is, where it comes from, and a snippet of the matching text. */
    record Hit(String type, long articleId, String title, String published, String url, String speakerName,
               String snippet, float score) {
    }

    record Result(List<Hit> items, int offset, int limit, long total) {
    }

    private static final int SNIPPET = 240;
    private static final int MAX_WINDOW = 10_000;
    private static final int SEARCH_FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final Store store;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long indexedUpTo = 0;
    private long indexedArticles = 0;

    SearchIndex(Store store) {
        this.store = store;
        try {
            writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catchUp();
    }

    /** Indexes every stored article not indexed yet (ids only grow). */
    synchronized void catchUp() {
        if (store.stats().articles() == indexedArticles) {
            return;
        }
        long from = indexedUpTo;
        store.forEachArticle(a -> {
            if (a.id() > from) {
                add(a);
            }
        });
        refresh();
    }

    synchronized void addAll(List<StoredArticle> articles) {
        articles.forEach(this::add);
        refresh();
    }

    private void add(StoredArticle stored) {
        if (stored.id() <= indexedUpTo) {
            return;
        }
        Analysis a = stored.analysis();
        String published = a.article().published() == null ? null : a.article().published().toString();
        try {
            Document d = common(Kind.ARTICLE, stored.id(), a, published);
            d.add(new TextField("text", a.article().text(), Field.Store.YES));
            writer.addDocument(d);
            for (Quote q : a.quotes()) {
                Document qd = common(Kind.QUOTE, stored.id(), a, published);
                qd.add(new TextField("text", q.text(), Field.Store.YES));
                if (q.speakerName() != null) {
                    qd.add(new TextField("speaker", q.speakerName(), Field.Store.YES));
                }
                writer.addDocument(qd);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indexedUpTo = stored.id();
        indexedArticles++;
    }

    private static Document common(Kind kind, long articleId, Analysis a, String published) {
        Document d = new Document();
        d.add(new StringField("type", kind.name().toLowerCase(Locale.ROOT), Field.Store.YES));
        d.add(new StoredField("article", articleId));
        if (a.article().title() != null) {
            d.add(new TextField("title", a.article().title(), Field.Store.YES));
        }
        if (published != null) {
            d.add(new StoredField("published", published));
        }
        if (a.article().url() != null) {
            d.add(new StoredField("url", a.article().url()));
        }
        return d;
    }

    private void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Result search(String text, Kind kind, int limit, int offset) {
        if (offset + limit > MAX_WINDOW) {
            throw ApiException.badRequest("offset + limit must not exceed " + MAX_WINDOW + " for a search");
        }
        catchUp();
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 2f, "text", 1f, "speaker", 1.5f), SEARCH_FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query parsed = parser.parse(text);
        if (parsed == null) {
            return new Result(List.of(), offset, limit, 0);
        }
        Query q = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("type", kind.name().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER)
                .build();
        List<String> terms = terms(text);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(q, offset + limit);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length; i++) {
                    Document d = searcher.storedFields().document(docs[i].doc);
                    hits.add(new Hit(d.get("type"), d.getField("article").numericValue().longValue(), d.get("title"),
                            d.get("published"), d.get("url"), d.get("speaker"), snippet(d.get("text"), terms), docs[i].score));
                }
                return new Result(hits, offset, limit, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's words as the analyzer sees them, to place the snippet. */
    private List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** About {@value #SNIPPET} characters around the first query word found in the text (case-insensitive). */
    static String snippet(String text, List<String> terms) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String t : terms) {
            int i = lower.indexOf(t);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (text.length() <= SNIPPET) {
            return text;
        }
        int start = Math.max(0, at < 0 ? 0 : at - SNIPPET / 3);
        int end = Math.min(text.length(), start + SNIPPET);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
