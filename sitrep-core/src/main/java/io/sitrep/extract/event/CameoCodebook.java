package io.sitrep.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a CAMEO event code means: its GDELT label and Goldstein value, its QuadClass and its PLOVER
 * category through the CAMEO-to-PLOVER crosswalk. Codes not in a table fall back to their 3- then 2-digit
 * parent.
 */
public final class CameoCodebook {
    private static final CameoCodebook INSTANCE = load();

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Double> goldstein = new HashMap<>();
    private final Map<String, String> plover = new HashMap<>();

    private CameoCodebook() {
    }

    public static CameoCodebook get() {
        return INSTANCE;
    }

    private static CameoCodebook load() {
        CameoCodebook c = new CameoCodebook();
        for (String line : DictionaryLines.resource("CAMEO.eventcodes.txt")) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && Character.isDigit(f[0].charAt(0))) {
                c.labels.put(f[0].trim(), f[1].trim());
            }
        }
        for (String line : DictionaryLines.resource("CAMEO.goldsteinscale.txt")) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && Character.isDigit(f[0].charAt(0))) {
                try {
                    c.goldstein.put(f[0].trim(), Double.parseDouble(f[1].trim()));
                } catch (NumberFormatException ignored) {
                    // header or malformed row
                }
            }
        }
        for (String line : DictionaryLines.resource("CAMEO2PLOVER-2021.txt")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            String code = line.substring(0, colon).trim();
            String rest = line.substring(colon + 1);
            String category = rest.split(",", 2)[0].trim().toUpperCase(Locale.ROOT);
            if (!category.isEmpty() && Character.isLetter(category.charAt(0))) {
                c.plover.put(code, category.split("\\s+")[0]);
            }
        }
        return c;
    }

    private static <V> V lookup(Map<String, V> m, String code) {
        if (code == null) {
            return null;
        }
        for (String k : List.of(code, code.length() > 3 ? code.substring(0, 3) : "", code.length() > 2 ? code.substring(0, 2) : "")) {
            V v = m.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public String label(String code) {
        return lookup(labels, code);
    }

    public String plover(String code) {
        return lookup(plover, code);
    }

    public double goldstein(String code) {
        Double g = lookup(goldstein, code);
        return g == null ? 0.0 : g;
    }

    /** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass(String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return 0;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 5) {
            return 1;
        }
        if (root <= 8 && root >= 6) {
            return 2;
        }
        if (root <= 13 && root >= 9) {
            return 3;
        }
        return root >= 14 && root <= 20 ? 4 : 0;
    }
}
