package io.sitrep.annotate;

import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NlpModelsTest {
    @Test
    void posModelSearchesWithTheConfiguredBeamAndStillTags() {
        assertThat(NlpModels.pos().getManifestProperty("BeamSize")).isEqualTo(Integer.toString(NlpModels.POS_BEAM_SIZE));
        String[] tags = new POSTaggerME(NlpModels.pos()).tag(
                new String[] {"The", "minister", "met", "envoys", "in", "Damascus", "on", "Sunday", "."});
        assertThat(tags).containsExactly("DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT");
    }
}
