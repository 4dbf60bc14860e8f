package io.sitrep.store.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * RSS and Atom feed files (Rome): one article per entry, from its content (else its summary), with the entry's
 * title, link and date and the feed's title as the source. Documents with a DOCTYPE are refused, which shuts out
 * XML external entities.
 */
public final class FeedReader {
    private FeedReader() {
    }

    public static void read(Path file, Consumer<Input> sink) {
        SyndFeed feed;
        try (InputStream in = Files.newInputStream(file)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (FeedException | RuntimeException e) {
            sink.accept(Input.failed(file.toString(), "not a readable RSS/Atom feed: " + e.getMessage()));
            return;
        } catch (java.io.IOException e) {
            sink.accept(Input.failed(file.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String name = file + "#" + n;
            String body = content(e);
            if (body == null || body.isBlank()) {
                sink.accept(Input.failed(name, "feed entry without content or summary"));
                continue;
            }
            sink.accept(new RawArticle(name, "<html><body><article>" + body + "</article></body></html>", true,
                    e.getTitle(), e.getLink(), Dates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                    feed.getTitle()));
        }
    }

    private static String content(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                b.append(asHtml(c)).append('\n');
            }
        }
        if (b.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
            b.append(asHtml(e.getDescription()));
        }
        return b.toString();
    }

    private static String asHtml(SyndContent c) {
        String type = c.getType();
        if (type != null && type.contains("html")) {
            return c.getValue();
        }
        return "<p>" + org.jsoup.nodes.Entities.escape(c.getValue()).replace("\n\n", "</p><p>") + "</p>";
    }
}
