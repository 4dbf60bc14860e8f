package io.sitrep.extract.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CAMEO verb dictionary in the PETRARCH/TABARI format, read as published: synonym sets ({@code &NAME}
 * followed by {@code +MEMBER} lines), verb blocks ({@code --- MEANING [code] ---} followed by verb lines and
 * {@code - PRE * POST [code]} patterns) and transformations ({@code ~ a (a b ATTACK) SAY = a b 015}).
 * Immutable once read; safe to share between threads.
 */
public final class VerbDictionary {
    private final Map<String, List<VerbForm>> forms = new HashMap<>();
    private final Map<String, List<VerbPattern>> patterns = new HashMap<>();
    private final List<Transformation> transformations = new ArrayList<>();
    private final Synsets synsets = new Synsets();
    private final Map<String, String> wordCodes = new HashMap<>();

    private VerbDictionary() {
    }

    private static volatile VerbDictionary cameo;

    /** The bundled CAMEO 2.0 verb dictionary of PETRARCH-2. */
    public static VerbDictionary cameo() {
        VerbDictionary d = cameo;
        if (d == null) {
            synchronized (VerbDictionary.class) {
                d = cameo;
                if (d == null) {
                    d = parse(DictionaryLines.resource("CAMEO.2.0.txt"));
                    cameo = d;
                }
            }
        }
        return d;
    }

    private static volatile VerbDictionary analysis;

    /** The CAMEO dictionary with Sitrep's additions ({@code sitrep.verbs.txt}), for coding articles. */
    public static VerbDictionary analysis() {
        VerbDictionary d = analysis;
        if (d == null) {
            synchronized (VerbDictionary.class) {
                d = analysis;
                if (d == null) {
                    List<String> lines = new ArrayList<>(DictionaryLines.resource("CAMEO.2.0.txt"));
                    lines.addAll(DictionaryLines.resource("sitrep.verbs.txt"));
                    d = parse(lines);
                    analysis = d;
                }
            }
        }
        return d;
    }

    public static VerbDictionary read(Path file) {
        return parse(DictionaryLines.read(file));
    }

    static VerbDictionary parse(List<String> lines) {
        VerbDictionary d = new VerbDictionary();
        String block = null;
        String blockCode = null;
        String synset = null;
        List<String[]> pendingTransforms = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("---")) {
                String[] segs = line.replace("---", " ").trim().split("\\s+");
                block = segs[0];
                blockCode = segs.length > 1 ? segs[1] : "[---]";
                synset = null;
            } else if (line.startsWith("&")) {
                synset = line.substring(1).trim().split("\\s+")[0];
                block = null;
            } else if (line.startsWith("~")) {
                pendingTransforms.add(new String[] {line});
            } else if (line.startsWith("-")) {
                if (block != null) {
                    d.addPattern(block, line.substring(1));
                }
            } else if (synset != null && line.startsWith("+")) {
                d.synsets.add(stripSynsetName(synset), line.substring(1).trim());
            } else if (block != null) {
                d.addVerbLine(block, blockCode, line);
            }
        }
        for (String[] t : pendingTransforms) {
            d.addTransformation(t[0]);
        }
        d.patterns.forEach((b, l) -> d.index.put(b, PatternIndex.of(l)));
        return d;
    }

    private static String stripSynsetName(String s) {
        return s.endsWith("_") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- verbs

    private void addVerbLine(String block, String blockCode, String line) {
        String code = blockCode;
        int lb = line.lastIndexOf('[');
        if (lb >= 0 && line.indexOf(']', lb) > lb) {
            code = line.substring(lb, line.indexOf(']', lb) + 1);
            line = line.substring(0, lb) + line.substring(line.indexOf(']', lb) + 1);
        }
        String explicit = null;
        int ob = line.indexOf('{');
        if (ob >= 0) {
            int cb = line.indexOf('}', ob);
            explicit = line.substring(ob + 1, cb < 0 ? line.length() : cb);
            line = line.substring(0, ob);
        }
        String[] words = line.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        String[] codes = splitCode(code);
        VerbForm stem = compound(words[0], block, codes);
        if (stem == null) {
            return;
        }
        wordCodes.putIfAbsent(stem.word(), codes[0] == null ? "---" : codes[0]);
        Set<String> inflected = new LinkedHashSet<>();
        inflected.add(stem.word());
        if (explicit != null) {
            for (String f : explicit.trim().split("\\s+")) {
                if (f.isEmpty()) {
                    continue;
                }
                VerbForm vf = compound(f, block, codes);
                if (vf != null) {
                    put(vf);
                }
            }
        } else {
            inflected.addAll(regularForms(stem.word()));
        }
        for (String w : inflected) {
            put(new VerbForm(w, stem.front(), stem.back(), block, codes[0], codes[1]));
        }
    }

    private VerbForm compound(String token, String block, String[] codes) {
        String t = token.toUpperCase(java.util.Locale.ROOT);
        String[] front = new String[0];
        String verbPart = t;
        int plus = t.indexOf('+');
        if (plus >= 0) {
            front = words(t.substring(0, plus));
            verbPart = t.substring(plus + 1);
        }
        String[] parts = words(verbPart);
        if (parts.length == 0) {
            return null;
        }
        String[] back = new String[parts.length - 1];
        System.arraycopy(parts, 1, back, 0, back.length);
        return new VerbForm(parts[0], front, back, block, codes[0], codes[1]);
    }

    private static String[] words(String underscored) {
        List<String> out = new ArrayList<>();
        for (String p : underscored.split("_")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out.toArray(new String[0]);
    }

    private void put(VerbForm f) {
        List<VerbForm> list = forms.computeIfAbsent(f.word(), k -> new ArrayList<>());
        for (VerbForm g : list) {
            if (g.block().equals(f.block()) && java.util.Arrays.equals(g.front(), f.front())
                    && java.util.Arrays.equals(g.back(), f.back())) {
                return;
            }
        }
        list.add(f);
    }

    static List<String> regularForms(String stem) {
        List<String> out = new ArrayList<>();
        int n = stem.length();
        char last = stem.charAt(n - 1);
        boolean consonantY = last == 'Y' && n > 1 && "AEIOU".indexOf(stem.charAt(n - 2)) < 0;
        out.add(DictionaryLines.plural(stem));
        if (last == 'E') {
            out.add(stem + "D");
            out.add(n > 2 && stem.charAt(n - 2) != 'E' ? stem.substring(0, n - 1) + "ING" : stem + "ING");
        } else if (consonantY) {
            out.add(stem.substring(0, n - 1) + "IED");
            out.add(stem + "ING");
        } else {
            out.add(stem + "ED");
            out.add(stem + "ING");
            if (n >= 3 && "AEIOU".indexOf(last) < 0 && "WXY".indexOf(last) < 0
                    && "AEIOU".indexOf(stem.charAt(n - 2)) >= 0 && "AEIOU".indexOf(stem.charAt(n - 3)) < 0) {
                out.add(stem + last + "ED");
                out.add(stem + last + "ING");
            }
        }
        return out;
    }

    /** {@code [042:043]} to {"042", "043"}; {@code [---]} to {null, null}. */
    static String[] splitCode(String bracketed) {
        String c = bracketed.replace("[", "").replace("]", "").trim();
        String rev = null;
        int colon = c.indexOf(':');
        if (colon >= 0) {
            rev = c.substring(colon + 1).trim();
            c = c.substring(0, colon).trim();
        }
        return new String[] {nullCode(c), rev == null ? null : nullCode(rev)};
    }

    private static String nullCode(String c) {
        return c.isEmpty() || c.startsWith("-") ? null : c;
    }

    // ---- patterns

    private void addPattern(String block, String body) {
        int lb = body.lastIndexOf('[');
        if (lb < 0) {
            return;
        }
        int rb = body.indexOf(']', lb);
        String[] codes = splitCode(body.substring(lb, rb < 0 ? body.length() : rb + 1));
        String spec = body.substring(0, lb);
        int star = spec.indexOf('*');
        String pre = star < 0 ? spec : spec.substring(0, star);
        String post = star < 0 ? "" : spec.substring(star + 1);
        List<PatternElement> preEls = elements(pre, true);
        List<PatternElement> postEls = elements(post, false);
        if (preEls == null || postEls == null || (preEls.isEmpty() && postEls.isEmpty())) {
            return;
        }
        List<VerbPattern> list = patterns.computeIfAbsent(block, k -> new ArrayList<>());
        VerbPattern p = new VerbPattern(preEls, postEls, codes[0], codes[1], "- " + body.trim());
        // PETRARCH keeps one code per pattern path: a later line with the same elements overrides an earlier one
        // ("- * &TREATY [031] # APPROVE" then "- * &TREATY [057] # RATIFY" codes 057)
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).pre().equals(preEls) && list.get(i).post().equals(postEls)) {
                list.remove(i);
                break;
            }
        }
        list.add(p);
    }

    /**
     * Parses one side of a pattern. {@code {A B}} is a phrase whose words touch; {@code (PREP X)} a
     * prepositional phrase; {@code A_B} words that touch; a {@code _} next to the star glues the element to
     * the verb.
     */
    private List<PatternElement> elements(String side, boolean before) {
        List<PatternElement> out = new ArrayList<>();
        String s = side.trim();
        if (s.isEmpty()) {
            return out;
        }
        boolean gluedToVerb = before ? s.endsWith("_") : s.startsWith("_");
        String[] toks = s.split("\\s+");
        boolean inBraces = false;
        boolean inParens = false;
        for (String tok0 : toks) {
            String tok = tok0;
            boolean opensBrace = tok.startsWith("{");
            boolean opensParen = tok.startsWith("(");
            tok = tok.replace("{", "").replace("(", "");
            boolean closesBrace = tok.endsWith("}") || tok.contains("}");
            boolean closesParen = tok.contains(")");
            tok = tok.replace("}", "").replace(")", "");
            if (opensParen) {
                inParens = true;
            }
            boolean startsPrep = opensParen;
            String[] parts = tok.split("_", -1);
            boolean firstPart = true;
            for (String p : parts) {
                if (p.isEmpty()) {
                    continue;
                }
                boolean gluedPrev = !firstPart || (inBraces && !opensBrace);
                PatternElement.Kind kind;
                String word = null;
                if (p.equals("$")) {
                    kind = PatternElement.Kind.SOURCE;
                } else if (p.equals("+")) {
                    kind = PatternElement.Kind.TARGET;
                } else if (p.equals("%")) {
                    kind = PatternElement.Kind.COMPOUND;
                } else if (p.equals("^")) {
                    kind = PatternElement.Kind.PHRASE;
                } else if (p.startsWith("&")) {
                    kind = PatternElement.Kind.SYNSET;
                    word = stripSynsetName(p.substring(1));
                } else {
                    kind = startsPrep && firstPart ? PatternElement.Kind.PREP : PatternElement.Kind.WORD;
                    word = p.toUpperCase(java.util.Locale.ROOT);
                }
                boolean inPrep = inParens && !(startsPrep && firstPart);
                out.add(new PatternElement(kind, word, false, gluedPrev, inPrep));
                firstPart = false;
            }
            if (opensBrace) {
                inBraces = true;
            }
            if (closesBrace) {
                inBraces = false;
            }
            if (closesParen) {
                inParens = false;
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        // 'glued' means: touches the neighbour nearer to the verb. Convert from 'touches previous'.
        List<PatternElement> fixed = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            PatternElement e = out.get(i);
            boolean glued;
            if (before) {
                glued = i + 1 < out.size() ? out.get(i + 1).glued() : gluedToVerb;
            } else {
                glued = i == 0 ? gluedToVerb : e.glued();
            }
            fixed.add(new PatternElement(e.kind(), e.word(), e.exact(), glued, e.inPrep()));
        }
        return fixed;
    }

    // ---- transformations

    private void addTransformation(String line) {
        String body = line.substring(1).replace("(", " ").replace(")", " ");
        int eq = body.indexOf('=');
        if (eq < 0) {
            return;
        }
        String[] left = body.substring(0, eq).trim().split("\\s+");
        String[] right = body.substring(eq + 1).trim().split("\\s+");
        if (left.length != 5 || right.length != 3) {
            return;
        }
        String innerCode = left[3].equals("Q") ? null : rootOfWord(left[3]);
        String outerCode = wordCodes.get(left[4]);
        if ((innerCode == null && !left[3].equals("Q")) || outerCode == null) {
            return;
        }
        transformations.add(new Transformation(left[1], left[2], innerCode, outerCode, right[0], right[1],
                right[2].equals("Q") ? null : right[2], line));
    }

    private String rootOfWord(String verb) {
        String c = wordCodes.get(verb);
        return c == null || c.equals("---") ? null : c.substring(0, 2);
    }

    // ---- queries

    /** The dictionary forms keyed on this upper-case word, or an empty list. */
    List<VerbForm> forms(String upperWord) {
        return forms.getOrDefault(upperWord, List.of());
    }

    /** Per block: its patterns by their first required word, so that a sentence looks only at those it can match. */
    private record PatternIndex(List<VerbPattern> all, Map<String, int[]> byWord, java.util.BitSet withoutWords) {
        static PatternIndex of(List<VerbPattern> all) {
            Map<String, List<Integer>> by = new HashMap<>();
            java.util.BitSet none = new java.util.BitSet(all.size());
            for (int i = 0; i < all.size(); i++) {
                String[] req = all.get(i).required();
                if (req.length == 0) {
                    none.set(i);
                } else {
                    by.computeIfAbsent(req[0], k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> byWord = new HashMap<>();
            by.forEach((w, l) -> byWord.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
            return new PatternIndex(all, byWord, none);
        }
    }

    /** Built once the dictionary is read (end of {@link #parse}); the dictionary does not change after that. */
    private final Map<String, PatternIndex> index = new HashMap<>();

    /**
     * The block's patterns that can match a sentence with these words (every literal word of the pattern is among
     * them, in some inflection), in dictionary order.
     */
    List<VerbPattern> candidates(String block, java.util.Set<String> present) {
        PatternIndex pi = index.get(block);
        if (pi == null) {
            return List.of();
        }
        java.util.BitSet hits = (java.util.BitSet) pi.withoutWords().clone();
        if (pi.byWord().size() < present.size()) {
            pi.byWord().forEach((w, ids) -> {
                if (present.contains(w)) {
                    for (int i : ids) {
                        hits.set(i);
                    }
                }
            });
        } else {
            for (String w : present) {
                int[] ids = pi.byWord().get(w);
                if (ids != null) {
                    for (int i : ids) {
                        hits.set(i);
                    }
                }
            }
        }
        List<VerbPattern> out = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            out.add(pi.all().get(i));
        }
        return out;
    }

    List<Transformation> transformations() {
        return transformations;
    }

    Synsets synsets() {
        return synsets;
    }

    /** Number of distinct verb words and of patterns, for messages. */
    public String summary() {
        int p = 0;
        for (List<VerbPattern> l : patterns.values()) {
            p += l.size();
        }
        return forms.size() + " verb forms, " + p + " patterns, " + transformations.size() + " transformations";
    }
}
