package io.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The synonym sets of a verb dictionary ({@code &CURRENCY}, {@code +DOLLAR}, ...). A member is a word or a
 * phrase; a member that ends in {@code _} matches only as written, others also in their regular plural.
 * Members may name other sets ({@code +&TIETYPES}).
 */
final class Synsets {
    private final Map<String, List<String>> raw = new HashMap<>();
    private final Map<String, List<String[]>> resolved = new HashMap<>();
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new java.util.concurrent.ConcurrentHashMap<>();

    void add(String set, String member) {
        raw.computeIfAbsent(set, k -> new ArrayList<>()).add(member);
    }

    boolean has(String set) {
        return raw.containsKey(set);
    }

    /** Every phrase (upper-case word arrays, plurals included) the set stands for. */
    synchronized List<String[]> phrases(String set) {
        List<String[]> r = resolved.get(set);
        if (r == null) {
            r = new ArrayList<>();
            resolve(set, r, 0);
            resolved.put(set, r);
        }
        return r;
    }

    /** End of the longest member of the set starting at {@code from}, or -1. */
    int match(String set, String[] words, int from, int limit) {
        Map<String, List<String[]>> index = byFirstWord.computeIfAbsent(set, k -> {
            Map<String, List<String[]>> m = new HashMap<>();
            for (String[] p : phrases(k)) {
                m.computeIfAbsent(p[0], w -> new ArrayList<>()).add(p);
            }
            return m;
        });
        List<String[]> cands = index.get(words[from]);
        if (cands == null) {
            return -1;
        }
        int best = -1;
        for (String[] p : cands) {
            if (from + p.length > limit) {
                continue;
            }
            boolean ok = true;
            for (int i = 1; i < p.length && ok; i++) {
                ok = p[i].equals(words[from + i]);
            }
            if (ok && from + p.length > best) {
                best = from + p.length;
            }
        }
        return best;
    }

    private void resolve(String set, List<String[]> into, int depth) {
        if (depth > 5) {
            return;
        }
        for (String m : raw.getOrDefault(set, List.of())) {
            if (m.startsWith("&")) {
                resolve(m.substring(1), into, depth + 1);
                continue;
            }
            boolean exact = m.endsWith("_");
            String body = exact ? m.substring(0, m.length() - 1) : m;
            String[] words = body.replace('_', ' ').trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            into.add(words);
            if (!exact && words.length == 1) {
                into.add(new String[] {DictionaryLines.plural(words[0])});
            }
        }
    }
}
