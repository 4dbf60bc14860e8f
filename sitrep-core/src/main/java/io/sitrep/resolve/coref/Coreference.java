package io.sitrep.resolve.coref;

import io.sitrep.extract.quote.QuoteLayout;
import io.sitrep.extract.quote.SpeechVerbs;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Coreference just deep enough for attribution. In text order, outside quotation marks:
 * <ul>
 * <li>"he"/"she" (and "his", "her") go to a person of compatible gender: the subject of the same sentence
 * when the pronoun comes later in it, else the first person in subject position of the previous sentences
 * (the subject of the previous sentence is preferred over the person last named);</li>
 * <li>"it"/"they" before a speech verb go to an organisation, group or state in the same way;</li>
 * <li>definite descriptions: role nouns ("the minister", "the US president") to the most recent person whose
 * role or title holds those words, organisation nouns ("the ministry", "the army") to the most recent
 * organisation of that kind (see {@link Nominals}).</li>
 * </ul>
 * Each resolution is appended to the entity as a mention with rule "pronoun" or "nominal".
 */
public final class Coreference implements Stage {
    /** How many sentences back a pronoun looks for its antecedent. */
    private static final int SENTENCES_BACK = 5;
    private static final int PARAGRAPHS_BACK = 2;
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "at", "on", "for", "with", "by", "to", "from",
            "about", "against", "after", "before", "over", "under", "between", "among", "toward", "towards", "into",
            "than", "like", "including", "via", "within", "behind", "during");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.TOKENS, Keys.POS, Keys.SENTENCES, Keys.ENTITIES, Keys.QUOTE_SPANS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.ENTITIES, Keys.COREF);
    }

    @Override
    public void process(Document doc) {
        List<Token> tokens = doc.get(Keys.TOKENS);
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        QuoteLayout layout = new QuoteLayout(tokens, sentences, doc.get(Keys.QUOTE_SPANS));
        doc.put(Keys.ENTITIES, resolve(doc.text(), tokens, sentences, layout, doc.get(Keys.ENTITIES)));
        doc.put(Keys.COREF, Boolean.TRUE);
    }

    /** The entities with pronoun and nominal mentions added. */
    public static List<Entity> resolve(String text, List<Token> tokens, List<Sentence> sentences, QuoteLayout layout,
                                       List<Entity> entities) {
        return new Run(text, tokens, sentences, layout, entities).run();
    }

    private static final class Run {
        private final String text;
        private final List<Token> tokens;
        private final List<Sentence> sentences;
        private final QuoteLayout layout;
        private final List<Entity> entities;
        private final MentionIndex index;
        private final Map<String, Gender> genders = new HashMap<>();
        private final Map<String, List<Mention>> added = new HashMap<>();
        private final Map<String, TreeSet<Integer>> starts = new HashMap<>();
        private final Nominals.Scope scope;

        Run(String text, List<Token> tokens, List<Sentence> sentences, QuoteLayout layout, List<Entity> entities) {
            this.text = text;
            this.tokens = tokens;
            this.sentences = sentences;
            this.layout = layout;
            this.entities = entities;
            this.index = new MentionIndex(tokens, entities);
            this.scope = new Nominals.Scope(entities, text, this::lastBefore);
            for (Entity e : entities) {
                TreeSet<Integer> at = new TreeSet<>();
                e.mentions().forEach(m -> at.add(m.start()));
                starts.put(e.id(), at);
                if (e.type() == EntityType.PERSON) {
                    genders.put(e.id(), Gender.of(e, text));
                }
            }
        }

        List<Entity> run() {
            for (Sentence s : sentences) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (layout.inside(i) || index.entityAt(i) != null) {
                        continue;
                    }
                    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                    Gender g = Gender.ofPronoun(w);
                    if (g != null) {
                        boolean early = !w.equals("him") && !w.equals("himself") && !w.equals("herself")
                                && (!w.equals("her") || i + 1 < s.endToken() && (tokens.get(i + 1).is("NOUN") || tokens.get(i + 1).is("ADJ")));
                        java.util.function.Predicate<Entity> fits = c -> c.type() == EntityType.PERSON && g.compatible(gender(c));
                        Entity e = early ? antecedent(s, i, true, fits) : lastInSentence(s.firstToken(), i, fits);
                        if (e == null && !early) {
                            e = antecedent(s, i, false, fits);
                        }
                        if (e != null) {
                            if (gender(e) == Gender.UNKNOWN) {
                                genders.put(e.id(), g);
                            }
                            add(e, i, i, "pronoun");
                        }
                    } else if ((w.equals("it") || w.equals("they")) && beforeSpeechVerb(i, s)) {
                        Entity e = antecedent(s, i, true, c -> c.type() != EntityType.PERSON && c.type() != EntityType.PLACE);
                        if (e != null) {
                            add(e, i, i, "pronoun");
                        }
                    } else if (DEFINITE.contains(w) && tokens.get(i).is("DET")) {
                        i = nominal(s, i);
                    }
                }
            }
            List<Entity> out = new ArrayList<>(entities.size());
            for (Entity e : entities) {
                List<Mention> more = added.get(e.id());
                if (more == null) {
                    out.add(e);
                } else {
                    List<Mention> all = new ArrayList<>(e.mentions());
                    all.addAll(more);
                    all.sort(null);
                    out.add(e.withMentions(all));
                }
            }
            return List.copyOf(out);
        }

        private Gender gender(Entity e) {
            return genders.getOrDefault(e.id(), Gender.UNKNOWN);
        }

        /** "the [modifiers] head": resolves role and organisation nouns; returns the last token consumed. */
        private int nominal(Sentence s, int det) {
            int head = det + 1;
            List<String> mods = new ArrayList<>();
            while (head < s.endToken() && !layout.inside(head) && modifierOk(head)
                    && (tokens.get(head).is("ADJ") || tokens.get(head).is("NOUN") || tokens.get(head).is("PROPN"))
                    && head + 1 < s.endToken() && (tokens.get(head + 1).is("NOUN") || tokens.get(head + 1).is("PROPN")
                    || tokens.get(head + 1).is("ADJ")) && index.entityAt(head + 1) == null && mods.size() < 3) {
                Entity state = index.entityAt(head);
                mods.add(state != null ? "country:" + state.code() : tokens.get(head).text());
                head++;
            }
            if (head >= s.endToken() || layout.inside(head) || index.entityAt(head) != null) {
                return det;
            }
            String h = tokens.get(head).text().toLowerCase(Locale.ROOT);
            String next = head + 1 < s.endToken() ? tokens.get(head + 1).text().toLowerCase(Locale.ROOT) : "";
            if (next.equals("of") || next.equals("for") || head + 1 < s.endToken() && tokens.get(head + 1).is("PROPN")) {
                return det; // "the head of ...", "the minister Ali ...": a fuller name follows
            }
            Entity e = null;
            int at = tokens.get(det).start();
            if (Nominals.isRoleNoun(h)) {
                e = scope.role(h, mods, at);
            } else if (Nominals.isOrgNoun(h) && mods.stream().noneMatch(m -> Character.isUpperCase(m.charAt(0)))) {
                // "the Interior Ministry" is a name, left to recognition; "the ministry", "the Russian army" are descriptions
                e = scope.org(h, mods, at);
            }
            if (e != null) {
                add(e, det, head, "nominal");
                return head;
            }
            return det;
        }

        /** A modifier of a description: a plain word, or a state ("the US president", "the Russian army"). */
        private boolean modifierOk(int i) {
            Entity e = index.entityAt(i);
            return e == null || e.type() == EntityType.COUNTRY && e.code() != null;
        }

        private boolean beforeSpeechVerb(int i, Sentence s) {
            int j = i + 1;
            while (j < s.endToken() && (tokens.get(j).is("AUX") || tokens.get(j).is("ADV") || tokens.get(j).is("PART"))) {
                j++;
            }
            return j < s.endToken() && SpeechVerbs.of(tokens.get(j)) != null
                    && !(j + 1 < s.endToken() && tokens.get(j + 1).text().equalsIgnoreCase("out"));
        }

        /**
         * The antecedent of a pronoun at {@code at}: earlier in the same sentence (when {@code early}), else the
         * first fitting entity in subject position of the previous sentences, else the last one named there.
         */
        private Entity antecedent(Sentence s, int at, boolean early, java.util.function.Predicate<Entity> fits) {
            if (early) {
                Entity e = firstInSentence(s.firstToken(), at, fits, true);
                if (e != null) {
                    return e;
                }
            }
            for (int k = s.index() - 1; k >= 0 && k >= s.index() - SENTENCES_BACK; k--) {
                Sentence p = sentences.get(k);
                if (s.paragraph() - p.paragraph() >= PARAGRAPHS_BACK) {
                    break;
                }
                Entity e = firstInSentence(p.firstToken(), p.endToken(), fits, true);
                if (e == null) {
                    e = firstInSentence(p.firstToken(), p.endToken(), fits, false);
                }
                if (e != null) {
                    return e;
                }
            }
            return null;
        }

        /** The last fitting entity named before {@code to} in the sentence (objects: "helped him"). */
        private Entity lastInSentence(int from, int to, java.util.function.Predicate<Entity> fits) {
            Entity out = null;
            for (int i = from; i < to; i++) {
                Entity e = index.entityAt(i);
                if (e != null && !layout.inside(i) && index.mentionStart(i) == i && fits.test(e)) {
                    out = e;
                }
            }
            return out;
        }

        private Entity firstInSentence(int from, int to, java.util.function.Predicate<Entity> fits, boolean subjectOnly) {
            for (int i = from; i < to; i++) {
                Entity e = index.entityAt(i);
                if (e == null || layout.inside(i) || index.mentionStart(i) != i) {
                    continue;
                }
                Entity cur = e;
                if (fits.test(cur) && (!subjectOnly || !afterPreposition(i, from))) {
                    return cur;
                }
            }
            return null;
        }

        /** Not in subject position: after a preposition ("at the request of Russia") or an owner ("Russia's"). */
        private boolean afterPreposition(int i, int from) {
            int end = index.mentionEnd(i);
            if (end + 1 < tokens.size() && isPossessive(tokens.get(end + 1).text())) {
                return true;
            }
            int k = i - 1;
            while (k >= from && (tokens.get(k).is("DET") || tokens.get(k).is("ADJ"))) {
                k--;
            }
            return k >= from && PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT));
        }

        private static boolean isPossessive(String t) {
            return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
        }

        /** Start of the entity's last mention (added ones included) before {@code before}, or -1. */
        private int lastBefore(Entity e, Integer before) {
            Integer at = starts.get(e.id()).lower(before);
            return at == null ? -1 : at;
        }

        private void add(Entity e, int first, int last, String rule) {
            Token a = tokens.get(first);
            Token b = tokens.get(last);
            Mention m = new Mention(a.start(), b.end(), text.substring(a.start(), b.end()), rule);
            added.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m);
            starts.get(e.id()).add(m.start());
            index.put(e, a.start(), b.end(), rule);
        }
    }
}
