package io.sitrep.extract.quote;

import io.sitrep.model.Modality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModalityDetectorTest {
    @Test
    void textSpans() {
        assertThat(ModalityDetector.detect("the army controls the city")).isEqualTo(Modality.ASSERTED);
        assertThat(ModalityDetector.detect("Russia might keep its bases")).isEqualTo(Modality.HEDGED);
        assertThat(ModalityDetector.detect("the attack was reportedly carried out by drones")).isEqualTo(Modality.HEDGED);
        assertThat(ModalityDetector.detect("the bases may stay if it aligns with national interests")).isEqualTo(Modality.CONDITIONAL);
        assertThat(ModalityDetector.detect("aid will flow provided that the road opens")).isEqualTo(Modality.CONDITIONAL);
        assertThat(ModalityDetector.detect("unless talks resume, fighting will go on")).isEqualTo(Modality.CONDITIONAL);
        assertThat(ModalityDetector.detect("nothing has changed")).isEqualTo(Modality.NEGATED);
        assertThat(ModalityDetector.detect("troops won't withdraw")).isEqualTo(Modality.NEGATED);
        assertThat(ModalityDetector.detect("the army never fired")).isEqualTo(Modality.NEGATED);
    }

    @Test
    void hedgeOutranksNegation() {
        assertThat(ModalityDetector.detect("the bases could not stay")).isEqualTo(Modality.HEDGED);
    }
}
