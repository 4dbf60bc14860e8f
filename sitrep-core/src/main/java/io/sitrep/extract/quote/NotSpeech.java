package io.sitrep.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Tells names and labels in quotation marks from speech: the “Hanoi Hilton”, "PRESS" written on a vest,
 * an operation's name, a so-called "peace plan". Quoted words that someone used (Israel called him the
 * "mastermind") stay speech, however short.
 */
final class NotSpeech {
    /** Words that announce a name or a label just before the opening mark. */
    private static final Set<String> NAMING_BEFORE = Set.of("so-called", "dubbed", "nicknamed", "titled", "entitled",
            "codenamed", "code-named", "named", "hashtag", "slogan", "headline", "headlined", "banner", "word", "term",
            "phrase", "motto", "operation");
    /** Words that mark the quoted text as something written or shown, just after the closing mark. */
    private static final Set<String> LABEL_AFTER = Set.of("written", "printed", "painted", "emblazoned", "marked",
            "stamped", "stencilled", "stenciled", "sprayed", "scrawled");
    /** Small words that may stay lowercase inside a title-cased name. */
    private static final Set<String> NAME_GLUE = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an", "at",
            "de", "du", "des", "la", "le", "al", "el", "bin", "van", "von", "&");
    /** Longest name (in words) recognised from its capitals alone. */
    private static final int MAX_NAME_WORDS = 4;

    private NotSpeech() {
    }

    static boolean isLabel(String text, int s, int e, int paraStart, int paraEnd) {
        String before = wordBefore(text, s, paraStart);
        String after = wordAfter(text, e, paraEnd);
        int words = countWords(text, s, e);
        if (words <= MAX_NAME_WORDS && (NAMING_BEFORE.contains(before) || LABEL_AFTER.contains(after)
                || "so-called".equals(twoWordsBefore(text, s, paraStart)) || "known as".equals(twoWordsBefore(text, s, paraStart)))) {
            return true;
        }
        return words <= MAX_NAME_WORDS && isTitleCased(text, s, e);
    }

    /** Every word capitalised (small glue words aside) and no sentence punctuation: a name, not a saying. */
    static boolean isTitleCased(String text, int s, int e) {
        char last = text.charAt(e - 1);
        if (last == '.' || last == '!' || last == '?' || last == ',') {
            return false;
        }
        boolean any = false;
        int i = s;
        while (i < e) {
            while (i < e && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < e && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\''
                    || text.charAt(i) == '\u2019')) {
                i++;
            }
            if (w == i) {
                break;
            }
            String word = text.substring(w, i);
            if (Character.isLetter(word.charAt(0))) {
                if (Character.isUpperCase(word.charAt(0))) {
                    any = true;
                } else if (!NAME_GLUE.contains(word.toLowerCase(Locale.ROOT)) || w == s) {
                    return false;
                }
            }
        }
        return any;
    }

    private static int countWords(String text, int s, int e) {
        int n = 0;
        boolean in = false;
        for (int i = s; i < e; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter || (in && (text.charAt(i) == '-' || text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
        }
        return n;
    }

    /** The word before the opening mark at {@code s - 1}, lowercased ("" when none). */
    static String wordBefore(String text, int s, int paraStart) {
        int k = s - 2;
        while (k >= paraStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        int end = k + 1;
        while (k >= paraStart && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
            k--;
        }
        return text.substring(k + 1, end).toLowerCase(Locale.ROOT);
    }

    private static String twoWordsBefore(String text, int s, int paraStart) {
        String w1 = wordBefore(text, s, paraStart);
        if (w1.isEmpty()) {
            return "";
        }
        int k = s - 2;
        while (k >= paraStart && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        k -= w1.length();
        // k + 1 is where w1 starts; the word before it ends before the spaces
        String w0 = wordBefore(text, k + 2, paraStart);
        return w0 + " " + w1;
    }

    /** The word after the closing mark at or just after {@code e}, lowercased ("" when none). */
    static String wordAfter(String text, int e, int paraEnd) {
        int end = Math.min(paraEnd, text.length());
        int k = Math.min(e, end);
        int skipped = 0;
        while (k < end && !Character.isLetter(text.charAt(k)) && skipped < 4) {
            k++;
            skipped++;
        }
        int start = k;
        while (k < end && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return text.substring(start, k).toLowerCase(Locale.ROOT);
    }
}
