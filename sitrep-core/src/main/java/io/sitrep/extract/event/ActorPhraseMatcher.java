package io.sitrep.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds actors in a sentence the PETRARCH way, with an actor and an agent dictionary: "Arnor" is
 * {@code ARN}, "Arnor cleric" and "the government of Arnor" combine the country with the agent
 * ({@code ARNREL}, {@code ARNGOV}), "MSF Arnor" puts a prefix agent first ({@code NGOARN}), a bare agent
 * ("a senior official") is {@code ---GOV}. Used by the validation mode; the analysis takes its actors from
 * the document's entities and only borrows the agent composition ({@link #withAgents}).
 */
public final class ActorPhraseMatcher {
    private final ActorDictionary actors;
    private final AgentDictionary agents;

    public ActorPhraseMatcher(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    private record Span(int start, int end, String code, AgentDictionary.Agent agent) {
    }

    /** Actors of the upper-case words on the given date. */
    public List<ActorMention> find(String[] words, String[] tags, LocalDate date) {
        List<Span> spans = new ArrayList<>();
        int n = words.length;
        for (int i = 0; i < n; ) {
            int a = actors.match(words, i, n);
            int g = agents.match(words, i, n);
            if (a > 0 && a >= g) {
                spans.add(new Span(i, a, actors.code(words, i, a, date), null));
                i = a;
            } else if (g > 0) {
                spans.add(new Span(i, g, null, agents.agent(words, i, g)));
                i = g;
            } else {
                i++;
            }
        }
        return compose(spans, words, tags, true);
    }

    /**
     * Extends actor mentions with the agent nouns next to them ("Turkish forces" gives {@code TURMIL});
     * bare agents are dropped.
     */
    public static List<ActorMention> withAgents(List<ActorMention> mentions, String[] words, String[] tags,
                                                AgentDictionary agents) {
        List<Span> spans = new ArrayList<>();
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(ActorMention::start).thenComparingInt(m -> -m.end()));
        int n = words.length;
        int next = 0;
        for (int i = 0; i < n; ) {
            if (next < sorted.size() && sorted.get(next).start() == i) {
                ActorMention m = sorted.get(next++);
                spans.add(new Span(m.start(), m.end(), m.code(), null));
                i = Math.max(m.end(), i + 1);
                continue;
            }
            while (next < sorted.size() && sorted.get(next).start() < i) {
                next++;
            }
            int g = agents.match(words, i, next < sorted.size() ? sorted.get(next).start() : n);
            if (g > 0) {
                spans.add(new Span(i, g, null, agents.agent(words, i, g)));
                i = g;
            } else {
                i++;
            }
        }
        List<ActorMention> composed = compose(spans, words, tags, false);
        // carry the entity ids over
        List<ActorMention> out = new ArrayList<>(composed.size());
        for (ActorMention c : composed) {
            String entity = null;
            for (ActorMention m : sorted) {
                if (m.start() >= c.start() && m.end() <= c.end()) {
                    entity = m.entity();
                    break;
                }
            }
            out.add(new ActorMention(c.start(), c.end(), c.code(), entity, c.agentOnly()));
        }
        return out;
    }

    private static List<ActorMention> compose(List<Span> spans, String[] words, String[] tags, boolean keepBareAgents) {
        List<ActorMention> out = new ArrayList<>();
        List<String> rightSuffixes = new ArrayList<>();
        boolean[] used = new boolean[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (used[k] || s.agent() != null) {
                continue;
            }
            int start = s.start();
            int end = s.end();
            String code = s.code() == null ? "---" : s.code();
            AgentDictionary.Agent prefix = null;
            // prefix agents right before: "MSF Arnor"
            if (k > 0 && !used[k - 1] && spans.get(k - 1).agent() != null && !spans.get(k - 1).agent().prefix().isEmpty()
                    && spans.get(k - 1).end() == start) {
                prefix = spans.get(k - 1).agent();
                start = spans.get(k - 1).start();
                used[k - 1] = true;
            }
            // a role right before a name: "President Bush" (the person's country with the role's code)
            if (prefix == null && k > 0 && !used[k - 1] && spans.get(k - 1).agent() != null
                    && spans.get(k - 1).agent().prefix().isEmpty() && spans.get(k - 1).end() == start
                    && code.length() >= 3 && !code.startsWith("---") && !code.startsWith("IGO") && !code.startsWith("NGO")) {
                code = spans.get(k - 1).agent().apply(code.substring(0, 3));
                start = spans.get(k - 1).start();
                used[k - 1] = true;
            }
            // agents before, joined by of/from/in: "the government of Gondor", "soldiers from Gondor"
            if (prefix == null && k > 0 && !used[k - 1] && spans.get(k - 1).agent() != null
                    && linkedByPreposition(words, tags, spans.get(k - 1).end(), start)) {
                code = append(code, spans.get(k - 1).agent());
                start = spans.get(k - 1).start();
                used[k - 1] = true;
                // "lawmakers in Fornost and Gondor": the agent applies to the coordinated countries too
                for (int c = k + 1; c < spans.size() && spans.get(c).agent() == null && spans.get(c).code() != null
                        && onlyConjunctions(words, spans.get(c - 1).end(), spans.get(c).start()); c++) {
                    spans.set(c, new Span(spans.get(c).start(), spans.get(c).end(),
                            append(spans.get(c).code(), spans.get(k - 1).agent()), null));
                }
            }
            // agents right after: "Arnor cleric", "Gondor's main opposition group", "Arnor security officials"
            int j = k + 1;
            String before = code;
            while (j < spans.size() && spans.get(j).agent() != null && gapIsModifier(words, tags, end, spans.get(j).start())) {
                code = append(code, spans.get(j).agent());
                end = spans.get(j).end();
                used[j] = true;
                j++;
            }
            String suffix = code.substring(before.length());
            // "Bree Prime Minister Romendacil", "Ithilen's minister Calimehtar": the name after the role is the
            // same person; the phrase keeps the leading actor with its role
            if (keepBareAgents && !suffix.isEmpty() && j < spans.size() && spans.get(j).agent() == null
                    && spans.get(j).start() == end) {
                end = spans.get(j).end();
                used[j] = true;
            }
            if (prefix != null) {
                code = prefix.apply(code);
            }
            used[k] = true;
            out.add(new ActorMention(start, end, code, null, false));
            rightSuffixes.add(suffix);
        }
        // "US and British activists": the agent applies to every country of the coordination
        for (int k = out.size() - 2; k >= 0; k--) {
            ActorMention a = out.get(k);
            ActorMention b = out.get(k + 1);
            String suffix = rightSuffixes.get(k + 1);
            if (!suffix.isEmpty() && rightSuffixes.get(k).isEmpty() && a.code().length() == 3
                    && onlyConjunctions(words, a.end(), b.start())) {
                out.set(k, a.withCode(a.code() + suffix));
                rightSuffixes.set(k, suffix);
            }
        }
        if (keepBareAgents) {
            for (int k = 0; k < spans.size(); k++) {
                if (!used[k] && spans.get(k).agent() != null) {
                    Span s = spans.get(k);
                    out.add(new ActorMention(s.start(), s.end(), s.agent().apply(null), null, true));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return out;
    }

    private static String append(String code, AgentDictionary.Agent agent) {
        if (!agent.suffix().isEmpty() && code.endsWith(agent.suffix())) {
            return code;
        }
        return agent.apply(code);
    }

    private static boolean onlyConjunctions(String[] words, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!(words[k].equals("AND") || words[k].equals(",") || words[k].equals("OR"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean gapIsModifier(String[] words, String[] tags, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String t = tags[k];
            if (!(words[k].equals("'S") || t.equals("ADJ") || (t.equals("NOUN") && k > from))) {
                return false;
            }
        }
        return true;
    }

    private static boolean linkedByPreposition(String[] words, String[] tags, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return false;
        }
        String w = words[from];
        if (!(w.equals("OF") || w.equals("FROM") || w.equals("IN"))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!(tags[k].equals("DET") || tags[k].equals("ADJ") || hyphenatedModifier(words[k]))) {
                return false;
            }
        }
        return true;
    }

    /** "military-ruled", "war-torn": a compound modifier, whatever tag the tagger gave it. */
    private static boolean hyphenatedModifier(String w) {
        int h = w.indexOf('-');
        return h > 0 && h < w.length() - 1 && Character.isLetter(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
    }
}
