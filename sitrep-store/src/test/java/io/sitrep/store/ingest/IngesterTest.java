package io.sitrep.store.ingest;

import io.sitrep.Analyzer;
import io.sitrep.ingest.ArticleReader;
import io.sitrep.store.Filter;
import io.sitrep.store.Store;
import io.sitrep.store.Stores;
import io.sitrep.store.Story;
import io.sitrep.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest with the real analyser into a real SQLite store. */
class IngesterTest {
    static final Path DEV = Path.of("../../shared/examples/dev");
    private static final Analyzer ANALYZER = Analyzer.standard();

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Stores.openDir(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    Ingester ingester() {
        return new Ingester(store, ANALYZER, new ArticleReader(), 2, 4);
    }

    @Test
    void aFolderTwiceStoresItsArticlesOnce() {
        IngestSummary first = ingester().ingest(List.of(DEV));
        assertThat(first.read()).isEqualTo(16); // the .gold.json files beside them are not articles
        assertThat(first.stored()).isEqualTo(16);
        assertThat(first.failed()).isZero();
        assertThat(first.analysisSeconds()).isPositive();
        IngestSummary again = ingester().ingest(List.of(DEV));
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(16);
        assertThat(store.stats().articles()).isEqualTo(16);
        // a real analysis is stored with its offsets into the stored text
        List<StoredArticle> all = new ArrayList<>();
        store.forEachArticle(all::add);
        assertThat(all).hasSize(16).allSatisfy(a -> {
            String text = a.analysis().article().text();
            a.analysis().entities().forEach(e -> e.mentions().forEach(m ->
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
            a.analysis().quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
        });
    }

    @Test
    void jsonLinesKeepGoodLinesAndNameBadOnes() throws IOException {
        String body = Files.readString(DEV.resolve("01.txt"));
        String body2 = Files.readString(DEV.resolve("02.txt"));
        Path jsonl = Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
                json("text", body, "title", "A title given", "url", "https://news.example/1", "published", "2025-02-03T10:00:00Z", "source", "Example News"),
                "{not json",
                json("title", "no body"),
                "",
                json("html", "<html><body><article><p>" + body2.replace("\n", "</p><p>") + "</p></article></body></html>", "published", "2025-02-04"),
                json("text", "Some words.", "published", "yesterday"),
                "[1, 2]") + "\n");
        IngestSummary s = ingester().ingest(List.of(jsonl));
        assertThat(s.read()).isEqualTo(6);
        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(4);
        assertThat(s.failures()).extracting(IngestSummary.Failure::input).containsExactlyInAnyOrder(
                jsonl + ":2", jsonl + ":3", jsonl + ":6", jsonl + ":7");
        assertThat(s.failures()).extracting(IngestSummary.Failure::reason).anySatisfy(r -> assertThat(r).startsWith("invalid JSON"))
                .anySatisfy(r -> assertThat(r).contains("no \"text\" or \"html\""))
                .anySatisfy(r -> assertThat(r).contains("published"))
                .anySatisfy(r -> assertThat(r).isEqualTo("not a JSON object"));
        // two workers analyse in parallel: the order in which the two are stored (and so their ids) is not fixed
        List<StoredArticle> stored = new ArrayList<>();
        store.forEachArticle(stored::add);
        assertThat(stored).hasSize(2);
        StoredArticle first = stored.stream().filter(a -> a.analysis().article().url() != null).findFirst().orElseThrow();
        StoredArticle second = stored.stream().filter(a -> a != first).findFirst().orElseThrow();
        assertThat(first.analysis().article().title()).isEqualTo("A title given");
        assertThat(first.analysis().article().url()).isEqualTo("https://news.example/1");
        assertThat(first.analysis().article().published()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(first.analysis().article().source()).isEqualTo("Example News");
        // with a title given, "text" is all body: its first line stays in the text
        assertThat(first.analysis().article().text()).startsWith(body.lines().findFirst().orElseThrow().strip());
        assertThat(second.analysis().article().published()).isEqualTo(LocalDate.of(2025, 2, 4));
    }

    @Test
    void theSameWireStoryFromTwoOutletsIsOneStory() throws IOException {
        String body = Files.readString(DEV.resolve("03.txt"));
        List<String> lines = new ArrayList<>(body.lines().toList());
        String edited = String.join("\n", lines.subList(0, lines.size() - 1)) + "\nThe report was updated with comment from officials.";
        Path jsonl = Files.writeString(dir.resolve("wire.jsonl"), String.join("\n",
                json("text", body, "url", "https://one.example/a", "source", "One"),
                json("text", edited, "title", "Another headline for it", "url", "https://two.example/b", "source", "Two"),
                json("text", Files.readString(DEV.resolve("04.txt")), "url", "https://one.example/c", "source", "One")));
        IngestSummary s = new Ingester(store, ANALYZER, new ArticleReader(), 1, 10).ingest(List.of(jsonl));
        assertThat(s.stored()).isEqualTo(3);
        List<Story> stories = store.stories(Filter.all()).items();
        assertThat(stories).extracting(Story::articles).containsExactly(2, 1);
        assertThat(stories.get(0).sources()).isEqualTo(2);
    }

    @Test
    void readsRssAndAtomFeedsAndRefusesExternalEntities() throws IOException {
        Path rss = Files.writeString(dir.resolve("feed.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
                <item><title>Troops leave the base</title><link>https://wire.example/1</link>
                <pubDate>Mon, 03 Feb 2025 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Russian troops left the base near Tartus on Monday, officials said.&lt;/p&gt;&lt;p&gt;The withdrawal followed weeks of talks between Moscow and Damascus.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>https://wire.example/2</link></item>
                </channel></rss>
                """);
        Path atom = Files.writeString(dir.resolve("feed.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2025-02-04T00:00:00Z</updated>
                <entry><title>Talks resume in Geneva</title><id>urn:1</id><link href="https://atom.example/1"/>
                <updated>2025-02-04T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Delegations from both sides met in Geneva on Tuesday to resume talks on a ceasefire.&lt;/p&gt;</content></entry>
                </feed>
                """);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path xxe = Files.writeString(dir.resolve("evil.rss"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>Evil</title><item><title>x</title>"
                + "<link>https://evil.example/1</link><description>&x; leaked here and more words to make an article.</description></item></channel></rss>");
        IngestSummary s = ingester().ingest(List.of(rss, atom, xxe));
        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.failures()).extracting(IngestSummary.Failure::input).containsExactlyInAnyOrder(rss + "#2", xxe.toString());
        StoredArticle a = store.article(1).orElseThrow();
        assertThat(List.of(a, store.article(2).orElseThrow())).extracting(x -> x.analysis().article().url())
                .containsExactlyInAnyOrder("https://wire.example/1", "https://atom.example/1");
        StoredArticle wire = a.analysis().article().url().equals("https://wire.example/1") ? a : store.article(2).orElseThrow();
        assertThat(wire.analysis().article().title()).isEqualTo("Troops leave the base");
        assertThat(wire.analysis().article().source()).isEqualTo("Example Wire");
        assertThat(wire.analysis().article().published()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(wire.analysis().article().text()).contains("Russian troops left the base near Tartus");
        List<StoredArticle> all = new ArrayList<>();
        store.forEachArticle(all::add);
        assertThat(all).noneSatisfy(x -> assertThat(x.analysis().article().text()).contains("TOPSECRET"));
    }

    @Test
    void readsHtmlResponsesFromWarcFiles() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        String html = "<html><head><title>Ceasefire holds in the north</title></head><body><article>"
                + "<p>The ceasefire between the government and rebel forces held for a third day on Wednesday, residents said.</p>"
                + "<p>Aid convoys reached the town of Idlib for the first time in weeks.</p></article></body></html>";
        try (WarcWriter w = new WarcWriter(warc)) {
            w.write(new WarcResponse.Builder(URI.create("https://warc.example/news/1")).date(Instant.parse("2025-02-05T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                            html.getBytes(StandardCharsets.UTF_8)).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://warc.example/logo.png"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://warc.example/gone"))
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.parse("text/html"), "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
        }
        IngestSummary s = ingester().ingest(List.of(warc));
        assertThat(s.read()).isEqualTo(1);
        assertThat(s.stored()).isEqualTo(1);
        StoredArticle a = store.article(1).orElseThrow();
        assertThat(a.analysis().article().url()).isEqualTo("https://warc.example/news/1");
        assertThat(a.analysis().article().title()).isEqualTo("Ceasefire holds in the north");
        assertThat(a.analysis().article().text()).contains("Aid convoys reached the town of Idlib");
    }

    @Test
    void namesMissingPathsAndUnreadableFiles() throws IOException {
        Path binary = Files.write(dir.resolve("x.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        IngestSummary s = ingester().ingest(List.of(dir.resolve("nope"), binary));
        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.failures()).extracting(IngestSummary.Failure::reason)
                .anySatisfy(r -> assertThat(r).contains("no such file"))
                .anySatisfy(r -> assertThat(r).contains("binary"));
        assertThat(s.line()).startsWith("read 2, stored 0, duplicates 0, failed 2 in ");
    }

    static String json(String... kv) {
        var o = io.sitrep.output.AnalysisJson.mapper().createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            o.put(kv[i], kv[i + 1]);
        }
        return o.toString();
    }
}
