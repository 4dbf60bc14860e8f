package io.sitrep.resolve.coref;

import io.sitrep.model.Entity;
import io.sitrep.model.Mention;
import io.sitrep.model.Token;

import java.util.Arrays;
import java.util.List;

/**
 * Which entity each token belongs to, from the entities' mentions: the bridge from token positions (where
 * grammar works) to entities. Built once per document; mentions added later update it.
 */
public final class MentionIndex {
    private final List<Token> tokens;
    private final Entity[] entityAt;
    private final int[] mentionStart;
    private final int[] tokenStarts;
    private final String[] ruleAt;
    /** per token: the entity of the widest mention covering it, and that mention's length in characters */
    private final Entity[] outerAt;
    private final int[] outerLength;

    public MentionIndex(List<Token> tokens, List<Entity> entities) {
        this.tokens = tokens;
        this.entityAt = new Entity[tokens.size()];
        this.mentionStart = new int[tokens.size()];
        Arrays.fill(mentionStart, -1);
        this.tokenStarts = new int[tokens.size()];
        this.ruleAt = new String[tokens.size()];
        this.outerAt = new Entity[tokens.size()];
        this.outerLength = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenStarts[i] = tokens.get(i).start();
        }
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                put(e, m.start(), m.end(), m.rule());
            }
        }
    }

    /** Marks the tokens inside {@code [start, end)} as a mention of {@code e}. */
    public void put(Entity e, int start, int end, String rule) {
        int first = firstTokenAtOrAfter(start);
        for (int i = first; i < tokens.size() && tokens.get(i).end() <= end; i++) {
            entityAt[i] = e;
            mentionStart[i] = first;
            ruleAt[i] = rule;
            if (end - start > outerLength[i]) {
                outerAt[i] = e;
                outerLength[i] = end - start;
            }
        }
    }

    /**
     * The entity of the widest mention covering {@code token}: the organisation for "British" in "the British
     * Foreign Office", where {@link #entityAt} gives the state named inside it.
     */
    public Entity outerEntityAt(int token) {
        return token >= 0 && token < outerAt.length ? outerAt[token] : null;
    }

    /** The rule of the mention covering {@code token} ("pronoun", "nominal", a recogniser's rule), or null. */
    public String ruleAt(int token) {
        return token >= 0 && token < ruleAt.length ? ruleAt[token] : null;
    }

    public Entity entityAt(int token) {
        return token >= 0 && token < entityAt.length ? entityAt[token] : null;
    }

    /** First token of the mention covering {@code token}, or -1. */
    public int mentionStart(int token) {
        return token >= 0 && token < mentionStart.length ? mentionStart[token] : -1;
    }

    /** Last token of the mention covering {@code token}, or -1. */
    public int mentionEnd(int token) {
        int s = mentionStart(token);
        if (s < 0) {
            return -1;
        }
        int i = token;
        while (i + 1 < entityAt.length && mentionStart[i + 1] == s) {
            i++;
        }
        return i;
    }

    public int firstTokenAtOrAfter(int charOffset) {
        int i = Arrays.binarySearch(tokenStarts, charOffset);
        return i >= 0 ? i : -i - 1;
    }
}
