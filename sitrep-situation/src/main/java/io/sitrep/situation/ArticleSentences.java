package io.sitrep.situation;

import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Article;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;

import java.util.List;

/** Sentences and tokens of a stored article's text, recomputed with the engine's own (cheap) stages. */
final class ArticleSentences {
    private static final Pipeline SPLIT = Pipeline.builder()
            .add(new ParagraphSplitter()).add(new Tokenizer()).add(new SentenceSplitter()).build();

    final List<Sentence> sentences;
    final List<Token> tokens;

    ArticleSentences(Article article) {
        Document doc = SPLIT.run(new Document(article));
        this.sentences = doc.get(Keys.SENTENCES);
        this.tokens = doc.get(Keys.TOKENS);
    }
}
