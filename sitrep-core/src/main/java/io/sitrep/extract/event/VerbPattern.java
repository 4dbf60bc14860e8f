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
record VerbPattern(List<PatternElement> pre, List<PatternElement> post, String code, String reverse, String line) {
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
