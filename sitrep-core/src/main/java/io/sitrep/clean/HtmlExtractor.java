package io.sitrep.clean;

import io.sitrep.model.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from HTML: jsoup parses it (tolerating broken markup), Readability4J finds the
 * main content, and its block elements become paragraphs. The headline and the publication date come
 * from the page's metadata when present.
 */
public final class HtmlExtractor {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption";
    private static final int MAX_DEPTH = 400;

    public Article extract(String name, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackErrors(0));
        String title = firstNonBlank(
                meta(page, "meta[property=og:title]"),
                meta(page, "meta[name=twitter:title]"),
                textOf(page.selectFirst("h1")),
                page.title());
        LocalDate published = publishedDate(page);
        String url = firstNonBlank(meta(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]"));
        String source = meta(page, "meta[property=og:site_name]");

        page.select("script, style, noscript, template, iframe, svg, nav, footer, aside, form, button").remove();
        String body = readable(page);
        if (body.isBlank()) {
            body = blocksText(page.body() == null ? page : page.body());
        }
        List<String> lines = TextNormalizer.lines(body);
        if (title != null && !lines.isEmpty() && lines.get(0).strip().equals(title.strip())) {
            lines = lines.subList(1, lines.size());
        }
        return new Article(name, title == null ? null : String.join(" ", TextNormalizer.lines(title)),
                TextNormalizer.body(lines), published, url, source);
    }

    private String readable(org.jsoup.nodes.Document page) {
        if (depth(page.body()) > MAX_DEPTH) {
            return "";
        }
        try {
            var r = new Readability4J("", page.outerHtml()).parse();
            String content = r.getContent();
            if (content == null || content.isBlank()) {
                return "";
            }
            return blocksText(Jsoup.parseBodyFragment(content).body());
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private static int depth(Element root) {
        if (root == null) {
            return 0;
        }
        int max = 0;
        List<Element> stack = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        stack.add(root);
        depths.add(1);
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            int d = depths.remove(depths.size() - 1);
            max = Math.max(max, d);
            if (max > MAX_DEPTH) {
                return max;
            }
            for (Element c : e.children()) {
                stack.add(c);
                depths.add(d + 1);
            }
        }
        return max;
    }

    /** One line per block element that holds text of its own; falls back to the whole text. */
    static String blocksText(Element root) {
        Elements blocks = root.select(BLOCKS);
        StringBuilder sb = new StringBuilder();
        for (Element b : blocks) {
            if (!b.select(BLOCKS).isEmpty() && b.children().stream().anyMatch(c -> c.is(BLOCKS))) {
                continue; // a container of other blocks: its children speak for it
            }
            String t = b.text();
            if (!t.isBlank()) {
                sb.append(t).append('\n');
            }
        }
        if (sb.length() == 0) {
            return root.wholeText();
        }
        return sb.toString();
    }

    private static LocalDate publishedDate(org.jsoup.nodes.Document page) {
        String[] selectors = {
                "meta[property=article:published_time]", "meta[property=og:published_time]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date.issued]",
                "meta[name=DC.date.issued]", "meta[itemprop=datePublished]", "meta[name=parsely-pub-date]",
                "meta[name=sailthru.date]"};
        for (String sel : selectors) {
            LocalDate d = parseDate(meta(page, sel));
            if (d != null) {
                return d;
            }
        }
        for (Element ld : page.select("script[type=application/ld+json]")) {
            Matcher m = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"").matcher(ld.data());
            if (m.find()) {
                LocalDate d = parseDate(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : parseDate(time.attr("datetime"));
    }

    static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String selector) {
        return meta(page, selector, "content");
    }

    private static String meta(org.jsoup.nodes.Document page, String selector, String attr) {
        Element e = page.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr);
        return v.isBlank() ? null : v.strip();
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
