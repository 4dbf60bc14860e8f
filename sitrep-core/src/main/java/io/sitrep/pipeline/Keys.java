package io.sitrep.pipeline;

import io.sitrep.model.Article;
import io.sitrep.model.Claim;
import io.sitrep.model.Entity;
import io.sitrep.model.Event;
import io.sitrep.model.Paragraph;
import io.sitrep.model.Quote;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.model.Candidate;

import java.util.List;

/** The annotations that flow through the pipeline, in the order they usually appear. */
public final class Keys {
    private Keys() {
    }

    /** The cleaned article; every document starts with it. */
    public static final Key<Article> ARTICLE = Key.of("article", Article.class);
    public static final Key<List<Paragraph>> PARAGRAPHS = Key.of("paragraphs", List.class);
    public static final Key<List<Sentence>> SENTENCES = Key.of("sentences", List.class);
    public static final Key<List<Token>> TOKENS = Key.of("tokens", List.class);
    /** Tokens carry their part-of-speech tag once this is present. */
    public static final Key<Boolean> POS = Key.of("pos", Boolean.class);
    /** Candidate mentions found by recognisers, before they are resolved into entities. */
    public static final Key<List<Candidate>> CANDIDATES = Key.of("candidates", List.class);
    public static final Key<List<Entity>> ENTITIES = Key.of("entities", List.class);
    /** Direct quotes as found in the text, before attribution: speaker, cue and rule are null. */
    public static final Key<List<Quote>> QUOTE_SPANS = Key.of("quote-spans", List.class);
    /** Entities carry pronoun and nominal mentions (rule "pronoun"/"nominal") once this is present. */
    public static final Key<Boolean> COREF = Key.of("coref", Boolean.class);
    /** Direct quotes with their speakers. */
    public static final Key<List<Quote>> QUOTES = Key.of("quotes", List.class);
    public static final Key<List<Claim>> CLAIMS = Key.of("claims", List.class);
    public static final Key<List<Event>> EVENTS = Key.of("events", List.class);
}
