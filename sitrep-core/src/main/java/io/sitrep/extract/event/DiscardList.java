package io.sitrep.extract.event;

import java.nio.file.Path;
import java.util.List;

/** PETRARCH discard phrases: a sentence (or, with {@code +}, a whole story) containing one is not coded. */
public final class DiscardList {
    private final PhraseTrie<Boolean> trie = new PhraseTrie<>();

    public static DiscardList read(Path file) {
        DiscardList d = new DiscardList();
        d.parse(DictionaryLines.read(file));
        return d;
    }

    static DiscardList resource(String name) {
        DiscardList d = new DiscardList();
        d.parse(DictionaryLines.resource(name));
        return d;
    }

    void parse(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            boolean story = line.startsWith("+");
            String[] w = ActorDictionary.phrase(story ? line.substring(1) : line);
            if (w.length > 0) {
                trie.put(w, story);
            }
        }
    }

    /**
     * True when one of the phrases occurs in the upper-case words. PETRARCH matches discards on the
     * whitespace-separated words of the text and only once a further word follows, so a phrase whose last word
     * carries punctuation ("three years ago, a senior officer") or ends the sentence does not discard it.
     */
    boolean discards(String[] words) {
        for (int i = 0; i < words.length; i++) {
            int end = trie.longest(words, i, words.length);
            if (end > 0 && end < words.length && startsWord(words[end])) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }
}
