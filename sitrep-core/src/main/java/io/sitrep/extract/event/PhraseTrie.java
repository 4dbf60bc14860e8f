package io.sitrep.extract.event;

import java.util.HashMap;
import java.util.Map;

/** Upper-case word sequences to values, with longest-match lookup over a token array. */
final class PhraseTrie<V> {
    private static final class Node<V> {
        Map<String, Node<V>> next;
        V value;
    }

    private final Node<V> root = new Node<>();

    /** Adds the phrase; an existing value for the same phrase is kept (first entry wins). */
    void put(String[] words, V value) {
        Node<V> n = root;
        for (String w : words) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.value == null) {
            n.value = value;
        }
    }

    /** The longest phrase starting at {@code from}; returns its end index, or -1. */
    int longest(String[] words, int from, int limit) {
        Node<V> n = root;
        int best = -1;
        for (int i = from; i < limit && n.next != null; i++) {
            n = n.next.get(words[i]);
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = i + 1;
            }
        }
        return best;
    }

    V get(String[] words, int from, int end) {
        Node<V> n = root;
        for (int i = from; i < end; i++) {
            if (n.next == null || (n = n.next.get(words[i])) == null) {
                return null;
            }
        }
        return n.value;
    }
}
