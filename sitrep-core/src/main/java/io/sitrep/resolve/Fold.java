package io.sitrep.resolve;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Folds text for dictionary look-ups: lower case, accents removed ("Élysée" → "elysee"), typographic
 * apostrophes and hyphens made plain ("Côte d’Ivoire" → "cote d'ivoire"). ASCII input takes a fast path.
 */
public final class Fold {
    private Fold() {
    }

    public static String token(String s) {
        boolean ascii = true;
        boolean lower = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                ascii = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                lower = false;
            }
        }
        if (ascii) {
            return lower ? s : s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4') {
                c = '\'';
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013') {
                c = '-';
            } else if (c == '\u0131') {
                c = 'i';
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Folds each token and joins them with single spaces. */
    public static String tokens(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(token(t));
        }
        return b.toString();
    }

    /** True when every letter is upper case and there are at least two letters ("US", "U.S.", "NATO"). */
    public static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
