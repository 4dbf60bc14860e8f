package io.sitrep.clean;

import io.sitrep.model.Article;

import java.util.List;

/**
 * Cleans a plain-text article: the first line that is not boilerplate is the headline, the rest
 * (boilerplate removed) is the body, one paragraph per line.
 */
public final class PlainTextCleaner {
    public Article clean(String name, String raw) {
        List<String> lines = TextNormalizer.lines(raw);
        int i = 0;
        while (i < lines.size() && Boilerplate.isBoilerplate(lines.get(i))) {
            i++;
        }
        if (i >= lines.size()) {
            return new Article(name, null, "", null, null, null);
        }
        String title = lines.get(i);
        List<String> rest = lines.subList(i + 1, lines.size());
        if (rest.isEmpty() || looksLikeBodySentence(title) && rest.size() == 0) {
            return new Article(name, null, TextNormalizer.body(lines.subList(i, lines.size())), null, null, null);
        }
        return new Article(name, title, TextNormalizer.body(rest), null, null, null);
    }

    private static boolean looksLikeBodySentence(String line) {
        return line.length() > 200;
    }
}
