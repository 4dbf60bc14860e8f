package io.sitrep.extract.event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PETRARCH agent dictionary: role nouns and their code ({@code PRESIDENT [~GOV]}: appended to the
 * country; {@code MSF [NGO~]}: put before it), with regular plurals, explicit plurals in {@code {...}} and
 * substitution sets ({@code !PERSON! = MAN, MEN, ...}).
 */
public final class AgentDictionary {
    /** An agent code: {@code suffix} is appended to the actor code, {@code prefix} put before it. */
    record Agent(String prefix, String suffix) {
        String apply(String actor) {
            String a = actor == null ? "---" : actor;
            return prefix.isEmpty() ? a + suffix : prefix + a;
        }
    }

    private final PhraseTrie<Agent> trie = new PhraseTrie<>();
    private static volatile AgentDictionary phoenix;

    /** The bundled Phoenix agent dictionary. */
    public static AgentDictionary phoenix() {
        AgentDictionary d = phoenix;
        if (d == null) {
            synchronized (AgentDictionary.class) {
                if (phoenix == null) {
                    AgentDictionary n = new AgentDictionary();
                    n.parse(DictionaryLines.resource("Phoenix.agents.txt"));
                    phoenix = n;
                }
                d = phoenix;
            }
        }
        return d;
    }

    public static AgentDictionary read(Path file) {
        AgentDictionary d = new AgentDictionary();
        d.parse(DictionaryLines.read(file));
        return d;
    }

    void parse(List<String> lines) {
        Map<String, List<String>> subs = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip().toUpperCase(Locale.ROOT);
            if (line.startsWith("!") && line.contains("=")) {
                int eq = line.indexOf('=');
                List<String> alts = new ArrayList<>();
                for (String a : line.substring(eq + 1).split(",")) {
                    if (!a.isBlank()) {
                        alts.add(a.strip());
                    }
                }
                subs.put(line.substring(0, eq).strip(), alts);
                continue;
            }
            int lb = line.indexOf('[');
            if (lb < 0) {
                continue;
            }
            int rb = line.indexOf(']', lb);
            String code = line.substring(lb + 1, rb < 0 ? line.length() : rb).replace(" ", "");
            Agent agent = code.startsWith("~") ? new Agent("", code.substring(1))
                    : code.endsWith("~") ? new Agent(code.substring(0, code.length() - 1), "") : null;
            if (agent == null) {
                continue;
            }
            String head = line.substring(0, lb);
            String plurals = null;
            int ob = head.indexOf('{');
            if (ob >= 0) {
                int cb = head.indexOf('}', ob);
                plurals = head.substring(ob + 1, cb < 0 ? head.length() : cb).trim();
                head = head.substring(0, ob);
            }
            head = head.trim();
            for (String form : substitute(head, subs)) {
                String[] w = ActorDictionary.phrase(form);
                if (w.length == 0) {
                    continue;
                }
                trie.put(w, agent);
                if (plurals == null && !head.contains("!")) {
                    String[] p = w.clone();
                    p[p.length - 1] = DictionaryLines.plural(p[p.length - 1]);
                    trie.put(p, agent);
                }
            }
            if (plurals != null && !plurals.isEmpty()) {
                for (String p : plurals.split("\\s+")) {
                    for (String form : substitute(p, subs)) {
                        trie.put(ActorDictionary.phrase(form), agent);
                    }
                }
            }
        }
    }

    private static List<String> substitute(String s, Map<String, List<String>> subs) {
        int a = s.indexOf('!');
        int b = a < 0 ? -1 : s.indexOf('!', a + 1);
        if (b < 0) {
            return List.of(s);
        }
        List<String> alts = subs.get(s.substring(a, b + 1));
        if (alts == null) {
            return List.of(s.substring(0, a) + s.substring(b + 1));
        }
        List<String> out = new ArrayList<>();
        for (String alt : alts) {
            out.addAll(substitute(s.substring(0, a) + alt + s.substring(b + 1), subs));
        }
        return out;
    }

    int match(String[] words, int from, int limit) {
        return trie.longest(words, from, limit);
    }

    Agent agent(String[] words, int from, int end) {
        return trie.get(words, from, end);
    }

    /** The agent code of a role phrase ("Defence Minister" gives {@code ~GOV}), or null. */
    public Agent agentOf(String phrase) {
        String[] w = ActorDictionary.phrase(phrase.replace('-', ' '));
        // the longest agent phrase ending at the head noun, e.g. "deputy foreign minister" -> "FOREIGN MINISTER"
        for (int from = 0; from < w.length; from++) {
            Agent a = trie.get(w, from, w.length);
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
