package io.sitrep.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodingOntologyTest {
    private final CodingOntology pico = CodingOntology.pico();

    @Test
    void negationTurnsCooperationIntoItsRejection() {
        assertThat(pico.negation("060")).isEqualTo("121"); // material cooperation
        assertThat(pico.negation("061")).isEqualTo("1211");
        assertThat(pico.negation("080")).isEqualTo("124"); // yield
        assertThat(pico.negation("085")).isEqualTo("1244");
        assertThat(pico.negation("190")).isNull(); // no CAMEO code for an attack that did not happen
        assertThat(pico.negation("121")).isNull(); // already a negation
        assertThat(pico.negation("999")).isNull();
        assertThat(pico.negation(null)).isNull();
    }

    @Test
    void combinationFollowsPetrarchsUpperAndLowerVerbRule() {
        assertThat(pico.combine("020", "070")).isEqualTo("023"); // appeal + aid = appeal for aid
        assertThat(pico.combine("030", "070")).isEqualTo("033"); // intend + aid = intend to provide aid
        assertThat(pico.combine("020", "190")).isNull(); // no code for "appeal for fighting"
        assertThat(pico.combine("010", "040")).isEqualTo("040"); // both high-level: the lower one
    }

    @Test
    void readsSignedHexadecimalSums() {
        assertThat(CodingOntology.parse("0x1000")).isEqualTo(0x1000);
        assertThat(CodingOntology.parse("-0xFFFF+0x0070")).isEqualTo(0x0070 - 0xFFFF);
        assertThat(CodingOntology.parse("0x1000-0xFFFF")).isEqualTo(0x1000 - 0xFFFF);
        assertThat(CodingOntology.parse("oops")).isNull();
        assertThat(CodingOntology.parse("0x")).isNull();
        CodingOntology small = CodingOntology.of(List.of("060:0x0070", "121:-0xFFFF+0x0070", "bad line", "x:0x1"));
        assertThat(small.negation("060")).isEqualTo("121");
    }
}
