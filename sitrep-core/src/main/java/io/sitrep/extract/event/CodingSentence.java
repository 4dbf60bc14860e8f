package io.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One sentence prepared for coding: upper-case words, their UPOS tags and the actors found in it (token
 * indices relative to the sentence, sorted, not overlapping).
 */
public final class CodingSentence {
    final String[] words;
    final String[] lower;
    final String[] tags;
    final boolean[] caps;
    final List<ActorMention> actors;
    final int[] actorAt;

    public CodingSentence(List<String> texts, List<String> tags, List<ActorMention> actors) {
        int n = texts.size();
        this.words = new String[n];
        this.lower = new String[n];
        this.tags = new String[n];
        this.caps = new boolean[n];
        for (int i = 0; i < n; i++) {
            String t = normalize(texts.get(i));
            words[i] = t.toUpperCase(Locale.ROOT);
            lower[i] = t.toLowerCase(Locale.ROOT);
            caps[i] = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
            this.tags[i] = tags.get(i) == null ? "X" : tags.get(i);
        }
        List<ActorMention> sorted = new ArrayList<>(actors);
        sorted.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(a -> -a.end()));
        List<ActorMention> kept = new ArrayList<>();
        int covered = 0;
        for (ActorMention a : sorted) {
            if (a.start() >= covered && a.end() > a.start() && a.end() <= n) {
                kept.add(a);
                covered = a.end();
            }
        }
        this.actors = List.copyOf(kept);
        this.actorAt = new int[n];
        java.util.Arrays.fill(actorAt, -1);
        for (int k = 0; k < kept.size(); k++) {
            for (int i = kept.get(k).start(); i < kept.get(k).end(); i++) {
                actorAt[i] = k;
            }
        }
    }

    private static String normalize(String w) {
        return w.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private java.util.Set<String> stems;

    /** Every word with its plural and inflection endings removed too, for a quick test of what patterns can match. */
    java.util.Set<String> stems() {
        if (stems == null) {
            java.util.Set<String> out = new java.util.HashSet<>(words.length * 3);
            for (String w : words) {
                out.add(w);
                int n = w.length();
                for (String suffix : new String[] {"S", "ES", "IES", "D", "ED", "ING"}) {
                    if (n > suffix.length() + 1 && w.endsWith(suffix)) {
                        String stem = w.substring(0, n - suffix.length());
                        out.add(suffix.equals("IES") ? stem + "Y" : stem);
                        if (suffix.equals("ED") || suffix.equals("ING")) {
                            out.add(stem + "E");
                            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                                out.add(stem.substring(0, stem.length() - 1));
                            }
                        }
                    }
                }
                // a prefix match ("DEPLOY" for "DEPLOYMENTS") is allowed up to 3 extra letters
                for (int cut = 1; cut <= 3 && n - cut > 2; cut++) {
                    out.add(w.substring(0, n - cut));
                }
            }
            stems = out;
        }
        return stems;
    }

    public int size() {
        return words.length;
    }

    String[] words() {
        return words;
    }

    ActorMention actorAt(int i) {
        int k = actorAt[i];
        return k < 0 ? null : actors.get(k);
    }
}
