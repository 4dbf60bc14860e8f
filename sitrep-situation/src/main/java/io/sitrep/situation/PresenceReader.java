package io.sitrep.situation;

import io.sitrep.model.Analysis;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one analysed article says about foreign presence in a host country: for each sentence that
 * talks of bases, troops or a military presence, the foreign actors it names (states; agencies and forces
 * count for their state; non-state groups with a foreign home), the sites in the host country (facilities,
 * cities), directional areas ("northeastern Syria"), the status its cues give, its modality and its speaker.
 * A sentence that carries status words but names no actor ("So far, nothing has changed," he said) continues
 * the previous presence sentence of the article.
 */
public final class PresenceReader {
    private static final Pattern SINCE = Pattern.compile(
            "\\bsince\\s+(?:(?:early|late|mid-?)\\s*)?(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?((?:19|20)\\d\\d)\\b");
    private static final String DIRECTION = "(north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)";
    private static final Set<String> ANAPHORA = Set.of("its", "their", "it", "they", "these", "those", "the");
    private static final double FACILITY_RADIUS_KM = 40;
    /** "in", "near the port city of", "outside the town of": what may stand between an installation and its town. */
    private static final String TO_TOWN = "s?\\s+(?:in|at|near|outside|by)\\s+(?:the\\s+)?(?:(?:port|coastal|northern|southern|"
            + "eastern|western|central|strategic)\\s+)*(?:(?:city|town|village|province|region)\\s+of\\s+)?$";
    private static final Pattern NAVAL_BEFORE = Pattern.compile("\\bnaval\\s+(?:base|facility|port|station|hub)" + TO_TOWN);
    private static final Pattern AIR_BEFORE = Pattern.compile("\\b(?:air\\s?base|air\\s?field|air\\s+station|airport)" + TO_TOWN);
    private static final Pattern BASE_BEFORE = Pattern.compile("\\b(?:base|facility|garrison|outpost)" + TO_TOWN);
    /** Words that may stand between a presence word and the place it is placed at ("base near the port city of"). */
    private static final Set<String> LINKING = Set.of("in", "at", "near", "outside", "around", "of", "the", "a", "an", "its",
            "their", "his", "her", "city", "port", "town", "capital", "province", "region", "village", "from", "to", "into",
            "inside", "key", "main", "two", "three", "several", "military", "naval", "air", "drone", "coastal", "northern",
            "southern", "eastern", "western", "nearby", "'s", ",");

    private final CueLexicon cues;

    public PresenceReader(CueLexicon cues) {
        this.cues = cues;
    }

    public PresenceReader() {
        this(CueLexicon.standard());
    }

    public List<PresenceFact> read(Analysis a, String host) {
        String text = a.article().text();
        Entity hostEntity = a.entities().stream()
                .filter(e -> e.type() == EntityType.COUNTRY && host.equals(e.code())).findFirst().orElse(null);
        if (hostEntity == null && a.entities().stream().noneMatch(e -> e.type() == EntityType.PLACE && host.equals(e.country()))) {
            return List.of(); // neither the country nor any place in it is named
        }
        ArticleSentences split = new ArticleSentences(a.article());
        List<MentionRef> mentions = mentions(a);
        Pattern areaPattern = hostEntity == null ? null : areaPattern(hostEntity);
        List<PresenceFact> out = new ArrayList<>();
        Context previous = null;
        for (Sentence s : split.sentences) {
            List<Token> toks = split.tokens.subList(s.firstToken(), s.endToken());
            List<String> words = toks.stream().map(t -> t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')).toList();
            List<CueLexicon.Match> found = cues.find(words);
            boolean installation = has(found, "installation");
            boolean topic = installation || has(found, "topic");
            PresenceStatus status = PresenceStatus.UNKNOWN;
            String cue = null;
            for (CueLexicon.Match m : found) {
                PresenceStatus st = statusOf(m.cls());
                if (st != null && st.weight() > status.weight()) {
                    status = st;
                    cue = m.words();
                }
            }
            Set<Actor> actors = new LinkedHashSet<>();
            Map<String, Site> sites = new LinkedHashMap<>();
            boolean hostNamed = false;
            int firstCue = found.isEmpty() ? words.size() : found.get(0).from();
            boolean firstActorSeen = false;
            for (int mi = firstMentionFrom(mentions, s.start()); mi < mentions.size(); mi++) {
                MentionRef m = mentions.get(mi);
                if (m.mention.start() >= s.end()) {
                    break; // mentions are sorted by start: the rest lie after this sentence
                }
                if (m.mention.end() > s.end()) {
                    continue;
                }
                Entity e = m.entity;
                if (e == hostEntity) {
                    hostNamed = true;
                    continue;
                }
                Actor actor = actorOf(e, host, a);
                if (actor != null) {
                    int at = tokenAt(toks, m.mention.end() - 1);
                    int from = tokenAt(toks, m.mention.start());
                    boolean subject = !firstActorSeen && from < firstCue;
                    firstActorSeen = true;
                    if (subject || containsTopic(found, from, at) || modifiesTopic(found, words, at)
                            || possessedLater(found, words, at)) {
                        actors.add(actor);
                    }
                } else if (e.type() == EntityType.PLACE && host.equals(e.country())) {
                    hostNamed = true; // a place in the country names the country
                    if (!"region".equals(e.kind()) && !"water".equals(e.kind())
                            && ("facility".equals(e.kind()) || presenceBefore(found, tokenAt(toks, m.mention.start()), words))) {
                        Site site = siteFor(e, m.mention, split.tokens, text, a);
                        sites.putIfAbsent(site.key(), site);
                    }
                }
            }
            if (actors.isEmpty() && topic && (words.contains("our") || words.contains("we"))) {
                Actor own = speakersCountry(a, s, host);
                if (own != null) {
                    actors.add(own); // "our troops", said by a foreign official
                }
            }
            List<String> areas = areaPattern == null ? List.of() : areas(areaPattern, text.substring(s.start(), s.end()), hostEntity.name());
            boolean anaphoric = words.stream().anyMatch(ANAPHORA::contains);
            if (!topic && status != PresenceStatus.UNKNOWN && actors.isEmpty() && sites.isEmpty() && previous != null
                    && previous.paragraphDistance(s) <= 1) {
                // a status statement continuing the previous presence sentence
                actors.addAll(previous.actors);
                hostNamed = true;
                topic = true;
            } else if (topic && actors.isEmpty() && anaphoric && previous != null && previous.paragraphDistance(s) <= 1) {
                actors.addAll(previous.actors);
            }
            if (topic && !actors.isEmpty() && !hostNamed && previous != null && previous.paragraphDistance(s) <= 1) {
                hostNamed = true; // the previous presence sentence, just before, was about this country
            }
            if (!topic || actors.isEmpty() || !(hostNamed || !sites.isEmpty() || !areas.isEmpty())) {
                continue;
            }
            if (status == PresenceStatus.UNKNOWN && installation) {
                status = PresenceStatus.PRESENT;
                cue = "installation";
            }
            if (status == PresenceStatus.UNKNOWN) {
                continue;
            }
            boolean negated = has(found, "negation");
            if (negated && (status == PresenceStatus.WITHDRAWING || status == PresenceStatus.WITHDRAWN)) {
                status = PresenceStatus.DENIED;
            }
            String speaker = speakerOf(a, s);
            Modality modality = has(found, "condition") ? Modality.CONDITIONAL
                    : has(found, "hedge") ? Modality.HEDGED
                    : status == PresenceStatus.DENIED ? Modality.DENIED
                    : status == PresenceStatus.PROPOSED ? Modality.PROPOSED
                    : negated ? Modality.NEGATED
                    : speaker != null ? Modality.REPORTED : Modality.ASSERTED;
            if ((modality == Modality.CONDITIONAL || modality == Modality.HEDGED) && status == PresenceStatus.PRESENT) {
                status = PresenceStatus.NEGOTIATING; // an uncertain statement about keeping a presence is evidence of talks
            }
            Matcher since = SINCE.matcher(text.substring(s.start(), s.end()));
            Evidence ev = new Evidence(articleId(a), a.article().published(), speaker, text.substring(s.start(), s.end()),
                    modality, status, cue, s.start(), s.end(), since.find() ? since.group(2) : null);
            for (Actor actor : actors) {
                if (sites.isEmpty() && areas.isEmpty()) {
                    out.add(new PresenceFact(actor, null, null, ev));
                }
                for (Site site : sites.values()) {
                    out.add(new PresenceFact(actor, site, null, ev));
                }
                for (String area : areas) {
                    out.add(new PresenceFact(actor, null, area, ev));
                }
            }
            previous = new Context(actors, s.paragraph());
        }
        return out;
    }

    private record Context(Set<Actor> actors, int paragraph) {
        int paragraphDistance(Sentence s) {
            return s.paragraph() - paragraph;
        }
    }

    private record MentionRef(Entity entity, Mention mention) {
    }

    private static List<MentionRef> mentions(Analysis a) {
        List<MentionRef> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                out.add(new MentionRef(e, m));
            }
        }
        out.sort((x, y) -> Integer.compare(x.mention.start(), y.mention.start()));
        return out;
    }

    /** Index (within the sentence) of the token holding a char offset. */
    private static int tokenAt(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() > offset) {
                return i;
            }
        }
        return toks.size() - 1;
    }

    /**
     * A place is a site of the presence only when the presence is placed there: a topic, installation or
     * status word shortly before it ("troops based in Niamey", "its naval base in Tartus", "the airbase near
     * the port city of Latakia"), not "after soldiers seized power in Niamey".
     */
    private static boolean presenceBefore(List<CueLexicon.Match> found, int at, List<String> words) {
        for (CueLexicon.Match m : found) {
            if (m.to() <= at && at - m.to() <= 6 && !m.cls().equals("hedge") && !m.cls().equals("condition")
                    && !m.cls().equals("negation")) {
                boolean linked = true;
                for (int k = m.to(); k < at && linked; k++) {
                    linked = LINKING.contains(words.get(k)) || isCueToken(found, k);
                }
                if (linked) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCueToken(List<CueLexicon.Match> found, int k) {
        for (CueLexicon.Match m : found) {
            if (m.from() <= k && k < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** The mention itself names forces: "US troops", "French forces". */
    private static boolean containsTopic(List<CueLexicon.Match> found, int from, int to) {
        for (CueLexicon.Match m : found) {
            if ((m.cls().equals("topic") || m.cls().equals("installation")) && m.from() >= from && m.from() <= to) {
                return true;
            }
        }
        return false;
    }

    /** "US forces", "Russia's naval base", "Russian military instructors": the actor stands right before a topic noun. */
    private static boolean modifiesTopic(List<CueLexicon.Match> found, List<String> words, int at) {
        for (CueLexicon.Match m : found) {
            if ((m.cls().equals("topic") || m.cls().equals("installation")) && m.from() > at && m.from() - at <= 4) {
                boolean clear = true;
                for (int k = at + 1; k < m.from(); k++) {
                    String w = words.get(k);
                    if (w.equals(",") || w.equals("and") || w.equals("to") || w.equals("from") || w.equals("with")) {
                        clear = false;
                    }
                }
                if (clear) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "... with the United States and Turkey over their military presence": a possessive pronoun before a topic noun later on. */
    private static boolean possessedLater(List<CueLexicon.Match> found, List<String> words, int at) {
        for (CueLexicon.Match m : found) {
            if ((m.cls().equals("topic") || m.cls().equals("installation")) && m.from() > at) {
                for (int k = Math.max(at + 1, m.from() - 3); k < m.from(); k++) {
                    if (words.get(k).equals("its") || words.get(k).equals("their")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Index of the first mention starting at or after {@code offset} (mentions sorted by start). */
    private static int firstMentionFrom(List<MentionRef> mentions, int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).mention.start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean has(List<CueLexicon.Match> found, String cls) {
        for (CueLexicon.Match m : found) {
            if (m.cls().equals(cls)) {
                return true;
            }
        }
        return false;
    }

    private static PresenceStatus statusOf(String cls) {
        return switch (cls) {
            case "present" -> PresenceStatus.PRESENT;
            case "negotiating" -> PresenceStatus.NEGOTIATING;
            case "withdrawing" -> PresenceStatus.WITHDRAWING;
            case "withdrawn" -> PresenceStatus.WITHDRAWN;
            case "proposed" -> PresenceStatus.PROPOSED;
            case "denied" -> PresenceStatus.DENIED;
            default -> null;
        };
    }

    /** The foreign actor an entity stands for in the host country, or null when it is not one. */
    static Actor actorOf(Entity e, String host, Analysis a) {
        switch (e.type()) {
            case COUNTRY:
                return e.code() != null && !e.code().equals(host) ? new Actor(e.name(), e.code()) : null;
            case ORGANIZATION:
                if (e.country() == null || e.country().equals(host) || !isStateForce(e.name())) {
                    return null;
                }
                return new Actor(countryName(a, e.country()), e.country());
            case GROUP:
                return e.country() != null && !e.country().equals(host) ? new Actor(e.name(), e.code()) : null;
            default:
                return null;
        }
    }

    private static boolean isStateForce(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("force") || n.contains("army") || n.contains("military") || n.contains("navy")
                || n.contains("troops") || n.contains("marine") || n.contains("defen") || n.contains("pentagon")
                || n.contains("ministry") || n.contains("government") || n.contains("command");
    }

    private static String countryName(Analysis a, String code) {
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.COUNTRY && code.equals(e.code())) {
                return e.name();
            }
        }
        return code;
    }

    /**
     * The site a place mention stands for: a facility as is; a city named right after an installation noun
     * ("naval base in Tartus", "airbase in Latakia") is the article's facility of that kind within
     * {@value #FACILITY_RADIUS_KM} km of it when there is one.
     */
    private Site siteFor(Entity place, Mention m, List<Token> tokens, String text, Analysis a) {
        Site own = new Site(place.name(), place.kind(), place.lat(), place.lon(), place.ref() != null ? place.ref() : place.id());
        if ("facility".equals(place.kind()) || place.lat() == null) {
            return own;
        }
        int before = Math.max(0, m.start() - 40);
        String lead = text.substring(before, m.start()).toLowerCase(Locale.ROOT);
        String kind = NAVAL_BEFORE.matcher(lead).find() ? "naval"
                : AIR_BEFORE.matcher(lead).find() ? "air"
                : BASE_BEFORE.matcher(lead).find() ? "any" : null;
        if (kind == null) {
            return own;
        }
        Entity best = null;
        double bestKm = FACILITY_RADIUS_KM;
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.PLACE || !"facility".equals(e.kind()) || e.lat() == null) {
                continue;
            }
            String n = e.name().toLowerCase(Locale.ROOT);
            boolean air = n.contains("air") || n.contains("airport") || n.contains("airfield");
            boolean naval = n.contains("naval") || n.contains("navy") || n.contains("port");
            if (kind.equals("air") && !air || kind.equals("naval") && !naval) {
                continue;
            }
            double km = Geo.km(place.lat(), place.lon(), e.lat(), e.lon());
            if (km <= bestKm) {
                best = e;
                bestKm = km;
            }
        }
        return best == null ? own : new Site(best.name(), best.kind(), best.lat(), best.lon(), best.ref() != null ? best.ref() : best.id());
    }

    private static Pattern areaPattern(Entity host) {
        Set<String> names = new LinkedHashSet<>();
        names.add(Pattern.quote(host.name()));
        for (Mention m : host.mentions()) {
            String rule = m.rule() == null ? "" : m.rule();
            if (!m.text().isEmpty() && Character.isUpperCase(m.text().charAt(0)) && !rule.contains("demonym")
                    && !rule.contains("capital") && !rule.contains("seat")) {
                names.add(Pattern.quote(m.text()));
            }
        }
        String alt = String.join("|", names);
        return Pattern.compile("\\b" + DIRECTION + "(?:ern)?\\s+(?:" + alt + ")\\b|\\b(?:" + alt + ")['\u2019]s\\s+" + DIRECTION + "(?:ern)?\\b"
                + "|\\bthe\\s+" + DIRECTION + "\\s+of\\s+(?:" + alt + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Directional areas of the host named in a sentence, canonical ("northeastern Syria"). */
    static List<String> areas(Pattern p, String sentence, String hostName) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            String dir = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String canonical = dir.toLowerCase(Locale.ROOT).replace("-", "") + "ern " + hostName;
            if (dir.equalsIgnoreCase("central")) {
                canonical = "central " + hostName;
            }
            if (!out.contains(canonical)) {
                out.add(canonical);
            }
        }
        return out;
    }

    /** The state of the speaker of a quote in the sentence, when it is a foreign one. */
    private static Actor speakersCountry(Analysis a, Sentence s, String host) {
        for (Quote q : a.quotes()) {
            if (q.speaker() != null && q.start() < s.end() && s.start() < q.end()) {
                Entity speaker = a.entity(q.speaker());
                if (speaker == null) {
                    continue;
                }
                String code = speaker.type() == EntityType.COUNTRY ? speaker.code() : speaker.country();
                if (code != null && !code.equals(host)) {
                    return new Actor(countryName(a, code), code);
                }
            }
        }
        return null;
    }

    /** The speaker of a sentence: the speaker of a quote or claim inside it, else null (the article's own voice). */
    static String speakerOf(Analysis a, Sentence s) {
        for (Quote q : a.quotes()) {
            if (q.speakerName() != null && q.start() < s.end() && s.start() < q.end()) {
                return q.speakerName();
            }
        }
        for (Claim c : a.claims()) {
            if (c.speakerName() != null && c.start() < s.end() && s.start() < c.end()) {
                return c.speakerName();
            }
        }
        return null;
    }

    static String articleId(Analysis a) {
        if (a.article().url() != null) {
            return a.article().url();
        }
        if (a.article().title() != null) {
            return a.article().title();
        }
        return a.article().name();
    }
}
