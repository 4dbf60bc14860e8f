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

    /** True when one of the phrases occurs in the upper-case words. */
    boolean discards(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (trie.longest(words, i, words.length) > 0) {
                return true;
            }
        }
        return false;
    }
}
