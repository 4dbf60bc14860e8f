package io.sitrep.pipeline;

import io.sitrep.StandardPipeline;
import io.sitrep.annotate.PosTagger;
import io.sitrep.annotate.Tokenizer;
import io.sitrep.model.Analysis;
import io.sitrep.model.Article;
import io.sitrep.model.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {
    @Test
    void refusesAStageWhoseNeedIsNotMetAndNamesIt() {
        assertThatThrownBy(() -> Pipeline.builder().add(new Tokenizer()).add(new PosTagger()).build())
                .isInstanceOf(PipelineException.class)
                .hasMessageContaining("PosTagger")
                .hasMessageContaining("sentences");
    }

    @Test
    void standardPipelineAssemblesAndTagsTokens() {
        Pipeline p = StandardPipeline.build();
        Document doc = p.run(new Document(Article.of("Title", "Turkish Foreign Minister Hakan Fidan proposed a coalition.\nHe spoke on Sunday.")));
        List<Token> tokens = doc.get(Keys.TOKENS);
        assertThat(doc.get(Keys.SENTENCES)).hasSize(2);
        assertThat(tokens.get(3).text()).isEqualTo("Hakan");
        assertThat(tokens.get(3).tag()).isEqualTo("PROPN");
        assertThat(tokens.stream().filter(t -> t.text().equals("proposed")).findFirst().orElseThrow().tag()).isEqualTo("VERB");
        Analysis a = doc.toAnalysis();
        assertThat(a.article().title()).isEqualTo("Title");
    }

    @Test
    void documentNamesAMissingAnnotation() {
        Document doc = new Document(Article.of(null, "x"));
        assertThatThrownBy(() -> doc.get(Keys.TOKENS)).hasMessageContaining("tokens");
    }
}
