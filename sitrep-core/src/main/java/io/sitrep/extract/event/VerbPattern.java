package io.sitrep.extract.event;

import java.util.List;

/**
 * A verb pattern: words before the verb, words after it, and the code when it matches.
 *
 * @param pre      elements before the verb, in text order
 * @param post     elements after the verb, in text order
 * @param code     CAMEO code, or null for a pattern that blocks coding ({@code [---]})
 * @param reverse  the code of the reverse event for paired codes ({@code [042:043]}), else null
 * @param line     the dictionary line, for explanations
 */
record VerbPattern(List<PatternElement> pre, List<PatternElement> post, String code, String reverse, String line,
                   String[] required) {
    VerbPattern(List<PatternElement> pre, List<PatternElement> post, String code, String reverse, String line) {
        this(pre, post, code, reverse, line, requiredWords(pre, post));
    }

    /** The literal words the sentence must contain (in some inflection) for the pattern to match. */
    private static String[] requiredWords(List<PatternElement> pre, List<PatternElement> post) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (List<PatternElement> side : List.of(pre, post)) {
            for (PatternElement e : side) {
                if (e.kind() == PatternElement.Kind.WORD || e.kind() == PatternElement.Kind.PREP) {
                    out.add(e.word());
                }
            }
        }
        return out.toArray(new String[0]);
    }

    int weight() {
        int w = 0;
        for (PatternElement e : pre) {
            w += e.weight();
        }
        for (PatternElement e : post) {
            w += e.weight();
        }
        return w;
    }
}
