package io.sitrep.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalises raw text into clean lines: Unicode NFC, no control or zero-width characters, runs of
 * white space folded to one space, lines trimmed, empty lines dropped. Article offsets refer to the
 * text after this step.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static List<String> lines(String raw) {
        String s = nfc(raw);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                flush(line, out);
                space = false;
                continue;
            }
            if (c == '\t' || Character.isSpaceChar(c) || c == '\u000B' || c == '\u000C') {
                space = line.length() > 0;
                continue;
            }
            if (Character.isISOControl(c) || isInvisible(c)) {
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.append(c);
        }
        flush(line, out);
        return out;
    }

    /** NFC; text without any character from U+0300 up (the combining marks and beyond) is already NFC. */
    static String nfc(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= '\u0300') {
                return Normalizer.normalize(raw, Normalizer.Form.NFC);
            }
        }
        return raw;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void flush(StringBuilder line, List<String> out) {
        if (line.length() > 0) {
            out.add(line.toString());
            line.setLength(0);
        }
    }

    /** Joins body lines into the article text: one paragraph per line, separated by '\n'. */
    public static String body(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (Boilerplate.isBoilerplate(l)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l);
        }
        return sb.toString();
    }
}
