package io.sitrep.extract.event;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Quote;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The actors of a document's sentences, from its entities: every mention of a country, person, organisation
 * or group becomes an actor with the entity's CAMEO code (a person codes through its code, or its country and
 * the agent code of its role: "Defence Minister" of Syria is {@code SYRGOV}); agent nouns next to a mention
 * extend its code ("Turkish forces": {@code TURMIL}); "we" and "I" inside a quote are its speaker.
 */
final class EntityActors {
    private record Located(int start, int end, Entity entity) {
    }

    private final List<Located> mentions = new ArrayList<>();
    private final List<Token> tokens;
    private final AgentDictionary agents;

    EntityActors(List<Entity> entities, List<Token> tokens, List<Quote> quotes, AgentDictionary agents) {
        this.tokens = tokens;
        this.agents = agents;
        java.util.Map<String, Entity> byId = new java.util.HashMap<>();
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (!e.isActor()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                mentions.add(new Located(m.start(), m.end(), e));
            }
        }
        for (Quote q : quotes) {
            Entity speaker = q.speaker() == null ? null : byId.get(q.speaker());
            if (speaker == null || !speaker.isActor()) {
                continue;
            }
            for (Token t : tokens) {
                if (t.start() >= q.start() && t.end() <= q.end()) {
                    String w = t.text().toLowerCase(Locale.ROOT);
                    if (w.equals("we") || w.equals("i")) {
                        mentions.add(new Located(t.start(), t.end(), speaker));
                    }
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Located::start));
    }

    /** Actor code of an entity, or null. */
    String codeOf(Entity e) {
        if (e.code() != null && !e.code().isBlank()) {
            return e.code();
        }
        if (e.type() == EntityType.PERSON && e.country() != null && e.role() != null) {
            AgentDictionary.Agent a = agents.agentOf(e.role());
            if (a != null) {
                return a.apply(e.country());
            }
        }
        return e.country();
    }

    List<ActorMention> inSentence(Sentence s, SentenceTokens st) {
        List<ActorMention> out = new ArrayList<>();
        int lo = lowerBound(s.start());
        for (int k = lo; k < mentions.size() && mentions.get(k).start() < s.end(); k++) {
            Located m = mentions.get(k);
            int first = -1;
            int last = -1;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first >= 0) {
                out.add(new ActorMention(first - s.firstToken(), last + 1 - s.firstToken(), codeOf(m.entity()),
                        m.entity().id(), false));
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        return ActorPhraseMatcher.withAgents(out, st.upper(), st.tagArray(), agents);
    }

    private int lowerBound(int charStart) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < charStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
