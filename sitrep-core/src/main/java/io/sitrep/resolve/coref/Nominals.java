package io.sitrep.resolve.coref;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * Resolves definite descriptions to entities: role nouns ("the minister", "the US president") to the most
 * recently mentioned person whose role or title says so, organisation nouns ("the ministry", "the army",
 * "the bank") to the most recently mentioned organisation of that kind.
 */
public final class Nominals {
    private record OrgNoun(Set<String> keywords, boolean generic) {
    }

    private static final Set<String> ROLES = Set.copyOf(Lexicon.lines(Nominals.class, "role-nouns.txt"));
    private static final Map<String, OrgNoun> ORGS = loadOrgs();
    /** How far back (in characters) a generic organisation noun may reach for an organisation of any name. */
    private static final int GENERIC_REACH = 1500;
    /** How far around a name the text is read for a title ("Defence Minister Murhaf Abu Qasra"). */
    private static final int TITLE_BEFORE = 45;
    private static final int TITLE_AFTER = 60;

    private Nominals() {
    }

    public static boolean isRoleNoun(String w) {
        return ROLES.contains(w.toLowerCase(Locale.ROOT));
    }

    public static boolean isOrgNoun(String w) {
        return ORGS.containsKey(w.toLowerCase(Locale.ROOT));
    }

    /** The person a role description points to, or null. {@code modifiers} are the words before the head. */
    public static Entity resolveRole(String head, List<String> modifiers, List<Entity> entities, int before, String text) {
        return new Scope(entities, text, Nominals::lastMentionBefore).role(head, modifiers, before);
    }

    /** The organisation an organisation noun points to, or null. A "country:XXX" modifier restricts to that state. */
    public static Entity resolveOrg(String head, List<String> modifiers, List<Entity> entities, int before) {
        return new Scope(entities, "", Nominals::lastMentionBefore).org(head, modifiers, before);
    }

    /** The organisation an organisation noun points to, or null. */
    public static Entity resolveOrg(String head, List<Entity> entities, int before) {
        return resolveOrg(head, List.of(), entities, before);
    }

    /**
     * The entities of one document, with a recency function (where each was last mentioned before an offset)
     * and the title words of each person computed once.
     */
    public static final class Scope {
        private final List<Entity> entities;
        private final String text;
        private final ToIntBiFunction<Entity, Integer> lastBefore;
        private final Map<String, Set<String>> titles = new HashMap<>();

        public Scope(List<Entity> entities, String text, ToIntBiFunction<Entity, Integer> lastBefore) {
            this.entities = entities;
            this.text = text;
            this.lastBefore = lastBefore;
        }

        /** The most recent person whose role or title holds the head and every modifier, or null. */
        public Entity role(String head, List<String> modifiers, int before) {
            String h = norm(head);
            Entity best = null;
            int bestAt = -1;
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                int last = lastBefore.applyAsInt(e, before);
                if (last <= bestAt) {
                    continue;
                }
                Set<String> words = titles.computeIfAbsent(e.id(), k -> titleWords(e, text));
                if (words.contains(h) && modifiersFit(e, words, modifiers)) {
                    best = e;
                    bestAt = last;
                }
            }
            return best;
        }

        /** The most recent organisation of the head's kind, or null. */
        public Entity org(String head, List<String> modifiers, int before) {
            OrgNoun noun = ORGS.get(head.toLowerCase(Locale.ROOT));
            if (noun == null) {
                return null;
            }
            Entity best = null;
            int bestAt = -1;
            Entity anyBest = null;
            int anyAt = -1;
            for (Entity e : entities) {
                if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.GROUP || !statesFit(e, modifiers)) {
                    continue;
                }
                int last = lastBefore.applyAsInt(e, before);
                if (last < 0) {
                    continue;
                }
                if (last > bestAt && named(e, noun.keywords())) {
                    best = e;
                    bestAt = last;
                }
                if (last > anyAt) {
                    anyBest = e;
                    anyAt = last;
                }
            }
            if (best != null) {
                return best;
            }
            return noun.generic() && anyBest != null && before - anyAt <= GENERIC_REACH ? anyBest : null;
        }
    }

    private static boolean modifiersFit(Entity e, Set<String> words, List<String> modifiers) {
        for (String m : modifiers) {
            if (m.startsWith("country:")) {
                if (!m.substring(8).equals(e.country()) && !m.substring(8).equals(e.code())) {
                    return false;
                }
            } else if (!words.contains(norm(m))) {
                return false;
            }
        }
        return true;
    }

    private static boolean statesFit(Entity e, List<String> modifiers) {
        for (String m : modifiers) {
            if (m.startsWith("country:") && e.country() != null && !m.substring(8).equals(e.country())) {
                return false;
            }
        }
        return true;
    }

    /** Start of the entity's last mention that begins before {@code before}, or -1. */
    public static int lastMentionBefore(Entity e, Integer before) {
        int last = -1;
        for (Mention m : e.mentions()) {
            if (m.start() < before && m.start() > last) {
                last = m.start();
            }
        }
        return last;
    }

    private static boolean named(Entity e, Set<String> keywords) {
        if (containsWord(e.name(), keywords)) {
            return true;
        }
        for (Mention m : e.mentions()) {
            if (!"pronoun".equals(m.rule()) && !"nominal".equals(m.rule()) && containsWord(m.text(), keywords)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String s, Set<String> words) {
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a person's role and of the text just around the names it is mentioned by. */
    private static Set<String> titleWords(Entity e, String text) {
        Set<String> out = new HashSet<>();
        if (e.role() != null) {
            addWords(out, e.role());
        }
        for (Mention m : e.mentions()) {
            if ("pronoun".equals(m.rule()) || "nominal".equals(m.rule())) {
                continue;
            }
            addWords(out, text.substring(Math.max(0, m.start() - TITLE_BEFORE), m.start()));
            int after = m.end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            if (after < text.length() && text.charAt(after) == ',') {
                // an appositive closed by a second comma: "Mikhail Bogdanov, Russia's deputy foreign minister, said"
                int end = text.indexOf(',', after + 1);
                int nl = text.indexOf('\n', after + 1);
                if (end > 0 && end - after <= TITLE_AFTER && (nl < 0 || nl > end)) {
                    addWords(out, text.substring(after, end));
                }
            }
        }
        return out;
    }

    private static void addWords(Set<String> out, String s) {
        for (String w : s.split("[^\\p{L}\\-]+")) {
            if (!w.isEmpty()) {
                out.add(norm(w));
            }
        }
    }

    private static String norm(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "defense" -> "defence";
            case "u.s.", "usa" -> "us";
            case "organization" -> "organisation";
            default -> l;
        };
    }

    private static Map<String, OrgNoun> loadOrgs() {
        Map<String, OrgNoun> m = new HashMap<>();
        for (String line : Lexicon.lines(Nominals.class, "org-nouns.txt")) {
            String[] p = line.split("\\|");
            Set<String> kw = new HashSet<>(List.of(p[1].trim().split("\\s+")));
            m.put(p[0].trim(), new OrgNoun(Set.copyOf(kw), p.length > 2 && p[2].trim().equals("generic")));
        }
        return Map.copyOf(m);
    }
}
