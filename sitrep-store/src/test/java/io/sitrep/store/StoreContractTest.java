package io.sitrep.store;

import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The behaviour every store must have; run once per database by its subclasses. */
abstract class StoreContractTest {
    static final LocalDate D1 = LocalDate.of(2025, 2, 11);
    static final LocalDate D2 = LocalDate.of(2025, 2, 12);

    Store store;

    /** A new, empty store. */
    abstract Store newStore() throws Exception;

    /** The same store opened again (a second process or a restart). */
    abstract Store reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storesAnArticleWithAllItsFactsAndOffsets() {
        Analysis in = Fixtures.wire("https://a.example/1", "Agency A", D1);
        PutResult r = store.put(in);
        assertThat(r.stored()).isTrue();
        StoredArticle out = store.article(r.articleId()).orElseThrow();
        assertThat(out.analysis()).isEqualTo(in);
        assertThat(out.contentHash()).isEqualTo(ContentHash.of(in.article().text()));
        assertThat(out.engineVersion()).isNotBlank();
        assertThat(out.dictionaries()).contains("geonames-countryinfo=");
        assertThat(out.storyId()).isEqualTo(r.storyId());
        StoreStats s = store.stats();
        assertThat(s).isEqualTo(new StoreStats(1, 1, 4, 6, 1, 1, 3));
    }

    @Test
    void theSameInputTwiceStoresNothingNew() {
        Analysis a = Fixtures.wire("https://a.example/1", "Agency A", D1);
        PutResult first = store.put(a);
        PutResult again = store.put(a);
        assertThat(again.stored()).isFalse();
        assertThat(again.articleId()).isEqualTo(first.articleId());
        // the same text with other whitespace, quote marks and case is the same content
        String variant = Fixtures.WIRE.replace("\"", "\u201C").replace(" ", "  ").replace("\n", "\n\n");
        assertThat(store.put(new Analysis(new Article("x", "x", variant, D1, null, null), List.of(), List.of(), List.of(),
                List.of())).stored()).isFalse();
        // another text at the same URL is the same article
        assertThat(store.put(Fixtures.other("t", "Another text entirely.", D1)
                .article().url() == null ? withUrl(Fixtures.other("t", "Another text entirely.", D1), "https://a.example/1")
                : null).stored()).isFalse();
        assertThat(store.stats().articles()).isEqualTo(1);
        assertThat(store.stats().events()).isEqualTo(3);
        assertThat(store.contains(ContentHash.of(Fixtures.WIRE), null)).isTrue();
        assertThat(store.contains("0".repeat(64), "https://a.example/1")).isTrue();
        assertThat(store.contains("0".repeat(64), "https://b.example/1")).isFalse();
    }

    @Test
    void aBatchIsOneTransactionAndDuplicatesInsideItAreFound() {
        Analysis a = Fixtures.wire("https://a.example/1", "Agency A", D1);
        List<PutResult> rs = store.putAll(List.of(a, Fixtures.other("UN", "The United Nations said aid is needed.", D1), a));
        assertThat(rs).extracting(PutResult::stored).containsExactly(true, true, false);
        assertThat(rs.get(2).articleId()).isEqualTo(rs.get(0).articleId());

        // a batch that fails part-way stores none of its articles, and no fact of them
        Analysis broken = new Analysis(Article.of("Broken", "A text about the Red Cross."), List.of(new Entity("e1", null,
                EntityType.ORGANIZATION, null, null, null, null, null, null, List.of(new Mention(0, 1, "A", "x")), null)),
                List.of(), List.of(), List.of());
        StoreStats before = store.stats();
        assertThatThrownBy(() -> store.putAll(List.of(Fixtures.other("UN 2", "The United Nations met again today.", D2), broken)))
                .isInstanceOf(StoreException.class);
        assertThat(store.stats()).isEqualTo(before);
    }

    @Test
    void survivesAReopen() throws Exception {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        store.close();
        store = reopen();
        assertThat(store.stats().articles()).isEqualTo(1);
        assertThat(store.put(Fixtures.wire("https://a.example/1", "Agency A", D1)).stored()).isFalse();
    }

    @Test
    void linksTheSameWireStoryAcrossOutletsAndCountsItsEvents() {
        PutResult a = store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        PutResult b = store.put(Fixtures.wire("Moscow and Damascus talk bases", Fixtures.edited(), "https://b.example/x",
                "Daily B", D1));
        PutResult c = store.put(Fixtures.other("UN", "The United Nations said on Monday that aid deliveries to the north"
                + " of the country had resumed after a pause of three weeks, and called on all parties to protect"
                + " civilians and humanitarian workers.", D2));
        assertThat(b.stored()).isTrue();
        assertThat(b.storyId()).isEqualTo(a.storyId());
        assertThat(c.storyId()).isNotEqualTo(a.storyId());

        Story story = store.story(a.storyId()).orElseThrow();
        assertThat(story.articles()).isEqualTo(2);
        assertThat(story.sources()).isEqualTo(2);
        assertThat(story.articleIds()).containsExactly(a.articleId(), b.articleId());
        assertThat(story.title()).isEqualTo("Russia and Syria discuss bases");
        assertThat(store.stories(Filter.all()).items()).extracting(Story::articles).containsExactly(2, 1);

        List<StoredEvent> all = store.events(Filter.all().code("043")).items();
        assertThat(all).hasSize(2).allSatisfy(e -> {
            assertThat(e.numMentions()).isEqualTo(2);
            assertThat(e.numArticles()).isEqualTo(2);
            assertThat(e.numSources()).isEqualTo(2);
        });
        List<StoredEvent> perStory = store.events(Filter.all().perStory(true)).items();
        assertThat(perStory).hasSize(4);
        assertThat(perStory).filteredOn(e -> e.cameo().equals("043")).singleElement()
                .satisfies(e -> assertThat(e.numMentions()).isEqualTo(2));
        assertThat(perStory).filteredOn(e -> e.cameo().equals("010")).singleElement()
                .satisfies(e -> assertThat(e.numMentions()).isEqualTo(1));
    }

    @Test
    void filtersEvents() {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        store.put(Fixtures.other("UN", "The United Nations said aid deliveries resumed.", D2));

        assertThat(store.events(Filter.all()).items()).hasSize(4);
        assertThat(store.events(Filter.all().actor("SYR")).items()).extracting(StoredEvent::cameo)
                .containsExactlyInAnyOrder("043", "036", "032");
        assertThat(store.events(Filter.all().actor("SYRGOV")).items()).extracting(StoredEvent::cameo).containsExactly("043");
        assertThat(store.events(Filter.all().actor("Russia")).items()).extracting(StoredEvent::cameo)
                .containsExactlyInAnyOrder("043", "036");
        assertThat(store.events(Filter.all().actor("abu qasra")).items()).extracting(StoredEvent::cameo).containsExactly("043");
        assertThat(store.events(Filter.all().actor("IGOUNO")).items()).extracting(StoredEvent::cameo).containsExactly("010");
        assertThat(store.events(Filter.all().actor("Nobody Known")).items()).isEmpty();
        assertThat(store.events(Filter.all().country("rus")).items()).hasSize(2);
        assertThat(store.events(Filter.all().code("03")).items()).extracting(StoredEvent::cameo)
                .containsExactlyInAnyOrder("036", "032");
        assertThat(store.events(Filter.all().code("consult")).items()).hasSize(3);
        assertThat(store.events(Filter.all().since(D2)).items()).extracting(StoredEvent::cameo).containsExactly("010");
        // an event dated only "2025-03" by the text is placed on the publication day
        assertThat(store.events(Filter.all().until(D1)).items()).hasSize(3);
        assertThat(store.events(Filter.all().text("DELEGATION")).items()).extracting(StoredEvent::cameo).containsExactly("032");

        StoredEvent met = store.events(Filter.all().code("043")).items().get(0);
        assertThat(met.sourceName()).isEqualTo("Russia");
        assertThat(met.targetName()).isEqualTo("Murhaf Abu Qasra");
        assertThat(met.targetCode()).isEqualTo("SYRGOVMIL");
        assertThat(met.targetCountry()).isEqualTo("SYR");
        assertThat(met.placeName()).isEqualTo("Damascus");
        assertThat(met.placeKind()).isEqualTo("city");
        assertThat(met.lat()).isEqualTo(33.51);
        assertThat(met.day()).isEqualTo("2025-02-11");
        assertThat(met.root()).isTrue();
        assertThat(met.text()).isEqualTo(Fixtures.WIRE.substring(met.start(), met.end()));
        assertThat(met.url()).isEqualTo("https://a.example/1");
        assertThat(met.outlet()).isEqualTo("Agency A");
    }

    @Test
    void pagesThroughResults() {
        for (int i = 0; i < 7; i++) {
            store.put(Fixtures.other("UN " + i, "The United Nations said something numbered " + i + " today.",
                    D1.plusDays(i)));
        }
        Page<StoredEvent> p1 = store.events(Filter.all().limit(3));
        Page<StoredEvent> p3 = store.events(Filter.all().limit(3).offset(6));
        assertThat(p1.items()).hasSize(3);
        assertThat(p1.more()).isTrue();
        assertThat(p1.nextOffset()).isEqualTo(3);
        assertThat(p3.items()).hasSize(1);
        assertThat(p3.more()).isFalse();
        assertThat(p1.items()).extracting(StoredEvent::day).containsExactly("2025-02-11", "2025-02-12", "2025-02-13");
        assertThatThrownBy(() -> Filter.all().limit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsQuotesAndClaimsBySpeaker() {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        List<StoredQuote> qs = store.quotes(Filter.all().speaker("Abu Qasra")).items();
        assertThat(qs).singleElement().satisfies(q -> {
            assertThat(q.speakerName()).isEqualTo("Murhaf Abu Qasra");
            assertThat(q.text()).startsWith("We are ready");
            assertThat(Fixtures.WIRE.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.day()).isEqualTo("2025-02-11");
        });
        assertThat(store.quotes(Filter.all().speaker("murhaf abu qasra")).items()).hasSize(1);
        assertThat(store.quotes(Filter.all().speaker("Qasra Abu")).items()).isEmpty();
        assertThat(store.quotes(Filter.all().speaker("Abu Qasra").since(D2)).items()).isEmpty();
        assertThat(store.quotes(Filter.all().text("forces in syria")).items()).hasSize(1);
        assertThat(store.quotes(Filter.all().country("SYR")).items()).hasSize(1);
        assertThat(store.quotes(Filter.all().country("RUS")).items()).isEmpty();
        assertThat(store.claims(Filter.all().speaker("Abu Qasra")).items()).singleElement()
                .satisfies(c -> assertThat(c.modality()).isEqualTo("reported"));
    }

    @Test
    void summarisesEntitiesOverTheCorpus() {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        store.put(Fixtures.wire("Moscow and Damascus talk bases", Fixtures.edited(), "https://b.example/x", "Daily B", D2));
        List<EntitySummary> all = store.entities(Filter.all()).items();
        assertThat(all).hasSize(4);
        assertThat(all).extracting(EntitySummary::mentions).containsExactly(4, 4, 2, 2);
        EntitySummary syria = all.stream().filter(e -> e.name().equals("Syria")).findFirst().orElseThrow();
        assertThat(syria.articles()).isEqualTo(2);
        assertThat(syria.code()).isEqualTo("SYR");
        assertThat(syria.firstSeen()).isEqualTo("2025-02-11");
        assertThat(syria.lastSeen()).isEqualTo("2025-02-12");
        assertThat(store.entities(Filter.all().type("person")).items()).extracting(EntitySummary::name)
                .containsExactly("Murhaf Abu Qasra");
        assertThat(store.entities(Filter.all().actor("SYRGOV")).items()).extracting(EntitySummary::name)
                .containsExactly("Murhaf Abu Qasra");
        assertThat(store.entities(Filter.all().country("SYR")).items()).hasSize(3);
        assertThat(store.entities(Filter.all().text("damas")).items()).extracting(EntitySummary::type)
                .containsExactly("PLACE");
    }

    @Test
    void buildsAnEntityTimeline() {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        store.put(Fixtures.other("UN", "The United Nations said aid deliveries resumed.", D2));
        List<TimelineEntry> t = store.timeline("Murhaf Abu Qasra", Filter.all()).items();
        assertThat(t).extracting(TimelineEntry::kind).containsExactlyInAnyOrder("event", "quote", "claim");
        assertThat(t).filteredOn(e -> e.kind().equals("event")).singleElement().satisfies(e -> {
            assertThat(e.role()).isEqualTo("target");
            assertThat(e.counterpart()).isEqualTo("Russia");
            assertThat(e.code()).isEqualTo("043");
        });
        List<TimelineEntry> russia = store.timeline("RUS", Filter.all()).items();
        assertThat(russia).extracting(TimelineEntry::role).containsOnly("source");
        assertThat(russia).extracting(TimelineEntry::day).containsExactly("2025-02-11", "2025-02-11");
        assertThat(store.timeline("Murhaf Abu Qasra", Filter.all().limit(2)).more()).isTrue();
    }

    @Test
    void streamsEventsAndArticlesForExport() {
        store.put(Fixtures.wire("https://a.example/1", "Agency A", D1));
        store.put(Fixtures.wire("Moscow and Damascus talk bases", Fixtures.edited(), "https://b.example/x", "Daily B", D1));
        List<StoredEvent> events = new ArrayList<>();
        store.forEachEvent(Filter.all(), events::add);
        assertThat(events).hasSize(6).allSatisfy(e -> assertThat(e.numArticles()).isEqualTo(2));
        List<StoredEvent> grouped = new ArrayList<>();
        store.forEachEvent(Filter.all().perStory(true), grouped::add);
        assertThat(grouped).hasSize(3);
        List<StoredArticle> articles = new ArrayList<>();
        store.forEachArticle(articles::add);
        assertThat(articles).extracting(a -> a.analysis().events().size()).containsExactly(3, 3);
    }

    private static Analysis withUrl(Analysis a, String url) {
        Article x = a.article();
        return new Analysis(new Article(x.name(), x.title(), x.text(), x.published(), url, x.source()),
                a.entities(), a.quotes(), a.claims(), a.events());
    }
}
