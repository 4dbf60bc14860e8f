package io.sitrep.extract.event;

import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Article;
import io.sitrep.model.Sentence;
import io.sitrep.model.Token;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import io.sitrep.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;

/** Codes literal sentences with the real CAMEO dictionary, our tagger and a small literal actor dictionary. */
final class CoderFixture {
    private static final Pipeline ANNOTATE = Pipeline.builder().add(new ParagraphSplitter()).add(new Tokenizer())
            .add(new SentenceSplitter()).add(new PosTagger()).build();
    private static final ActorDictionary ACTORS = new ActorDictionary();

    static {
        ACTORS.parse(List.of("RUSSIA [RUS]", "+RUSSIAN", "+MOSCOW", "UKRAINE [UKR]", "+UKRAINIAN", "POLAND [POL]",
                "SYRIA [SYR]", "+SYRIAN", "TURKEY [TUR]", "+TURKISH", "IRAQ [IRQ]", "UNITED_STATES [USA]", "+US",
                "ISRAEL [ISR]", "LEBANON [LBN]", "NATO [IGOWSTNAT]", "PUTIN [RUS]"));
    }

    private final EventCoder coder;
    private final ActorPhraseMatcher actors = new ActorPhraseMatcher(ACTORS, AgentDictionary.phoenix());

    CoderFixture(EventCoder.Options options) {
        this(VerbDictionary.cameo(), options);
    }

    CoderFixture(VerbDictionary verbs, EventCoder.Options options) {
        this.coder = new EventCoder(verbs, null, options);
    }

    List<CodedEvent> code(String sentence) {
        Document doc = ANNOTATE.run(new Document(Article.of(null, sentence)));
        List<Token> tokens = doc.get(Keys.TOKENS);
        List<CodedEvent> out = new ArrayList<>();
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            SentenceTokens st = SentenceTokens.of(tokens, s);
            out.addAll(coder.code(new CodingSentence(st.texts(), st.tags(), actors.find(st.upper(), st.tagArray(), null))));
        }
        return out;
    }

    static String describe(CodedEvent e) {
        return (e.source() == null ? "-" : e.source().code()) + " " + (e.target() == null ? "-" : e.target().code())
                + " " + e.code();
    }
}
