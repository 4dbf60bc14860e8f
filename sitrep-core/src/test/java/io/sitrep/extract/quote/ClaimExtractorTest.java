package io.sitrep.extract.quote;

import io.sitrep.model.Claim;
import io.sitrep.model.Modality;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimExtractorTest {
    private static Claim only(List<Claim> claims) {
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void saidThatIsAnAssertedClaimWithItsClause() {
        Claim c = only(Snippet.of("Lena Berg said that the talks had resumed in Geneva.").person("Lena Berg", null).claims());
        assertThat(c.speakerName()).isEqualTo("Lena Berg");
        assertThat(c.text()).isEqualTo("the talks had resumed in Geneva");
        assertThat(c.cue()).isEqualTo("said");
        assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(c.end() - c.start()).isEqualTo(c.text().length());
    }

    @Test
    void claimWithoutThat() {
        Claim c = only(Snippet.of("Omar Haddad claimed the army controls the city.").person("Omar Haddad", null).claims());
        assertThat(c.text()).isEqualTo("the army controls the city");
        assertThat(c.cue()).isEqualTo("claimed");
    }

    @Test
    void hedgedConditionalNegated() {
        assertThat(only(Snippet.of("Karim Nasser said the bases might stay.").person("Karim Nasser", null).claims()).modality())
                .isEqualTo(Modality.HEDGED);
        assertThat(only(Snippet.of("Karim Nasser said the bases could stay if Russia pays.").person("Karim Nasser", null).claims()).modality())
                .isEqualTo(Modality.CONDITIONAL);
        assertThat(only(Snippet.of("Karim Nasser said nothing has changed.").person("Karim Nasser", null).claims()).modality())
                .isEqualTo(Modality.NEGATED);
    }

    @Test
    void deniedAndProposed() {
        assertThat(only(Snippet.of("The ministry of defence denied that its troops fired on civilians.").org("ministry of defence").claims()).modality())
                .isEqualTo(Modality.DENIED);
        Claim p = only(Snippet.of("Hakan Demir proposed a regional coalition to fight the militants.").person("Hakan Demir", null).claims());
        assertThat(p.modality()).isEqualTo(Modality.PROPOSED);
        assertThat(p.text()).isEqualTo("a regional coalition to fight the militants");
    }

    @Test
    void accordingToBeforeAndAfter() {
        Claim a = only(Snippet.of("According to the Red Crescent, 40 people were killed.").org("Red Crescent").claims());
        assertThat(a.speakerName()).isEqualTo("Red Crescent");
        assertThat(a.text()).isEqualTo("40 people were killed");
        Claim b = only(Snippet.of("Forty people were killed, according to the Red Crescent.").org("Red Crescent").claims());
        assertThat(b.text()).isEqualTo("Forty people were killed");
        assertThat(b.cue()).isEqualTo("according to");
    }

    @Test
    void toldReportersThat() {
        Claim c = only(Snippet.of("Ana Silva told reporters on Sunday that the border would reopen.").person("Ana Silva", null).claims());
        assertThat(c.text()).isEqualTo("the border would reopen");
    }

    @Test
    void directQuotesAndOtherSensesAreNotClaims() {
        assertThat(Snippet.of("\"We will stay,\" Jane Holt said.").person("Jane Holt", null).claims()).isEmpty();
        assertThat(Snippet.of("Jane Holt said: \"We will stay.\"").person("Jane Holt", null).claims()).isEmpty();
        assertThat(Snippet.of("The troops maintain control of the airport.").claims()).isEmpty();
        assertThat(Snippet.of("The waterway is claimed by Beijing.").claims()).isEmpty();
        assertThat(Snippet.of("The coast guard said in a statement.").claims()).isEmpty();
    }
}
