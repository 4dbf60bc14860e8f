package io.sitrep.extract.quote;

import io.sitrep.model.Quote;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the quotes sit among the tokens: which tokens are quoted (marks included), each quote's token
 * range, and the frames of the text. A frame is a stretch of a paragraph between two sentence ends that
 * lie outside quotation marks: the narrator's sentence around one or more quote pieces, however many
 * sentences the quoted words hold. Cues are looked for inside a quote's frame.
 */
public final class QuoteLayout {
    /** A frame: tokens {@code [first, end)} of paragraph {@code paragraph}. */
    public record Frame(int index, int first, int end, int paragraph) {
    }

    /** A quote's tokens: words {@code [first, end)}, marks at {@code open} and {@code close} (or -1 when absent). */
    public record Piece(Quote quote, int first, int end, int open, int close, int frame) {
        public int regionStart() {
            return open >= 0 ? open : first;
        }

        public int regionEnd() {
            return close >= 0 ? close + 1 : end;
        }

        /** No closing mark: the quote runs on into the next paragraph. */
        public boolean runsOn() {
            return close < 0;
        }
    }

    private final List<Token> tokens;
    private final boolean[] inside;
    private final List<Piece> pieces;
    private final List<Frame> frames;
    private final int[] frameOf;

    public QuoteLayout(List<Token> tokens, List<Sentence> sentences, List<Quote> quotes) {
        this.tokens = tokens;
        this.inside = new boolean[tokens.size()];
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
        }
        List<int[]> raw = new ArrayList<>();
        for (Quote q : quotes) {
            int first = lowerBound(starts, q.start());
            int end = first;
            while (end < tokens.size() && tokens.get(end).end() <= q.end()) {
                end++;
            }
            int open = first > 0 && isMark(first - 1) ? first - 1 : -1;
            int close = -1;
            for (int k = end; k < tokens.size() && k <= end + 2; k++) {
                if (isMark(k)) {
                    close = k;
                    break;
                }
                if (!tokens.get(k).text().equals(",") || tokens.get(k).start() - q.end() > 1) {
                    break; // only the comma trimmed from the quote's end may stand before its closing mark
                }
            }
            int rs = open >= 0 ? open : first;
            int re = close >= 0 ? close + 1 : end;
            for (int i = rs; i < re; i++) {
                inside[i] = true;
            }
            raw.add(new int[] {first, end, open, close});
        }
        this.frames = frames(sentences);
        this.frameOf = new int[tokens.size()];
        for (Frame f : frames) {
            Arrays.fill(frameOf, f.first(), f.end(), f.index());
        }
        List<Piece> ps = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            int[] r = raw.get(i);
            int at = r[2] >= 0 ? r[2] : Math.min(r[0], tokens.size() - 1);
            ps.add(new Piece(quotes.get(i), r[0], r[1], r[2], r[3], at >= 0 && at < frameOf.length ? frameOf[at] : 0));
        }
        this.pieces = List.copyOf(ps);
    }

    public boolean inside(int token) {
        return inside[token];
    }

    public List<Piece> pieces() {
        return pieces;
    }

    public List<Frame> frames() {
        return frames;
    }

    public Frame frameOf(int token) {
        return frames.get(frameOf[token]);
    }

    public List<Token> tokens() {
        return tokens;
    }

    private boolean isMark(int i) {
        String t = tokens.get(i).text();
        return t.length() == 1 && QuoteMarks.isMark(t.charAt(0));
    }

    /** Frames: paragraphs cut after sentence-final punctuation outside quotes. */
    private List<Frame> frames(List<Sentence> sentences) {
        List<Frame> out = new ArrayList<>();
        int s = 0;
        while (s < sentences.size()) {
            int para = sentences.get(s).paragraph();
            int first = sentences.get(s).firstToken();
            while (s + 1 < sentences.size() && sentences.get(s + 1).paragraph() == para) {
                s++;
            }
            int end = sentences.get(s).endToken();
            s++;
            int start = first;
            for (int i = first; i < end; i++) {
                if (i + 1 < end && endsSentence(i)) {
                    out.add(new Frame(out.size(), start, i + 1, para));
                    start = i + 1;
                }
            }
            if (start < end) {
                out.add(new Frame(out.size(), start, end, para));
            }
        }
        return List.copyOf(out);
    }

    private boolean endsSentence(int i) {
        String t = tokens.get(i).text();
        if (!inside[i]) {
            return t.equals(".") || t.equals("!") || t.equals("?") || t.equals(";");
        }
        // a closed quote whose words end a sentence, followed by a new capitalised sentence outside quotes
        if (isMark(i) && (i + 1 >= inside.length || !inside[i + 1]) && i > 0 && tokens.get(i - 1).text().equals(".")) {
            return i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized() && !tokens.get(i + 1).is("PRON");
        }
        return false;
    }

    private static int lowerBound(int[] a, int key) {
        int i = Arrays.binarySearch(a, key);
        return i >= 0 ? i : -i - 1;
    }
}
