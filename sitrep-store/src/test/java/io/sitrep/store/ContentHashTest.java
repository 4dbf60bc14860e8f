package io.sitrep.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {
    @Test
    void ignoresCaseWhitespaceQuoteAndDashStyle() {
        String a = "\u201CWe are ready,\u201D he said \u2014 in Damascus.\n\nMore text.";
        String b = "\"we are READY,\" he  said - in Damascus. More text. ";
        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).hasSize(64);
        assertThat(ContentHash.normalise(a)).isEqualTo("\"we are ready,\" he said - in damascus. more text.");
    }

    @Test
    void differsForDifferentWords() {
        assertThat(ContentHash.of("Troops left Tartus.")).isNotEqualTo(ContentHash.of("Troops reached Tartus."));
    }
}
