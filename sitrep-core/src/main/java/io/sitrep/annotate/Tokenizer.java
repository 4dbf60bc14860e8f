package io.sitrep.annotate;

import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fast rule-based tokenizer in one linear pass, Penn/UD style: words (with inner hyphens and
 * apostrophes), numbers ("1,200", "3.5"), abbreviations with dots ("U.S.", "Gen."), and every
 * punctuation mark on its own. Possessive "'s"/"’s" and "n't" are split off ("Syria's" → "Syria" "'s").
 */
public final class Tokenizer implements Stage {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
            "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "corp", "co", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres", "est", "approx", "dept",
            "univ", "brig", "lieut", "pvt", "cpl", "hon", "messrs", "fig", "al");

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.ARTICLE);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.TOKENS);
    }

    @Override
    public void process(Document doc) {
        doc.put(Keys.TOKENS, tokenize(doc.text()));
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) && Character.isLetterOrDigit(text.codePointAt(i))) {
                i = wordEnd(text, i);
                // split possessive 's / ’s and n't
                int end = i;
                if (end - start > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    add(out, text, start, end - 2);
                    add(out, text, end - 2, end);
                    continue;
                }
                if (end - start > 3 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 't')
                        && text.charAt(end - 3) == 'n') {
                    add(out, text, start, end - 3);
                    add(out, text, end - 3, end);
                    continue;
                }
                // abbreviation with a final dot
                if (i < n && text.charAt(i) == '.' && isAbbreviation(text, start, i)) {
                    i++;
                }
                add(out, text, start, i);
                continue;
            }
            // punctuation and symbols: one code point each, but keep "..." and "--" together
            if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                i += 3;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                i += 2;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            add(out, text, start, i);
        }
        return out;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                i += Character.charCount(cp);
                continue;
            }
            if (cp > Character.MAX_VALUE) {
                break; // a symbol outside the BMP (emoji): never a joiner, and never to be split in half
            }
            char c = (char) cp;
            // inner joiners: hyphen, apostrophe, dot/comma between digits, dot inside acronyms (U.S), ampersand in AT&T
            if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0) {
                char prev = text.charAt(i - 1);
                char next = text.charAt(i + 1);
                if (c == '-' || c == '\u2011') {
                    i++;
                    continue;
                }
                if (isApostrophe(c) && Character.isLetter(prev) && Character.isLetter(next)) {
                    i++;
                    continue;
                }
                if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) {
                    if (c == ',' && !(i + 3 < n + 1 && threeDigits(text, i + 1))) {
                        break;
                    }
                    i++;
                    continue;
                }
                if (c == '.' && Character.isUpperCase(prev) && Character.isUpperCase(next) && singleLetterBefore(text, i)) {
                    i++;
                    continue;
                }
                if (c == '&' && Character.isUpperCase(prev) && Character.isUpperCase(next)) {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static boolean threeDigits(String text, int i) {
        int k = 0;
        while (i + k < text.length() && Character.isDigit(text.charAt(i + k))) {
            k++;
        }
        return k == 3;
    }

    private static boolean singleLetterBefore(String text, int dot) {
        return dot < 2 || !Character.isLetter(text.charAt(dot - 2));
    }

    private static boolean isAbbreviation(String text, int start, int dot) {
        String w = text.substring(start, dot);
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            return true; // initials: "J. Smith"
        }
        if (w.indexOf('.') > 0) {
            return true; // U.S -> U.S.
        }
        return ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT)) && dot + 1 < text.length()
                && text.charAt(dot + 1) == ' ';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static void add(List<Token> out, String text, int start, int end) {
        if (end > start) {
            out.add(new Token(out.size(), start, end, text.substring(start, end), null));
        }
    }
}
