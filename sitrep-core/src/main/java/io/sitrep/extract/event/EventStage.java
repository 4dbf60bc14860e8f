package io.sitrep.extract.event;

import io.sitrep.extract.time.TimeExpression;
import io.sitrep.extract.time.TimeNormalizer;
import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.Event;
import io.sitrep.model.Modality;
import io.sitrep.model.Quote;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Key;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Codes CAMEO events (with PLOVER category, QuadClass, Goldstein value, modality, date and place) from
 * every sentence, with the document's entities as actors. Uses the entities, quotes and claims when earlier
 * stages provide them; a sentence without a codable verb and an actor yields nothing.
 */
public final class EventStage implements Stage {
    private final EventCoder coder;
    private final AgentDictionary agents;
    private final CameoCodebook codebook = CameoCodebook.get();
    /** Set SITREP_TRACE_EVENTS=1 to print each sentence's verb groups and actors to stderr. */
    private static final boolean TRACE = System.getenv("SITREP_TRACE_EVENTS") != null;

    public EventStage() {
        this(VerbDictionary.analysis(), AgentDictionary.phoenix());
    }

    public EventStage(VerbDictionary verbs, AgentDictionary agents) {
        this.coder = new EventCoder(verbs, null, EventCoder.Options.analysis());
        this.agents = agents;
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.TOKENS, Keys.SENTENCES, Keys.POS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.EVENTS);
    }

    @Override
    public void process(Document doc) {
        List<Entity> entities = doc.getOrDefault(Keys.ENTITIES, List.of());
        List<Token> tokens = doc.get(Keys.TOKENS);
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        List<Quote> quotes = doc.getOrDefault(Keys.QUOTES, List.of());
        List<Claim> claims = doc.getOrDefault(Keys.CLAIMS, List.of());
        Article article = doc.article();
        List<Event> events = new ArrayList<>();
        if (!entities.isEmpty()) {
            EntityActors actors = new EntityActors(entities, tokens, quotes, agents);
            EventPlaces places = new EventPlaces(entities, doc.getOrDefault(Keys.PARAGRAPHS, List.of()), article.text());
            for (Sentence s : sentences) {
                codeSentence(s, tokens, actors, places, claims, article, events);
            }
        }
        doc.put(Keys.EVENTS, List.copyOf(events));
    }

    private void codeSentence(Sentence s, List<Token> tokens, EntityActors actors, EventPlaces places,
                              List<Claim> claims, Article article, List<Event> out) {
        int n = s.tokenCount();
        if (n == 0) {
            return;
        }
        SentenceTokens st = SentenceTokens.of(tokens, s);
        List<String> texts = st.texts();
        List<String> tags = st.tags();
        List<ActorMention> mentions = actors.inSentence(s, st);
        if (mentions.isEmpty()) {
            return;
        }
        CodingSentence cs = new CodingSentence(texts, tags, mentions);
        StringBuilder trace = TRACE ? new StringBuilder() : null;
        List<CodedEvent> coded = coder.code(cs, trace);
        if (trace != null) {
            StringBuilder b = new StringBuilder("  ");
            for (int i = 0; i < texts.size(); i++) {
                b.append(i).append(':').append(texts.get(i)).append('/').append(tags.get(i)).append(' ');
            }
            b.append("\n  actors:");
            for (ActorMention a : cs.actors) {
                b.append(' ').append(a.start()).append('-').append(a.end()).append('=').append(a.entity()).append('/').append(a.code());
            }
            System.err.println(b + "\n" + trace);
        }
        List<TimeExpression> times = null; // the sentence's time expressions, found once when an event needs them
        for (CodedEvent e : coded) {
            if (e.source() == null || e.source().entity() == null) {
                continue;
            }
            int start = tokens.get(s.firstToken() + e.clauseStart()).start();
            int end = tokens.get(s.firstToken() + Math.max(e.clauseStart(), e.clauseEnd() - 1)).end();
            int verbChar = tokens.get(s.firstToken() + e.verbStart()).start();
            String target = e.target() == null ? null : e.target().entity();
            if (times == null) {
                times = TimeNormalizer.mayHold(cs.lower)
                        ? TimeNormalizer.find(article.text().substring(s.start(), s.end()), article.published())
                        : List.of();
            }
            TimeExpression when = timeOf(times, start - s.start(), end - s.start());
            String date;
            String dateRule;
            if (when != null) {
                date = when.value();
                dateRule = when.rule();
            } else if (article.published() != null) {
                date = article.published().toString();
                dateRule = "publication date";
            } else {
                date = null;
                dateRule = "no date";
            }
            String place = places.placeOf(s, start, end, e.source().entity(), target);
            out.add(new Event(e.source().entity(), target, e.code(), codebook.plover(e.code()), date, dateRule, place,
                    modality(e, verbChar, claims), start, end, e.source().code(),
                    e.target() == null ? null : e.target().code(), codebook.quadClass(e.code()),
                    codebook.goldstein(e.code()), e.verb()));
        }
    }

    /** The first time expression inside the event's clause, else the sentence's first (offsets in the sentence). */
    private static TimeExpression timeOf(List<TimeExpression> times, int start, int end) {
        for (TimeExpression t : times) {
            if (t.start() >= start && t.end() <= end) {
                return t;
            }
        }
        return times.isEmpty() ? null : times.get(0);
    }

    /** The event's modality from its verb group, then from the claim it sits in. */
    static Modality modality(CodedEvent e, int verbChar, List<Claim> claims) {
        if (e.negated()) {
            return Modality.NEGATED;
        }
        switch (e.mood()) {
            case CONDITIONAL -> {
                return Modality.CONDITIONAL;
            }
            case HEDGED -> {
                return Modality.HEDGED;
            }
            case PROPOSED -> {
                return Modality.PROPOSED;
            }
            default -> {
            }
        }
        for (Claim c : claims) {
            if (c.start() <= verbChar && verbChar < c.end() && c.modality() != null) {
                return c.modality() == Modality.ASSERTED ? Modality.REPORTED : c.modality();
            }
        }
        return e.reported() ? Modality.REPORTED : Modality.ASSERTED;
    }
}
