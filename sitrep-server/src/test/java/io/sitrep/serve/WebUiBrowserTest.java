package io.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.sitrep.Analyzer;
import io.sitrep.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end: the web UI in real headless Chromium against a server on a free loopback port over a test store
 * ({@link TestCorpus}); screenshots of each view go to target/screenshots/.
 */
class WebUiBrowserTest {
    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;
    static HeadlessChromium chromium;
    static Http http;
    static String example;

    @BeforeAll
    static void start() throws Exception {
        example = Files.readString(Path.of("../examples/syria-bases.txt"));
        store = TestCorpus.open(dir);
        server = SitrepServer.start(ServerConfig.loopback(0), Analyzer.standard(), store);
        http = new Http(server.baseUri());
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private Page open(String view) {
        Page page = chromium.newPage();
        page.navigate(server.baseUri() + "#" + view);
        page.waitForSelector("#tab-" + view + "[aria-selected=true]");
        return page;
    }

    private static void analyse(Page page, String text) {
        page.fill("#article-input", text);
        page.click("#analyze-button");
        page.waitForSelector("#article-text");
    }

    @Test
    void articleViewHighlightsWhatTheApiFound() {
        JsonNode a = http.post("/api/analyze", "text/plain; charset=utf-8", example, null).json();
        Page page = open("article");
        analyse(page, example);

        assertThat(page.textContent(".article-title")).isEqualTo(a.get("title").asText());
        String shown = page.textContent("#article-text");
        assertThat(shown.replace("\n", "")).isEqualTo(a.get("text").asText().replace("\n", ""));

        // every entity mention is a highlighted span carrying its entity
        Set<String> marked = new HashSet<>();
        for (Locator m : page.locator("#article-text .mark.entity").all()) {
            for (String key : m.getAttribute("data-keys").split(" ")) {
                marked.add(key);
            }
        }
        for (JsonNode e : a.get("entities")) {
            if (e.get("mentions").size() > 0) {
                assertThat(marked).as("entity %s highlighted", e.get("name").asText()).contains("entity:" + e.get("id").asText());
            }
        }
        assertThat(page.locator("#entity-list .item").count()).isEqualTo(a.get("entities").size());
        assertThat(page.locator("#event-list .item").count()).isEqualTo(a.get("events").size());

        // the quote list names each quote's speaker
        List<String> quoteItems = page.locator("#quote-list .item").allTextContents();
        assertThat(quoteItems).hasSize(a.get("quotes").size());
        for (int i = 0; i < quoteItems.size(); i++) {
            JsonNode q = a.get("quotes").get(i);
            String speaker = q.get("speaker_name").isNull() ? "unattributed" : q.get("speaker_name").asText();
            assertThat(quoteItems.get(i)).startsWith(speaker);
        }

        // one map point per place with coordinates
        List<String> places = new ArrayList<>();
        for (JsonNode e : a.get("entities")) {
            if (e.hasNonNull("lat") && e.hasNonNull("lon")) {
                places.add(e.get("name").asText());
            }
        }
        page.waitForSelector("#article-map svg.worldmap");
        assertThat(page.locator("#article-map path.land").count()).isGreaterThan(100);
        List<String> points = page.locator("#article-map .point").all().stream().map(p -> p.getAttribute("data-name")).toList();
        assertThat(points).containsExactlyInAnyOrderElementsOf(places);

        // selecting an entity explains it, with the rule of each mention
        if (page.locator("#entity-list .item").count() > 0) {
            page.locator("#entity-list .item").first().click();
            assertThat(page.textContent("#details")).contains(a.get("entities").get(0).get("name").asText());
            assertThat(page.locator("#article-text .mark.selected").count()).isGreaterThan(0);
        }
        HeadlessChromium.screenshot(page, "article-view");
        page.locator("#article-map").scrollIntoViewIfNeeded();
        HeadlessChromium.screenshot(page, "article-map");
        assertThat(chromium.consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void exampleArticleShowsPeopleCountriesAndPlaces() {
        Page page = open("article");
        analyse(page, example);
        assertThat(page.locator("#article-text .mark.entity.ent-COUNTRY", new Page.LocatorOptions().setHasText("Russia")).count()).isGreaterThan(0);
        assertThat(page.locator("#article-text .mark.entity.ent-PERSON", new Page.LocatorOptions().setHasText("Abu Qasra")).count()).isGreaterThan(0);
        List<String> points = page.locator("#article-map .point").all().stream().map(p -> p.getAttribute("data-name")).toList();
        assertThat(points).anySatisfy(p -> assertThat(p).contains("Latakia"));
        assertThat(points).anySatisfy(p -> assertThat(p).contains("Hmeimim"));
        page.context().close();
    }

    @Test
    void exampleArticleListsQuotesWithTheirSpeakers() {
        JsonNode a = http.post("/api/analyze", "text/plain; charset=utf-8", example, null).json();
        org.junit.jupiter.api.Assumptions.assumeTrue(a.get("quotes").size() > 0, "quote extraction has not landed in this build");
        Page page = open("article");
        analyse(page, example);
        assertThat(page.locator("#quote-list .item", new Page.LocatorOptions().setHasText("So far, nothing has changed")).first().textContent())
                .contains("Bogdanov");
        page.context().close();
    }

    @Test
    void tabsAreKeyboardNavigable() {
        Page page = open("article");
        page.focus("#tab-article");
        page.keyboard().press("ArrowRight");
        page.waitForSelector("#tab-map[aria-selected=true]");
        assertThat(page.isVisible("#view-map")).isTrue();
        assertThat(page.isVisible("#view-article")).isFalse();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("tab-map");
        page.keyboard().press("End");
        page.waitForSelector("#tab-search[aria-selected=true]");
        page.keyboard().press("Home");
        page.waitForSelector("#tab-article[aria-selected=true]");
        page.context().close();
    }

    @Test
    void mapShowsTheStoredPlaces() {
        Page page = open("map");
        page.waitForSelector("#store-map .point");
        List<String> points = page.locator("#store-map .point").all().stream().map(p -> p.getAttribute("data-name")).toList();
        assertThat(points).containsExactlyInAnyOrder("Tartus", "Damascus", "Hmeimim Air Base");
        HeadlessChromium.screenshot(page, "map-view");
        assertThat(chromium.consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void quoteBrowserFiltersBySpeakerAndOpensTheSourcePassage() {
        Page page = open("quotes");
        page.waitForSelector("#quotes .quote-browser");
        assertThat(page.locator("#quotes .quote-browser li").count()).isEqualTo(2);
        page.fill("#quote-speaker", "Putin");
        page.click("#view-quotes button[type=submit]");
        page.waitForSelector("#quotes .message");
        assertThat(page.textContent("#quotes")).contains("No quotes match");
        page.fill("#quote-speaker", "al-Shaibani");
        page.click("#view-quotes button[type=submit]");
        page.waitForSelector("#quotes .quote-browser");
        List<String> speakers = page.locator("#quotes .quote-browser .speaker").allTextContents();
        assertThat(speakers).containsOnly("Asaad al-Shaibani").hasSize(2);
        assertThat(page.textContent("#quotes")).contains("Nothing has been decided about the base");
        HeadlessChromium.screenshot(page, "quotes-view");

        page.locator("#quotes .quote-browser li", new Page.LocatorOptions().setHasText("Nothing has been decided")).locator("button.link").click();
        page.waitForSelector("#tab-article[aria-selected=true]");
        page.waitForSelector("#article-text .mark.focus");
        assertThat(String.join("", page.locator("#article-text .mark.focus").allTextContents())).isEqualTo("Nothing has been decided about the base");
        assertThat(page.textContent(".article-title")).isEqualTo("Russia and Syria discuss Tartus base");
        assertThat(page.locator("#article-map .point").count()).isEqualTo(2);
        HeadlessChromium.screenshot(page, "stored-article");
        assertThat(chromium.consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void timelineOfAnActor() {
        Page page = open("timeline");
        page.fill("#timeline-entity", "Russia");
        page.click("#view-timeline button[type=submit]");
        page.waitForSelector("#timeline .timeline");
        List<String> dates = page.locator("#timeline .tl-item time").allTextContents();
        assertThat(dates).isNotEmpty().isSorted();
        // one list: a run started at mount and the one the submit started must not both append theirs
        assertThat(page.locator("#timeline ol.timeline").count()).isEqualTo(1);
        assertThat(page.textContent("#timeline")).contains("043").contains("Syria");
        HeadlessChromium.screenshot(page, "timeline-view");
        page.context().close();
    }

    @Test
    void actorGraphDrawsEdgesByEventCount() {
        Page page = open("graph");
        page.waitForSelector("#graph canvas");
        page.waitForSelector(".graph-table table");
        List<String> rows = page.locator(".graph-table tbody tr").allTextContents();
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("RussiaSyria2"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("TurkeyRussia1Verbal conflict"));
        HeadlessChromium.screenshot(page, "graph-view");
        assertThat(chromium.consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void searchFindsStoredArticles() {
        Page page = open("search");
        page.fill("#search-q", "naval base");
        page.click("#view-search button[type=submit]");
        page.waitForSelector("#search-results .search-results li");
        assertThat(page.textContent("#search-results")).contains("Russia and Syria discuss Tartus base");
        HeadlessChromium.screenshot(page, "search-view");
        page.context().close();
    }

    @Test
    void situationViewShowsThePictureOrSaysWhyNot() {
        Page page = open("situation");
        page.waitForFunction("() => { const s = document.querySelector('#situation'); return s && s.textContent.length > 0 && !s.textContent.includes('Loading'); }");
        JsonNode api = http.get("/api/situation/SYR").json();
        if (api.has("presence")) {
            assertThat(page.locator("#situation .presence").count()).isEqualTo(api.get("presence").size());
            assertThat(api.get("presence").size()).isGreaterThan(0);
            JsonNode first = api.get("presence").get(0);
            assertThat(page.locator("#situation .presence").first().textContent())
                    .contains(first.get("actor").get("name").asText())
                    .contains(first.get("status").asText())
                    .contains(first.get("evidence").get(0).get("text").asText());
        } else {
            assertThat(page.textContent("#situation")).contains(api.get("message").asText());
        }
        HeadlessChromium.screenshot(page, "situation-view");
        assertThat(chromium.consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void hostileArticleTextRendersInert() {
        String hostile = "Officials <script>window.__pwned = 'script'</script> warn of attack\n"
                + "The statement <img src=x onerror=\"window.__pwned = 'img'\"> was read by the minister in Damascus on Monday.\n"
                + "Click <a href=\"javascript:window.__pwned = 'link'\">here</a> or javascript:window.__pwned='bare' for more.\n"
                + "\u0627\u0644\u0648\u0632\u064a\u0631 \u0642\u0627\u0644 \"\u0644\u0627 \u062a\u063a\u064a\u064a\u0631\" in Arabic, and a very "
                + "Long-Name-Without-Any-Break-".repeat(12) + " appears.";
        Page page = open("article");
        analyse(page, hostile);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(page.textContent(".article-title")).contains("<script>");
        assertThat(page.textContent("#article-text")).contains("<img src=x onerror=").contains("<a href=\"javascript:");
        assertThat(page.locator("#view-article script, #view-article img, #view-article iframe").count()).isZero();
        assertThat(page.locator("[onerror], [onclick], a[href^='javascript']").count()).isZero();
        assertThat((Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).satisfies(
                overflow -> assertThat(overflow.intValue()).as("no horizontal overflow from long names").isLessThanOrEqualTo(0));
        HeadlessChromium.screenshot(page, "hostile-article");
        page.context().close();
    }

    @Test
    void hostileHtmlArticleRendersInert() {
        String html = "<html><head><title>Ceasefire &lt;b&gt;talks&lt;/b&gt;</title></head><body><article><h1>Ceasefire talks</h1>"
                + "<p>Negotiators met in Geneva <img src=x onerror=\"window.__pwned='img'\"> on Monday, diplomats said.</p>"
                + "<p>Read <a href=\"javascript:window.__pwned='link'\">the statement</a> issued by the delegation after the meeting ended.</p>"
                + "<script>window.__pwned='script'</script></article></body></html>";
        Page page = open("article");
        analyse(page, html);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(page.textContent("#article-text")).contains("Negotiators met in Geneva");
        assertThat(page.locator("#view-article script, #view-article img, a[href^='javascript']").count()).isZero();
        page.context().close();
    }
}
