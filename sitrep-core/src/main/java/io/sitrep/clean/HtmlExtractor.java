package io.sitrep.clean;

import io.sitrep.model.Article;
import io.sitrep.pipeline.Cancellation;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from HTML: jsoup parses it (tolerating broken markup), Readability4J finds the
 * main content, and its block elements become paragraphs. The headline and the publication date come
 * from the page's metadata when present.
 */
public final class HtmlExtractor {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LD_DATE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{1,100})\"");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption");
    private static final int MAX_DEPTH = 400;
    private static final int MAX_WIDTH = 1_000;

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
        Cancellation.check("HTML extraction");
        String body = readable(page);
        Cancellation.check("HTML extraction");
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
        if (!fitsReadability(page.body())) {
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

    /**
     * Readability4J recurses with the depth of the tree and moves children one at a time (quadratic in
     * the number of siblings): pages deeper than {@value #MAX_DEPTH} or with more than {@value #MAX_WIDTH}
     * children under one element skip it and use the plain block text, which is linear.
     */
    static boolean fitsReadability(Element root) {
        if (root == null) {
            return true;
        }
        List<Element> stack = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        stack.add(root);
        depths.add(1);
        while (!stack.isEmpty()) {
            Element e = stack.remove(stack.size() - 1);
            int d = depths.remove(depths.size() - 1);
            int children = e.childNodeSize();
            if (d > MAX_DEPTH || children > MAX_WIDTH) {
                return false;
            }
            for (Element c : e.children()) {
                stack.add(c);
                depths.add(d + 1);
            }
        }
        return true;
    }

    /**
     * One line per block element, in one pass over the tree (linear however deep or wide the markup):
     * text inside a block goes to the block's line, a nested block starts a new line. Text outside every
     * block counts only when no block holds any text.
     */
    static String blocksText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int open;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (open > 0) {
                        appendFlat(sb, t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    if (BLOCK_TAGS.contains(e.normalName())) {
                        open++;
                        sb.append('\n');
                    } else if (open > 0 && e.normalName().equals("br")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    open--;
                    sb.append('\n');
                }
            }
        }, root);
        if (sb.chars().allMatch(Character::isWhitespace)) {
            return root.wholeText();
        }
        return sb.toString();
    }

    /** Appends text with its line breaks turned into spaces: inside a block, source lines are not paragraphs. */
    private static void appendFlat(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
        }
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
            Matcher m = LD_DATE_PUBLISHED.matcher(ld.data());
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
