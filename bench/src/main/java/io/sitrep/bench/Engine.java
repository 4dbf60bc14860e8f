package io.sitrep.bench;

import io.sitrep.model.Article;

/** An NLP engine under measurement: analyses one article and says how many tokens it saw. Thread-safe. */
public interface Engine {
    /** Analyses the article fully (results are discarded) and returns its token count. */
    int analyze(Article article);
}
