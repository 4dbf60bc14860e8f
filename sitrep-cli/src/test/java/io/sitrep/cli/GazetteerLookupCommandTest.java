package io.sitrep.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerLookupCommandTest {
    @Test
    void listsCandidatesAndTheChosenOneWithItsRule() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("gazetteer", "lookup", "Donetsk", "--context", "UKR");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("geonames:709717").contains("RUS PPL");
        assertThat(r.out().lines().filter(l -> l.startsWith("chosen:")))
                .containsExactly("chosen: geonames:709717 Donetsk (PLACE/city) in UKR by place:document-country");
    }

    @Test
    void seatsOfPowerAreTheirState() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("gazetteer", "lookup", "the", "Kremlin");
        assertThat(r.out()).contains("chosen: country:RUS Russia (COUNTRY) in RUS by seat-of-power");
    }
}
