package io.sitrep.fuzz;

import io.sitrep.model.Article;

/** Properties every cleaned article must have, whatever the input was. */
final class ArticleChecks {
    private ArticleChecks() {
    }

    /** Cleaned text: lines joined by single '\n', each trimmed and non-empty, no control or invisible characters. */
    static void cleanText(String text) {
        if (text.startsWith("\n") || text.endsWith("\n") || text.contains("\n\n")) {
            throw new AssertionError("empty line in cleaned text");
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(line.length() - 1) == ' ' || line.contains("  "))) {
                throw new AssertionError("untrimmed or unfolded white space in line: " + abbreviate(line));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && (Character.isISOControl(c) || c == '\u200B' || c == '\uFEFF' || c == '\t')) {
                throw new AssertionError("control or invisible character U+" + Integer.toHexString(c) + " at " + i);
            }
        }
    }

    static void article(Article a) {
        cleanText(a.text());
        if (a.title() != null) {
            if (a.title().contains("\n")) {
                throw new AssertionError("title spans lines");
            }
            cleanText(a.title());
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
