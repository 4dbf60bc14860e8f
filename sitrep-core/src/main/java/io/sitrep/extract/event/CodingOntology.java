package io.sitrep.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PETRARCH's internal coding ontology ("PICO", {@code PETR.Internal.Coding.Ontology.txt}): each CAMEO code as a
 * sum of hexadecimal meaning parts, where {@code -0xFFFF} is negation. CAMEO's "Reject" family is written as the
 * negation of what it rejects ({@code 121:-0xFFFF+0x0070}: reject material cooperation = not 060, material
 * cooperation), which is how "would not provide support" codes 121 and "refused to release" codes 1243 rather
 * than the cooperation they deny. Immutable; safe to share.
 */
public final class CodingOntology {
    private static final int NOT = 0xFFFF;
    private static volatile CodingOntology pico;

    private final Map<String, Integer> meaning = new HashMap<>();
    private final Map<Integer, String> codeOf = new HashMap<>();

    private CodingOntology(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String code = line.substring(0, colon).strip();
            Integer value = parse(line.substring(colon + 1));
            if (value == null || !code.chars().allMatch(Character::isDigit)) {
                continue;
            }
            meaning.putIfAbsent(code, value);
            codeOf.putIfAbsent(value, code); // where two codes share a meaning, the first listed names it
        }
    }

    /** The ontology bundled with Sitrep (from UniversalPetrarch, MIT). */
    public static CodingOntology pico() {
        CodingOntology o = pico;
        if (o == null) {
            synchronized (CodingOntology.class) {
                o = pico;
                if (o == null) {
                    o = new CodingOntology(DictionaryLines.resource("PETR.Internal.Coding.Ontology.txt"));
                    pico = o;
                }
            }
        }
        return o;
    }

    static CodingOntology of(List<String> lines) {
        return new CodingOntology(lines);
    }

    /**
     * The CAMEO code that says "not {@code code}" ({@code 060} to {@code 121}, {@code 084} to {@code 1243}), or
     * null when CAMEO has no code for that negation (an attack that did not happen is not a rejection) or the
     * code already carries a negation.
     */
    public String negation(String code) {
        Integer m = code == null ? null : meaning.get(code);
        if (m == null || m < 0 || m >= NOT) {
            return null;
        }
        return codeOf.get(m - NOT);
    }

    /**
     * The CAMEO code of a verb whose complement says what it is about, by PETRARCH's rule for combining an upper
     * and a lower verb ({@code utilities.combine_code}): "asked Obama to help Iran" is ask (020) with help (070),
     * an appeal for aid (023). Null when either code is unknown or the combination names no CAMEO code.
     */
    public String combine(String upper, String lower) {
        Integer u = upper == null ? null : meaning.get(upper);
        Integer l = lower == null ? null : meaning.get(lower);
        if (u == null || l == null) {
            return null;
        }
        int c;
        if (l < 0) {
            c = l + u;
        } else if (u >= 0x1000 && l >= 0x1000) {
            c = l;
        } else if (l >= u) {
            c = l;
        } else {
            c = u + l;
        }
        return codeOf.get(c);
    }

    /** "0x1000", "-0xFFFF+0x0070", "0x1000-0xFFFF": sums of signed hexadecimal terms; null when not one. */
    static Integer parse(String expr) {
        String e = expr.strip();
        if (e.isEmpty()) {
            return null;
        }
        int total = 0;
        int i = 0;
        while (i < e.length()) {
            int sign = 1;
            char c = e.charAt(i);
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                i++;
            }
            if (!e.startsWith("0x", i) && !e.startsWith("0X", i)) {
                return null;
            }
            int j = i + 2;
            while (j < e.length() && Character.digit(e.charAt(j), 16) >= 0) {
                j++;
            }
            if (j == i + 2) {
                return null;
            }
            total += sign * Integer.parseInt(e.substring(i + 2, j), 16);
            i = j;
            while (i < e.length() && Character.isWhitespace(e.charAt(i))) {
                i++;
            }
            if (i < e.length() && e.charAt(i) != '+' && e.charAt(i) != '-') {
                return null;
            }
        }
        return total;
    }
}
