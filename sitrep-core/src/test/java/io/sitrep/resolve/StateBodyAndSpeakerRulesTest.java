package io.sitrep.resolve;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Quote;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sitrep.resolve.Snippets.byMention;
import static io.sitrep.resolve.Snippets.entities;
import static org.assertj.core.api.Assertions.assertThat;

/** Names of state bodies and organisations as speakers, on literal snippets through the whole pipeline. */
class StateBodyAndSpeakerRulesTest {

    private static Entity the(List<Entity> es, String mention) {
        return byMention(es, mention).orElseThrow(() -> new AssertionError("no entity with mention '" + mention + "' in " + es));
    }

    private static String speakerOf(String text, String quoted) {
        Document d = Snippets.run(text);
        for (Quote q : d.get(Keys.QUOTES)) {
            if (q.text().contains(quoted)) {
                return q.speakerName();
            }
        }
        throw new AssertionError("no quote '" + quoted + "' in " + d.get(Keys.QUOTES));
    }

    @Test
    void anOrganisationNameNeverEndsInADate() {
        List<Entity> es = entities("Germany's Defence Ministry on Monday said it would send more tanks.");
        assertThat(es).noneMatch(e -> e.name().contains("Monday"));
        assertThat(the(es, "Germany's Defence Ministry").name()).isEqualTo("German Ministry of Defence");
    }

    @Test
    void twoNamesJoinedByAndTheStayTwo() {
        List<Entity> es = entities("The ruling was welcomed by the International Court of Justice and the UN Security Council.");
        assertThat(es).noneMatch(e -> e.name().contains(" and the "));
    }

    @Test
    void aMinistryHasOneNameHoweverItIsWritten() {
        List<Entity> es = entities("Japan's foreign ministry protested on Friday. The Japanese Foreign Ministry later summoned "
                + "the envoy, and Kenya's Ministry of Foreign Affairs and the Indian defense ministry followed.");
        assertThat(the(es, "Japan's foreign ministry").name()).isEqualTo("Japanese Ministry of Foreign Affairs");
        assertThat(the(es, "Japanese Foreign Ministry")).isSameAs(the(es, "Japan's foreign ministry"));
        assertThat(the(es, "Kenya's Ministry of Foreign Affairs").name()).isEqualTo("Kenyan Ministry of Foreign Affairs");
        assertThat(the(es, "Indian defense ministry").name()).isEqualTo("Indian Ministry of Defence");
    }

    @Test
    void aGovernmentIsTheGovernmentOfItsState() {
        List<Entity> es = entities("The Philippine government and the Kenyan government signed the accord in Nairobi.");
        assertThat(the(es, "Philippine government").name()).isEqualTo("Government of the Philippines");
        assertThat(the(es, "Kenyan government").name()).isEqualTo("Government of Kenya");
        assertThat(the(es, "Kenyan government").code()).isEqualTo("KENGOV");
    }

    @Test
    void aDescriptiveBodyIsTheStatesAdjectivePlusTheBodyAsWritten() {
        List<Entity> es = entities("The US military said US forces had left the base, while Russian authorities denied it.");
        assertThat(the(es, "US military").name()).isEqualTo("United States military");
        assertThat(the(es, "US forces").name()).isEqualTo("United States forces");
        assertThat(the(es, "Russian authorities").name()).isEqualTo("Russian authorities");
        assertThat(the(es, "Russian authorities").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void departmentsAreOrganisationsButSeatsOfPowerAreTheirState() {
        List<Entity> es = entities("The State Department and the Kremlin traded accusations, and the Foreign Office "
                + "summoned the ambassador.");
        assertThat(the(es, "State Department").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(the(es, "State Department").country()).isEqualTo("USA");
        assertThat(the(es, "Foreign Office").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(the(es, "Kremlin").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(the(es, "Kremlin").code()).isEqualTo("RUS");
    }

    @Test
    void anAcronymThatIsNoAbbreviationOfTheLongFormNamesTheOrganisation() {
        List<Entity> es = entities("The Norwegian Institute of International Affairs (NUPI) published the study. "
                + "NUPI said the data were incomplete. The Centre for Strategic Studies (CSS) disagreed, and CSS "
                + "researchers said so.");
        assertThat(the(es, "Norwegian Institute of International Affairs").name()).isEqualTo("NUPI");
        assertThat(the(es, "Centre for Strategic Studies").name()).isEqualTo("Centre for Strategic Studies");
        assertThat(EntityResolver.abbreviates("IDF", "Israel Defense Forces")).isTrue();
        assertThat(EntityResolver.abbreviates("OPEC", "Organization of the Petroleum Exporting Countries")).isTrue();
        assertThat(EntityResolver.abbreviates("TNO", "Netherlands Organisation for Applied Research")).isFalse();
    }

    @Test
    void wordsInCapitalsInsideAQuoteAreNoOrganisations() {
        List<Entity> es = entities("The president wrote: \"WE WILL NOT GIVE UP, AND THEY KNOW IT.\" Aides declined to comment.");
        assertThat(es).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    @Test
    void anOfficeWithAPortfolioSpeaksAsAnInstitution() {
        assertThat(speakerOf("The UN Special Rapporteur on Torture said the detainees had been \"systematically abused\".",
                "systematically abused")).isEqualTo("UN Special Rapporteur on Torture");
    }

    @Test
    void aSpokespersonForAStateBodySpeaksForTheBodyNotTheState() {
        assertThat(speakerOf("A spokesperson for the British Foreign Office said the sanctions were \"long overdue\".",
                "long overdue")).isEqualTo("Foreign Office");
    }

    @Test
    void aBareWordIsNotTheShortFormOfAnAbuName() {
        assertThat(speakerOf("Salim Abu Rami, a trader, and Yusuf Rami, a teacher, spoke in the market on Monday. "
                + "\"We have nothing left,\" said Rami.", "nothing left")).isEqualTo("Yusuf Rami");
    }
}
