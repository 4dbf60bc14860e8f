package io.sitrep.extract.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH actor dictionary ({@code NAME_ [CODE]}, {@code +SYNONYM} lines, tab-indented
 * {@code [CODE FROM-TO]} dated codes). Used by the PETRARCH validation mode; the analysis itself takes its
 * actors from the document's entities.
 */
public final class ActorDictionary {
    /** One dated code; null bounds are open. */
    record DatedCode(String code, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /** The codes of one actor entry: dated codes in dictionary order, and the undated default. */
    static final class Codes {
        final List<DatedCode> dated = new ArrayList<>();
        String fallback;

        /** The first dated code that covers the date, else null. */
        String dated(LocalDate date) {
            for (DatedCode c : dated) {
                if (c.covers(date)) {
                    return c.code();
                }
            }
            return null;
        }
    }

    /**
     * Every entry a phrase is listed under (PETRARCH appends the codes of a phrase listed under two actors). On a
     * date: the first dated code that covers it, else the undated default, else none (a person listed only for
     * the years they held an office has no code outside them). Without a date: the default, else the latest
     * dated code.
     */
    static final class PhraseCodes {
        final List<Codes> entries = new ArrayList<>(1);

        String on(LocalDate date) {
            if (date != null) {
                for (Codes c : entries) {
                    String code = c.dated(date);
                    if (code != null) {
                        return code;
                    }
                }
            }
            for (Codes c : entries) {
                if (c.fallback != null) {
                    return c.fallback;
                }
            }
            if (date == null) {
                for (Codes c : entries) {
                    if (!c.dated.isEmpty()) {
                        return c.dated.get(c.dated.size() - 1).code();
                    }
                }
            }
            return null;
        }
    }

    private final PhraseTrie<PhraseCodes> trie = new PhraseTrie<>();

    public static ActorDictionary read(List<Path> files) {
        ActorDictionary d = new ActorDictionary();
        for (Path f : files) {
            d.parse(DictionaryLines.read(f));
        }
        return d;
    }

    static ActorDictionary fromResources(List<String> names) {
        ActorDictionary d = new ActorDictionary();
        for (String n : names) {
            d.parse(DictionaryLines.resource(n));
        }
        return d;
    }

    void parse(List<String> lines) {
        List<String[]> names = new ArrayList<>();
        Codes codes = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                if (codes != null) {
                    addCodes(codes, line);
                }
                continue;
            }
            if (line.startsWith("+")) {
                String[] w = phrase(stripCodes(line.substring(1)));
                if (w.length > 0 && codes != null) {
                    names.add(w);
                    add(w, codes);
                }
                if (line.contains("[") && codes != null) {
                    addCodes(codes, line.substring(line.indexOf('[')));
                }
                continue;
            }
            names = new ArrayList<>();
            codes = new Codes();
            String[] w = phrase(stripCodes(line));
            if (w.length == 0) {
                continue;
            }
            names.add(w);
            add(w, codes);
            if (line.contains("[")) {
                addCodes(codes, line.substring(line.indexOf('[')));
            }
        }
    }

    private void add(String[] phrase, Codes codes) {
        PhraseCodes p = trie.get(phrase, 0, phrase.length);
        if (p == null) {
            p = new PhraseCodes();
            trie.put(phrase, p);
        }
        if (!p.entries.contains(codes)) {
            p.entries.add(codes);
        }
    }

    private static String stripCodes(String s) {
        int b = s.indexOf('[');
        return b < 0 ? s : s.substring(0, b);
    }

    static String[] phrase(String s) {
        String t = s.replace('_', ' ').trim().toUpperCase(Locale.ROOT).replace("'S ", " 'S ");
        if (t.endsWith("'S")) {
            t = t.substring(0, t.length() - 2) + " 'S";
        }
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static void addCodes(Codes codes, String s) {
        int i = 0;
        while ((i = s.indexOf('[', i)) >= 0) {
            int j = s.indexOf(']', i);
            if (j < 0) {
                j = s.length();
            }
            String[] data = s.substring(i + 1, j).trim().split("\\s+", 2);
            i = j;
            if (data.length == 0 || data[0].isEmpty()) {
                continue;
            }
            String code = data[0];
            if (data.length == 1) {
                if (codes.fallback == null) {
                    codes.fallback = code;
                }
                continue;
            }
            String dates = data[1].replace(" ", "");
            LocalDate from = null;
            LocalDate to = null;
            if (dates.startsWith("<")) {
                to = date(dates.substring(1));
            } else if (dates.startsWith(">")) {
                from = date(dates.substring(1));
            } else if (dates.contains("-")) {
                String[] ft = dates.split("-", 2);
                from = date(ft[0]);
                to = date(ft[1]);
            } else {
                from = date(dates);
                to = from;
            }
            codes.dated.add(new DatedCode(code, from, to));
        }
    }

    /** YYYYMMDD, or YYMMDD with 00-30 read as 20YY (the KEDS/TABARI rule). */
    static LocalDate date(String s) {
        try {
            if (s.length() > 7) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            int y = Integer.parseInt(s.substring(0, 2));
            y += y <= 30 ? 2000 : 1900;
            return LocalDate.of(y, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** End of the longest actor phrase at {@code from}, or -1. */
    int match(String[] words, int from, int limit) {
        return trie.longest(words, from, limit);
    }

    String code(String[] words, int from, int end, LocalDate date) {
        PhraseCodes c = trie.get(words, from, end);
        return c == null ? null : c.on(date);
    }
}
