package io.sitrep.extract.event;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Paragraph;
import io.sitrep.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Where an event happened: a place named in its clause after a locative preposition ("in Tartus", "near
 * Latakia", "in northeastern Syria"), else a place named elsewhere in the sentence, else the nearest place of
 * the paragraph; null rather than a guess.
 */
final class EventPlaces {
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "inside", "around", "across",
            "into", "off", "within", "throughout", "over", "from", "to", "towards", "toward");

    private record Located(int start, int end, Entity entity) {
    }

    private final List<Located> places = new ArrayList<>();
    private final List<Located> countries = new ArrayList<>();
    private final List<Paragraph> paragraphs;
    private final String text;

    EventPlaces(List<Entity> entities, List<Paragraph> paragraphs, String text) {
        this.paragraphs = paragraphs;
        this.text = text;
        for (Entity e : entities) {
            List<Located> into = e.type() == EntityType.PLACE ? places : e.type() == EntityType.COUNTRY ? countries : null;
            if (into == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                into.add(new Located(m.start(), m.end(), e));
            }
        }
        places.sort(Comparator.comparingInt(Located::start));
        countries.sort(Comparator.comparingInt(Located::start));
    }

    String placeOf(Sentence s, int clauseStart, int clauseEnd, String source, String target) {
        for (Located p : places) {
            if (p.start() >= clauseStart && p.end() <= clauseEnd && afterLocative(p.start())) {
                return p.entity().id();
            }
        }
        for (Located c : countries) {
            String id = c.entity().id();
            if (c.start() >= clauseStart && c.end() <= clauseEnd && afterLocative(c.start()) && !id.equals(source)
                    && !id.equals(target)) {
                return id;
            }
        }
        for (Located p : places) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                return p.entity().id();
            }
        }
        if (s.paragraph() >= 0 && s.paragraph() < paragraphs.size()) {
            Paragraph para = paragraphs.get(s.paragraph());
            Located best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Located p : places) {
                if (p.start() >= para.start() && p.end() <= para.end()) {
                    int d = p.start() >= s.end() ? p.start() - s.end() : s.start() - p.end();
                    if (d < bestDist) {
                        best = p;
                        bestDist = d;
                    }
                }
            }
            if (best != null) {
                return best.entity().id();
            }
        }
        return null;
    }

    /** A locative preposition within two words before the offset ("in", "in northeastern", "near the port city of"). */
    private boolean afterLocative(int start) {
        int i = start;
        for (int words = 0; words < 4 && i > 0; words++) {
            int end = i;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int b = end;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == end) {
                return false;
            }
            String w = text.substring(b, end).toLowerCase(java.util.Locale.ROOT);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            if (w.equals("said") || w.equals("and")) {
                return false;
            }
            i = b;
        }
        return false;
    }
}
