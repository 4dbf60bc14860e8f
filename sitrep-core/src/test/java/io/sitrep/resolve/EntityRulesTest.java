package io.sitrep.resolve;

import io.sitrep.model.Entity;
import io.sitrep.model.EntityType;
import io.sitrep.model.Mention;
import io.sitrep.pipeline.Document;
import io.sitrep.pipeline.Keys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sitrep.resolve.Snippets.byMention;
import static io.sitrep.resolve.Snippets.entities;
import static org.assertj.core.api.Assertions.assertThat;

/** Each resolution rule on a literal snippet. */
class EntityRulesTest {

    private static Entity the(List<Entity> es, String mention) {
        return byMention(es, mention).orElseThrow(() -> new AssertionError("no entity with mention '" + mention + "' in " + es));
    }

    private static void assertOffsetsExact(String text) {
        Document d = Snippets.run(text);
        for (Entity e : d.get(Keys.ENTITIES)) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void washingtonTheCityAndWashingtonTheGovernment() {
        List<Entity> city = entities("Protesters marched in Washington on Saturday.");
        assertThat(the(city, "Washington").type()).isEqualTo(EntityType.PLACE);
        assertThat(the(city, "Washington").country()).isEqualTo("USA");

        List<Entity> gov = entities("Washington rejected the proposal on Monday.");
        assertThat(the(gov, "Washington").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(the(gov, "Washington").code()).isEqualTo("USA");
    }

    @Test
    void georgiaTheCountryAndGeorgiaTheUsState() {
        List<Entity> country = entities("Ukraine, Moldova and Georgia have asked to join the European Union.");
        assertThat(the(country, "Georgia").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(the(country, "Georgia").code()).isEqualTo("GEO");

        List<Entity> state = entities("Voters in Atlanta and Savannah lined up early, and officials across the state of Georgia "
                + "expect a record turnout.");
        Entity georgia = the(state, "Georgia");
        assertThat(georgia.type()).isEqualTo(EntityType.PLACE);
        assertThat(georgia.kind()).isEqualTo("region");
        assertThat(georgia.country()).isEqualTo("USA");
    }

    @Test
    void donetskIsTheUkrainianCity() {
        List<Entity> es = entities("Ukraine said Russian shelling hit Donetsk overnight.");
        Entity donetsk = the(es, "Donetsk");
        assertThat(donetsk.type()).isEqualTo(EntityType.PLACE);
        assertThat(donetsk.country()).isEqualTo("UKR");
        assertThat(donetsk.kind()).isEqualTo("city");
        assertThat(donetsk.ref()).startsWith("geonames:");
    }

    @Test
    void kyivThePlaceAndKyivTheGovernment() {
        List<Entity> place = entities("Russia launched a missile strike on Kyiv overnight.");
        assertThat(the(place, "Kyiv").type()).isEqualTo(EntityType.PLACE);
        assertThat(the(place, "Kyiv").country()).isEqualTo("UKR");
        assertThat(the(place, "Russia").type()).isEqualTo(EntityType.COUNTRY);

        List<Entity> gov = entities("Kyiv said the talks had failed.");
        assertThat(the(gov, "Kyiv").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(the(gov, "Kyiv").code()).isEqualTo("UKR");
    }

    @Test
    void capitalsAndSeatsOfPowerAreTheirStates() {
        List<Entity> es = entities("Russia is in talks with Syria. Moscow's demands are clear, and the Kremlin said so.");
        Entity russia = the(es, "Russia");
        assertThat(russia.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(russia.mentions()).extracting(Mention::text).contains("Russia", "Moscow", "Kremlin");
        assertThat(russia.mentions()).extracting(Mention::rule)
                .contains("capital-as-government:possessive", "seat-of-power");
        assertThat(es).noneMatch(e -> e.type() == EntityType.PLACE && e.name().equals("Moscow"));
    }

    @Test
    void spellingVariantsAreOnePlace() {
        List<Entity> es = entities("Syria hosts a Russian naval facility in Tartous. The port of Tartus is busy.");
        Entity tartous = the(es, "Tartous");
        assertThat(the(es, "Tartus")).isSameAs(tartous);
        assertThat(tartous.type()).isEqualTo(EntityType.PLACE);
        assertThat(tartous.country()).isEqualTo("SYR");
        Entity facility = the(es, "naval facility");
        assertThat(facility.kind()).isEqualTo("facility");
        assertThat(facility).isNotSameAs(tartous);
    }

    @Test
    void hmeimimIsAFacilityWithCoordinates() {
        List<Entity> es = entities("Russia wants to keep the Hmeimim airbase near the port city of Latakia in Syria.");
        Entity hmeimim = the(es, "Hmeimim airbase");
        assertThat(hmeimim.type()).isEqualTo(EntityType.PLACE);
        assertThat(hmeimim.kind()).isEqualTo("facility");
        assertThat(hmeimim.country()).isEqualTo("SYR");
        assertThat(kilometres(hmeimim.lat(), hmeimim.lon(), 35.40, 35.95)).isLessThan(10.0);
        assertThat(the(es, "Latakia").kind()).isEqualTo("city");
    }

    @Test
    void acronymsJoinTheirLongForms() {
        List<Entity> es = entities("US troops work with the Kurdish-led Syrian Democratic Forces (SDF). The SDF holds Raqqa.");
        Entity sdf = the(es, "SDF");
        assertThat(sdf.name()).isEqualTo("Syrian Democratic Forces");
        assertThat(sdf.type()).isEqualTo(EntityType.GROUP);
        assertThat(sdf.mentions()).extracting(Mention::text)
                .containsExactly("Kurdish-led Syrian Democratic Forces", "SDF", "SDF");

        List<Entity> unknown = entities("The Netherlands Organisation for Applied Scientific Research (TNO) examined the "
                + "shells. TNO found that a tank fired them.");
        Entity tno = the(unknown, "Netherlands Organisation for Applied Scientific Research");
        assertThat(tno.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(tno.mentions()).extracting(Mention::text).contains("TNO");
        assertThat(tno.mentions()).hasSize(3);
    }

    @Test
    void demonymsAreTheirStatesAndStateBodiesAreOrganisations() {
        List<Entity> es = entities("Turkish forces shelled the town. Russia's foreign ministry said the Syrian army withdrew.");
        Entity turkey = the(es, "Turkish");
        assertThat(turkey.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(turkey.code()).isEqualTo("TUR");
        Entity forces = the(es, "Turkish forces");
        assertThat(forces.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(forces.code()).isEqualTo("TURMIL");
        Entity ministry = the(es, "Russia's foreign ministry");
        assertThat(ministry.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ministry.country()).isEqualTo("RUS");
        assertThat(the(es, "Russia").type()).isEqualTo(EntityType.COUNTRY);
        Entity army = the(es, "Syrian army");
        assertThat(army.country()).isEqualTo("SYR");
        assertThat(army.code()).isEqualTo("SYRMIL");
    }

    @Test
    void personsGetRolesAndCountriesFromTheText() {
        String text = "Syria's Defence Minister Murhaf Abu Qasra said talks continue. Mikhail Bogdanov, Russia's deputy "
                + "foreign minister, stated that nothing had changed. Abu Qasra declined to comment.";
        List<Entity> es = entities(text);
        Entity qasra = the(es, "Murhaf Abu Qasra");
        assertThat(qasra.type()).isEqualTo(EntityType.PERSON);
        assertThat(qasra.role()).isEqualTo("Defence Minister");
        assertThat(qasra.country()).isEqualTo("SYR");
        assertThat(qasra.code()).startsWith("SYRGOV");
        assertThat(qasra.mentions()).extracting(Mention::text).containsExactly("Murhaf Abu Qasra", "Abu Qasra");
        Entity bogdanov = the(es, "Mikhail Bogdanov");
        assertThat(bogdanov.role()).isEqualTo("deputy foreign minister");
        assertThat(bogdanov.country()).isEqualTo("RUS");
        assertThat(bogdanov.code()).isEqualTo("RUSGOV");
        assertOffsetsExact(text);
    }

    @Test
    void unknownPersonsFromSpeechVerbsAgesAndTitles() {
        List<Entity> es = entities("\"We will rebuild,\" said Yevhen Zosinko, a Kyiv resident. Olena Marchuk, 44, agreed. "
                + "Later, Rear Admiral Daniel Hagorin told reporters the strike was over. Hagorin said more would follow.");
        assertThat(the(es, "Yevhen Zosinko").type()).isEqualTo(EntityType.PERSON);
        assertThat(the(es, "Olena Marchuk").type()).isEqualTo(EntityType.PERSON);
        Entity hagorin = the(es, "Daniel Hagorin");
        assertThat(hagorin.role()).isEqualTo("Rear Admiral");
        assertThat(hagorin.mentions()).extracting(Mention::text).containsExactly("Daniel Hagorin", "Hagorin");
    }

    @Test
    void commonCapitalisedWordsAreNoPersons() {
        List<Entity> es = entities("Lawyers cited the First Amendment on Tuesday, and Human Rights Watch agreed.");
        assertThat(es).noneMatch(e -> e.type() == EntityType.PERSON);
        assertThat(the(es, "Human Rights Watch").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void directionalAreasKeepTheirDirection() {
        List<Entity> es = entities("US forces have been stationed in northeastern Syria since 2015. Whether they stay "
                + "in Syria's northeast is under negotiation, officials in northern Syria said.");
        Entity area = the(es, "northeastern Syria");
        assertThat(area.type()).isEqualTo(EntityType.PLACE);
        assertThat(area.kind()).isEqualTo("region");
        assertThat(area.country()).isEqualTo("SYR");
        assertThat(area.name()).isEqualTo("northeastern Syria");
        assertThat(the(es, "Syria’s northeast".replace('’', '\''))).isSameAs(area);
        Entity syria = the(es, "Syria");
        assertThat(syria.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(the(es, "northern Syria")).isSameAs(syria);
    }

    @Test
    void regionsAndFacilitiesNamedByTheirNouns() {
        List<Entity> es = entities("A drone hit the Russian town of Grayvorino in the Belgorod region. Ukraine's air "
                + "force said strikes also hit the Kyiv region. He is held at Belmarsh prison in London.");
        Entity town = the(es, "Grayvorino");
        assertThat(town.type()).isEqualTo(EntityType.PLACE);
        assertThat(town.country()).isEqualTo("RUS");
        assertThat(town.kind()).isEqualTo("city");
        assertThat(the(es, "Belgorod region").country()).isEqualTo("RUS");
        assertThat(the(es, "Kyiv region").kind()).isEqualTo("region");
        assertThat(the(es, "Belmarsh prison").kind()).isEqualTo("facility");
        assertThat(the(es, "London").kind()).isEqualTo("city");
    }

    @Test
    void hongKongIsAPlaceInChina() {
        List<Entity> es = entities("China deployed troops in Hong Kong as protests continued.");
        Entity hk = the(es, "Hong Kong");
        assertThat(hk.type()).isEqualTo(EntityType.PLACE);
        assertThat(hk.country()).isEqualTo("CHN");
        assertThat(es).noneMatch(e -> e.type() == EntityType.COUNTRY && "HKG".equals(e.code()));
    }

    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
