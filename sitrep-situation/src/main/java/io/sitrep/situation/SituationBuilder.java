package io.sitrep.situation;

import io.sitrep.model.Analysis;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the situation picture of a country from analysed articles: presence rows (foreign actor × site or
 * area) with their current status, earliest and latest evidence and status history; statements about the
 * country; and disagreements — sources whose latest word on the same presence does not agree.
 *
 * <p>Evidence that names an actor but no site ("Russia might be allowed to retain its bases") speaks for
 * every site of that actor in the country. Within one date, the strongest status wins
 * ({@link PresenceStatus#weight()}); the latest date gives the current status.
 */
public final class SituationBuilder {
    /** Sources disagree when their latest words on a presence fall within this many days of its latest evidence. */
    static final int DISAGREEMENT_WINDOW_DAYS = 14;

    private final PresenceReader reader;

    public SituationBuilder(PresenceReader reader) {
        this.reader = reader;
    }

    public SituationBuilder() {
        this(new PresenceReader());
    }

    /**
     * @param host     ISO alpha-3 of the country
     * @param analyses the analysed articles (any order)
     * @param asOf     only evidence published on or before this date (undated articles are left out); null for all
     */
    public Situation build(String host, List<Analysis> analyses, LocalDate asOf) {
        List<Analysis> used = analyses.stream()
                .filter(a -> asOf == null || a.article().published() != null && !a.article().published().isAfter(asOf))
                .sorted(Comparator.comparing((Analysis a) -> a.article().published(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<PresenceFact> facts = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Analysis a : used) {
            facts.addAll(reader.read(a, host));
            statements.addAll(statements(a, host));
        }
        List<Presence> rows = rows(facts);
        return new Situation(host, asOf, rows, statements, disagreements(rows));
    }

    private record RowKey(String actor, String site, String area) {
    }

    private static List<Presence> rows(List<PresenceFact> facts) {
        Map<RowKey, List<PresenceFact>> byRow = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (PresenceFact f : facts) {
            actors.putIfAbsent(f.actor().key(), f.actor());
            if (f.site() != null || f.area() != null) {
                byRow.computeIfAbsent(new RowKey(f.actor().key(), f.site() == null ? null : f.site().key(), f.area()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        for (PresenceFact f : facts) {
            if (f.site() != null || f.area() != null) {
                continue;
            }
            boolean attached = false;
            for (Map.Entry<RowKey, List<PresenceFact>> row : byRow.entrySet()) {
                if (row.getKey().actor().equals(f.actor().key())) {
                    row.getValue().add(f);
                    attached = true;
                }
            }
            if (!attached) {
                byRow.computeIfAbsent(new RowKey(f.actor().key(), null, null), k -> new ArrayList<>()).add(f);
            }
        }
        List<Presence> out = new ArrayList<>();
        for (Map.Entry<RowKey, List<PresenceFact>> row : byRow.entrySet()) {
            out.add(presence(actors.get(row.getKey().actor()), row.getValue()));
        }
        out.sort(Comparator.comparing((Presence p) -> p.actor().name()).thenComparing(p -> p.site() == null ? "~" : p.site().name())
                .thenComparing(p -> p.area() == null ? "" : p.area()));
        return out;
    }

    private static Presence presence(Actor actor, List<PresenceFact> facts) {
        Site site = null;
        String area = null;
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PresenceFact f : facts) {
            site = site == null ? f.site() : site;
            area = area == null ? f.area() : area;
            if (seen.add(f.evidence().article() + "#" + f.evidence().start())) {
                evidence.add(f.evidence());
            }
        }
        evidence.sort(Comparator.comparing(Evidence::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Evidence::article).thenComparingInt(Evidence::start));
        TreeMap<LocalDate, PresenceStatus> byDate = new TreeMap<>();
        PresenceStatus undated = PresenceStatus.UNKNOWN;
        Map<LocalDate, String> articleOf = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.date() == null) {
                undated = PresenceStatus.strongest(undated, e.status());
            } else {
                byDate.merge(e.date(), e.status(), PresenceStatus::strongest);
                articleOf.putIfAbsent(e.date(), e.article());
            }
        }
        List<Presence.StatusChange> history = new ArrayList<>();
        PresenceStatus current = undated;
        for (Map.Entry<LocalDate, PresenceStatus> d : byDate.entrySet()) {
            if (d.getValue() != current || history.isEmpty()) {
                history.add(new Presence.StatusChange(d.getKey(), d.getValue(), articleOf.get(d.getKey())));
            }
            current = d.getValue();
        }
        String since = evidence.stream().map(Evidence::since).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(byDate.isEmpty() ? null : byDate.firstKey().toString());
        if (since != null && !byDate.isEmpty() && byDate.firstKey().toString().compareTo(since) < 0) {
            since = byDate.firstKey().toString();
        }
        LocalDate updated = byDate.isEmpty() ? null : byDate.lastKey();
        return new Presence(actor, site, area, current, since, updated, evidence, history);
    }

    /**
     * Disagreements: for each presence, the latest evidence of each source (a named speaker, or an article's
     * own voice) within {@value #DISAGREEMENT_WINDOW_DAYS} days of the presence's latest evidence; when those sources give different statuses, they are listed side by side. The same set of
     * claims behind several rows of one actor is listed once.
     */
    private static List<Disagreement> disagreements(List<Presence> rows) {
        Map<Set<String>, Disagreement> out = new LinkedHashMap<>();
        for (Presence p : rows) {
            Map<String, Evidence> latest = new LinkedHashMap<>();
            LocalDate last = p.updated();
            for (Evidence e : p.evidence()) {
                if (last != null && (e.date() == null || e.date().isBefore(last.minusDays(DISAGREEMENT_WINDOW_DAYS)))) {
                    continue; // an older word is history, not a disagreement with the current one
                }
                String source = e.speaker() != null ? "speaker:" + e.speaker() : "article:" + e.article();
                latest.merge(source, e, (old, neu) -> neu.date() != null && (old.date() == null || !neu.date().isBefore(old.date()))
                        ? neu : old);
            }
            // an article's own voice counts only where no named speaker of the same article speaks on the topic
            latest.entrySet().removeIf(en -> en.getKey().startsWith("article:") && latest.values().stream()
                    .anyMatch(o -> o.speaker() != null && o.article().equals(en.getValue().article())));
            Set<PresenceStatus> statuses = new LinkedHashSet<>();
            latest.values().forEach(e -> statuses.add(e.status()));
            if (latest.size() < 2 || statuses.size() < 2) {
                continue;
            }
            Set<String> key = new LinkedHashSet<>();
            latest.values().forEach(e -> key.add(e.article() + "#" + e.start()));
            String topic = p.topic();
            Disagreement before = out.get(key);
            if (before != null) {
                topic = before.topic() + ", " + (p.site() != null ? p.site().name() : p.area() != null ? p.area() : "");
            }
            out.put(key, new Disagreement(topic, new ArrayList<>(latest.values())));
        }
        return new ArrayList<>(out.values());
    }

    /** Quotes and claims of an article that concern the host: they name it or something in it, or the speaker is its own. */
    static List<Statement> statements(Analysis a, String host) {
        List<Statement> out = new ArrayList<>();
        String article = PresenceReader.articleId(a);
        for (Quote q : a.quotes()) {
            List<String> about = about(a, q.start(), q.end(), q.speaker());
            if (concerns(a, host, q.start(), q.end(), q.speaker())) {
                out.add(new Statement(q.speakerName(), a.article().published(), q.text(), about,
                        ModalityOfText.of(q.text()), article, "quote"));
            }
        }
        for (Claim c : a.claims()) {
            if (concerns(a, host, c.start(), c.end(), c.speaker())) {
                out.add(new Statement(c.speakerName(), a.article().published(), c.text(), about(a, c.start(), c.end(), c.speaker()),
                        c.modality(), article, "claim"));
            }
        }
        return out;
    }

    private static boolean concerns(Analysis a, String host, int start, int end, String speakerId) {
        Entity speaker = a.entity(speakerId);
        if (speaker != null && (host.equals(speaker.country()) || host.equals(speaker.code()))) {
            return true;
        }
        for (Entity e : a.entities()) {
            if (host.equals(e.code()) || host.equals(e.country())) {
                for (Mention m : e.mentions()) {
                    if (m.start() >= start && m.end() <= end) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> about(Analysis a, int start, int end, String speakerId) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (e.id().equals(speakerId)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() >= start && m.end() <= end) {
                    names.add(e.name());
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** The modality a quote's own words give it. */
    static final class ModalityOfText {
        private ModalityOfText() {
        }

        static Modality of(String text) {
            List<String> words = new ArrayList<>();
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            List<CueLexicon.Match> found = CueLexicon.standard().find(words);
            if (found.stream().anyMatch(m -> m.cls().equals("condition"))) {
                return Modality.CONDITIONAL;
            }
            if (found.stream().anyMatch(m -> m.cls().equals("hedge"))) {
                return Modality.HEDGED;
            }
            if (found.stream().anyMatch(m -> m.cls().equals("negation"))) {
                return Modality.NEGATED;
            }
            return Modality.REPORTED;
        }
    }
}
