package io.sitrep.situation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cue phrases of the situation picture ({@code cues.tsv}): words that say a military presence is
 * talked about, and words that give its status or the statement's modality. Matching is over lower-cased
 * tokens; a phrase whose last word ends in '*' matches by prefix.
 */
public final class CueLexicon {
    /** A cue found in a sentence: its class, the token range and the words. */
    public record Match(String cls, int from, int to, String words) {
    }

    private record Cue(String cls, String[] words, boolean prefix) {
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final List<Cue> prefixCues = new ArrayList<>();

    private CueLexicon() {
    }

    private static final class Holder {
        static final CueLexicon DEFAULT = load("/io/sitrep/situation/cues.tsv");
    }

    public static CueLexicon standard() {
        return Holder.DEFAULT;
    }

    static CueLexicon load(String resource) {
        CueLexicon lex = new CueLexicon();
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + ": expected CLASS<TAB>phrase: " + line);
                }
                String[] words = cols[1].strip().toLowerCase(Locale.ROOT).split(" ");
                boolean prefix = words[words.length - 1].endsWith("*");
                if (prefix) {
                    words[words.length - 1] = words[words.length - 1].substring(0, words[words.length - 1].length() - 1);
                }
                Cue cue = new Cue(cols[0].strip(), words, prefix);
                if (prefix && words.length == 1) {
                    lex.prefixCues.add(cue);
                } else {
                    lex.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(cue);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    /** Every cue in the lower-cased words, longest first at each position (shorter ones inside it dropped). */
    public List<Match> find(List<String> words) {
        List<Match> out = new ArrayList<>();
        int coveredTo = 0;
        for (int i = 0; i < words.size(); i++) {
            Match best = null;
            List<Cue> cues = byFirstWord.get(words.get(i));
            if (cues != null) {
                for (Cue c : cues) {
                    if (matches(c, words, i) && (best == null || c.words.length > best.to() - best.from())) {
                        best = new Match(c.cls, i, i + c.words.length, String.join(" ", c.words));
                    }
                }
            }
            if (best == null) {
                for (Cue c : prefixCues) {
                    if (words.get(i).startsWith(c.words[0])) {
                        best = new Match(c.cls, i, i + 1, words.get(i));
                        break;
                    }
                }
            }
            if (best != null && (i >= coveredTo || best.to() > coveredTo)) {
                out.add(best);
                coveredTo = Math.max(coveredTo, best.to());
            }
        }
        return out;
    }

    private static boolean matches(Cue c, List<String> words, int i) {
        if (i + c.words.length > words.size()) {
            return false;
        }
        for (int k = 0; k < c.words.length; k++) {
            String w = words.get(i + k);
            boolean last = k == c.words.length - 1;
            if (last && c.prefix ? !w.startsWith(c.words[k]) : !w.equals(c.words[k])) {
                return false;
            }
        }
        return true;
    }
}
