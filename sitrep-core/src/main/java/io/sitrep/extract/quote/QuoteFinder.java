package io.sitrep.extract.quote;

import io.sitrep.model.Paragraph;
import io.sitrep.model.Quote;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes: every piece of text between double quotation marks (straight or curly, mixed), and
 * pieces between single marks that stand outside double ones (the British style of some outlets). A quote
 * never runs past its paragraph, except in the multi-paragraph pattern (no closing mark at the end of a
 * paragraph, an opening mark at the start of the next), where each paragraph yields its own piece. A
 * quote split around its cue yields one piece per side. Names and labels in quotation marks are dropped
 * (see {@link NotSpeech}). Linear in the text length.
 */
public final class QuoteFinder implements Stage {
    /** Longest stretch searched for the partner of a single mark, in characters. */
    private static final int MAX_SINGLE = 160;

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.PARAGRAPHS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.QUOTE_SPANS);
    }

    @Override
    public void process(Document doc) {
        doc.put(Keys.QUOTE_SPANS, find(doc.text(), doc.get(Keys.PARAGRAPHS)));
    }

    public static List<Quote> find(String text, List<Paragraph> paragraphs) {
        List<Quote> out = new ArrayList<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            List<int[]> doubles = doubleQuotes(text, p, pi + 1 < paragraphs.size() ? paragraphs.get(pi + 1) : null);
            List<int[]> pieces = new ArrayList<>(doubles);
            for (int[] single : singleQuotes(text, p, doubles)) {
                if (single[0] - 1 > p.start() || single[1] + 1 < p.end()) {
                    pieces.add(single); // a paragraph that is one single-quoted line is a subheading
                }
            }
            pieces.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] piece : pieces) {
                int s = piece[0];
                int e = piece[1];
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                    e--; // the comma before the closing mark belongs to the sentence around the quote
                }
                if (e > s && hasLetter(text, s, e) && !NotSpeech.isLabel(text, s, e, p.start(), p.end())) {
                    out.add(new Quote(text.substring(s, e), s, e, null, null, null, null));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Spans inside double marks, as {@code [start, end)} of the words between the marks. */
    private static List<int[]> doubleQuotes(String text, Paragraph p, Paragraph next) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (!QuoteMarks.isDouble(c)) {
                continue;
            }
            QuoteMarks.Dir dir = QuoteMarks.direction(text, i, p.start(), p.end());
            if (open < 0) {
                if (dir == QuoteMarks.Dir.OPEN || dir == QuoteMarks.Dir.EITHER) {
                    open = i;
                }
            } else if (dir == QuoteMarks.Dir.CLOSE || dir == QuoteMarks.Dir.EITHER) {
                out.add(new int[] {open + 1, i});
                open = -1;
            } else if (dir == QuoteMarks.Dir.OPEN) {
                open = i; // the earlier mark had no partner: drop it rather than swallow the text between
            }
        }
        if (open >= 0 && (opensParagraph(text, next) || speechOpening(text, open, p.start()))) {
            out.add(new int[] {open + 1, p.end()});
        }
        return out;
    }

    /** The next paragraph starts with an opening double mark: a quote continues over the paragraph break. */
    private static boolean opensParagraph(String text, Paragraph next) {
        if (next == null || next.end() <= next.start()) {
            return false;
        }
        char c = text.charAt(next.start());
        return QuoteMarks.isDouble(c) && QuoteMarks.direction(text, next.start(), next.start(), next.end()) != QuoteMarks.Dir.CLOSE;
    }

    /** An unclosed mark still opens speech when it starts the paragraph or follows a colon or comma. */
    private static boolean speechOpening(String text, int open, int paraStart) {
        int k = open - 1;
        while (k >= paraStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < paraStart || text.charAt(k) == ':' || text.charAt(k) == ',';
    }

    /** Pieces inside single marks outside every double-quoted span, bounded and checked on both sides. */
    private static List<int[]> singleQuotes(String text, Paragraph p, List<int[]> doubles) {
        List<int[]> out = new ArrayList<>();
        int d = 0;
        for (int i = p.start(); i < p.end(); i++) {
            while (d < doubles.size() && doubles.get(d)[1] < i) {
                d++;
            }
            if (d < doubles.size() && doubles.get(d)[0] - 1 <= i) {
                i = doubles.get(d)[1];
                continue;
            }
            char c = text.charAt(i);
            if (!QuoteMarks.isSingle(c) || QuoteMarks.direction(text, i, p.start(), p.end()) != QuoteMarks.Dir.OPEN
                    || i + 1 >= p.end() || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            int limit = Math.min(p.end(), i + MAX_SINGLE);
            if (d < doubles.size()) {
                limit = Math.min(limit, doubles.get(d)[0] - 1);
            }
            int close = singleClose(text, i, limit, p);
            if (close > 0) {
                out.add(new int[] {i + 1, close});
                i = close;
            }
        }
        return out;
    }

    private static int singleClose(String text, int open, int limit, Paragraph p) {
        boolean straight = text.charAt(open) == '\'';
        for (int j = open + 2; j < limit; j++) {
            char c = text.charAt(j);
            if (QuoteMarks.isDouble(c) || (c == '.' && j + 2 < limit && text.charAt(j + 1) == ' '
                    && Character.isUpperCase(text.charAt(j + 2)))) {
                return -1; // a sentence ends first: an apostrophe, not a quote
            }
            if (!QuoteMarks.isSingle(c) || QuoteMarks.direction(text, j, p.start(), p.end()) != QuoteMarks.Dir.CLOSE) {
                continue;
            }
            if (straight && text.charAt(j - 1) == 's' && j + 2 < p.end() && text.charAt(j + 1) == ' '
                    && Character.isLowerCase(text.charAt(j + 2))) {
                continue; // plural possessive: the Palestinians' land
            }
            return j;
        }
        return -1;
    }

    private static boolean hasLetter(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
