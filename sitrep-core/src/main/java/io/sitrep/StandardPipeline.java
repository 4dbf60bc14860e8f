package io.sitrep;

import io.sitrep.annotate.ParagraphSplitter;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.SentenceSplitter;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.extract.event.EventStage;
import io.sitrep.extract.quote.ClaimExtractor;
import io.sitrep.extract.quote.QuoteFinder;
import io.sitrep.extract.quote.SpeakerAttribution;
import io.sitrep.annotate.NlpModels;
import io.sitrep.extract.event.AgentDictionary;
import io.sitrep.extract.event.CameoCodebook;
import io.sitrep.extract.event.VerbDictionary;
import io.sitrep.pipeline.Pipeline;
import io.sitrep.pipeline.Preloader;
import io.sitrep.resolve.Gazetteer;
import io.sitrep.resolve.coref.Coreference;
import io.sitrep.resolve.EntityResolver;
import io.sitrep.resolve.GazetteerRecognizer;
import io.sitrep.resolve.InterimGovernmentRecognizer;
import io.sitrep.resolve.NameRecognizer;

import java.util.List;

/**
 * The stages of the standard analysis, in data-flow order. To add a stage, add one line here: the
 * builder checks that what it needs is provided by a stage above it.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline build() {
        // the big models and dictionaries are independent: load them side by side (cold start)
        Preloader.load(List.of(Gazetteer::standard, NlpModels::pos, NlpModels::sentence, VerbDictionary::analysis,
                AgentDictionary::phoenix, CameoCodebook::get));
        return Pipeline.builder()
                // annotate
                .add(new ParagraphSplitter())
                .add(new Tokenizer())
                .add(new SentenceSplitter())
                .add(new PosTagger())
                // resolve
                .add(new GazetteerRecognizer())
                .add(new NameRecognizer())
                .add(new InterimGovernmentRecognizer())
                .add(new EntityResolver())
                .add(new QuoteFinder())
                .add(new Coreference())
                // extract
                .add(new SpeakerAttribution())
                .add(new ClaimExtractor())
                .add(new EventStage())
                .build();
    }
}
